import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certSelfSigned } from '../../../../src/rules/tls/cert-self-signed.js';
import { TrustStore } from '../../../../src/rules/tls/lib/trust-store.js';
import { issueCertificate } from '../../../helpers/tls/index.js';
import { assertFails, assertGoodServerPasses, context, HOST, observation, pki, run } from './support.js';

describe('cert-self-signed', () => {
  const selfSigned = issueCertificate({ commonName: HOST, dnsNames: [HOST] });

  it('passes a CA-issued certificate', () => assertGoodServerPasses(certSelfSigned));

  it('fails a self-signed server certificate', () => {
    assertFails(
      run(certSelfSigned, observation({ chain: [selfSigned] })),
      /"api\.example\.test" is self-signed/,
    );
  });

  it('still fails when the certificate is given as an extra trusted CA (iOS never accepts it)', () => {
    const trust = TrustStore.of([pki.caPem, selfSigned.pem]);
    assert.equal(
      run(certSelfSigned, observation({ chain: [selfSigned] }), context({ trust })).status,
      'fail',
    );
  });
});
