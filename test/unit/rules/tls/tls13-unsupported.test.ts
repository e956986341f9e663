import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tls13Unsupported } from '../../../../src/rules/tls/tls13-unsupported.js';
import { assertFails, assertGoodServerPasses, observation, refused, run } from './support.js';

describe('tls13-unsupported', () => {
  it('passes a server that accepts TLS 1.3', () => assertGoodServerPasses(tls13Unsupported));

  it('notes a TLS 1.2-only server', () => {
    const outcome = run(tls13Unsupported, observation({ handshakes: { tls13: refused('tls13') } }));
    assertFails(outcome, /does not accept TLS 1\.3 \(TLS alert "protocol_version"\)/);
    assert.equal(tls13Unsupported.meta.severity, 'notice');
  });

  it('does not apply when TLS 1.2 failed too', () => {
    const obs = observation({ handshakes: { tls12: refused('tls12'), tls13: refused('tls13') } });
    assert.equal(run(tls13Unsupported, obs).status, 'na');
  });
});
