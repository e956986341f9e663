import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certWeakSignature } from '../../../../src/rules/tls/cert-weak-signature.js';
import { assertFails, assertGoodServerPasses, leaf, observation, pki, run } from './support.js';

describe('cert-weak-signature', () => {
  it('passes SHA-256 signatures', () => assertGoodServerPasses(certWeakSignature));

  it('fails a SHA-1 signed certificate', () => {
    const sha1 = leaf({ signatureHash: 'sha1' });
    assertFails(
      run(certWeakSignature, observation({ chain: pki.chainFor(sha1) })),
      /is signed with sha1WithRSAEncryption/,
    );
  });

  it('fails an MD5 signed certificate', () => {
    const md5 = leaf({ signatureHash: 'md5' });
    assertFails(run(certWeakSignature, observation({ chain: pki.chainFor(md5) })), /md5WithRSAEncryption/);
  });

  it('passes SHA-384', () => {
    const sha384 = leaf({ signatureHash: 'sha384' });
    assert.equal(run(certWeakSignature, observation({ chain: pki.chainFor(sha384) })).status, 'pass');
  });
});
