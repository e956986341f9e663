import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certHostnameMismatch } from '../../../../src/rules/tls/cert-hostname-mismatch.js';
import { certNoSan } from '../../../../src/rules/tls/cert-no-san.js';
import { assertFails, assertGoodServerPasses, leaf, observation, pki, run } from './support.js';

describe('cert-no-san', () => {
  it('passes a certificate with subject alternative names', () => assertGoodServerPasses(certNoSan));

  it('fails a certificate that names the host only in its common name', () => {
    const cnOnly = leaf({ dnsNames: [] });
    const obs = observation({ chain: pki.chainFor(cnOnly) });
    assertFails(run(certNoSan, obs), /no subject alternative names; its common name is "api\.example\.test"/);
    // One finding, not two: the host-name rule leaves a SAN-less certificate to this one.
    assert.equal(run(certHostnameMismatch, obs).status, 'na');
  });
});
