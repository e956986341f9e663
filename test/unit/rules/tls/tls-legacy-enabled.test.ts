import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tlsLegacyEnabled } from '../../../../src/rules/tls/tls-legacy-enabled.js';
import { assertFails, assertGoodServerPasses, handshake, observation, refused, run } from './support.js';

describe('tls-legacy-enabled', () => {
  it('passes a server that refuses TLS 1.0 and 1.1', () => assertGoodServerPasses(tlsLegacyEnabled));

  it('fails a server that accepts TLS 1.1 and 1.0', () => {
    const obs = observation({ handshakes: { legacy: handshake('legacy'), tls10: handshake('tls10') } });
    assertFails(run(tlsLegacyEnabled, obs), /still accepts TLS 1\.1, TLS 1\.0/, /ECDHE-RSA-AES256-SHA/);
  });

  it('fails a server that accepts TLS 1.1 only', () => {
    const obs = observation({ handshakes: { legacy: handshake('legacy'), tls10: refused('tls10') } });
    assertFails(run(tlsLegacyEnabled, obs), /still accepts TLS 1\.1 \(/);
  });

  it('does not apply when the legacy attempt could not connect', () => {
    const obs = observation({
      handshakes: { legacy: refused('legacy', { reason: 'refused', stage: 'connect' }) },
    });
    assert.equal(run(tlsLegacyEnabled, obs).status, 'na');
  });
});
