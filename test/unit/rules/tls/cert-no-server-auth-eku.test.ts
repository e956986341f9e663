import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certNoServerAuthEku } from '../../../../src/rules/tls/cert-no-server-auth-eku.js';
import { assertFails, assertGoodServerPasses, leaf, observation, pki, run } from './support.js';

describe('cert-no-server-auth-eku', () => {
  it('passes a certificate with serverAuth', () => assertGoodServerPasses(certNoServerAuthEku));

  it('fails a certificate without the extension', () => {
    const none = leaf({ extendedKeyUsage: false });
    assertFails(
      run(certNoServerAuthEku, observation({ chain: pki.chainFor(none) })),
      /has no extended key usage extension/,
    );
  });

  it('fails a client-only certificate, naming its usages', () => {
    const client = leaf({ extendedKeyUsage: ['clientAuth', 'emailProtection'] });
    assertFails(
      run(certNoServerAuthEku, observation({ chain: pki.chainFor(client) })),
      /allows only clientAuth, emailProtection, not serverAuth/,
    );
  });

  it('is not effective before 2019-07-01', () => {
    const old = leaf({ extendedKeyUsage: false, notBefore: new Date('2019-06-30T00:00:00Z') });
    assert.equal(run(certNoServerAuthEku, observation({ chain: pki.chainFor(old) })).status, 'ne');
  });
});
