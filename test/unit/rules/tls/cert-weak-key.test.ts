import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certWeakKey, isWeak } from '../../../../src/rules/tls/cert-weak-key.js';
import { issueCertificate, testKey } from '../../../helpers/tls/index.js';
import { assertFails, assertGoodServerPasses, leaf, observation, pki, run } from './support.js';

describe('cert-weak-key', () => {
  it('passes RSA 2048 and EC P-256 keys', () => {
    assertGoodServerPasses(certWeakKey);
    const ec = leaf({ key: testKey('ec256', 'weak-key-test') });
    assert.equal(run(certWeakKey, observation({ chain: pki.chainFor(ec) })).status, 'pass');
  });

  it('fails an RSA 1024 server certificate', () => {
    const weak = leaf({ key: testKey('rsa1024', 'weak-key-test') });
    assertFails(
      run(certWeakKey, observation({ chain: pki.chainFor(weak) })),
      /the server certificate "api\.example\.test" has a RSA 1024 key/,
    );
  });

  it('fails an EC P-224 server certificate', () => {
    const weak = leaf({ key: testKey('ec224', 'weak-key-test') });
    assertFails(run(certWeakKey, observation({ chain: pki.chainFor(weak) })), /has a EC P-224 key/);
  });

  it('fails an RSA 1024 intermediate', () => {
    const weakCa = issueCertificate({ ...pki.intermediate.spec, key: testKey('rsa1024', 'weak-ca') });
    const served = leaf({ issuer: weakCa });
    assertFails(
      run(certWeakKey, observation({ chain: [served, weakCa] })),
      /the intermediate certificate .* has a RSA 1024 key/,
    );
  });

  it('classifies key types', () => {
    assert.equal(isWeak({ type: 'dsa', bits: 2048, label: 'DSA 2048' }), true);
    assert.equal(isWeak({ type: 'ed25519', bits: 256, label: 'Ed25519' }), false);
    assert.equal(isWeak({ type: 'ec', bits: 384, label: 'EC P-384' }), false);
  });
});
