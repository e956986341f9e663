import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tlsHandshakeFailed } from '../../../../src/rules/tls/tls-handshake-failed.js';
import { assertFails, assertGoodServerPasses, handshake, observation, refused, run } from './support.js';

describe('tls-handshake-failed', () => {
  it('passes a server that completes a handshake', () => assertGoodServerPasses(tlsHandshakeFailed));

  it('fails a server that answers garbage, naming each failure', () => {
    const garbage = { reason: 'protocol-error', stage: 'tls', detail: 'wrong version number' } as const;
    const obs = observation({
      handshakes: {
        tls12: refused('tls12', garbage),
        tls13: refused('tls13', garbage),
        legacy: refused('legacy', garbage),
      },
      http: null,
    });
    assertFails(run(tlsHandshakeFailed, obs), /TLS 1\.2: not a valid TLS answer \(wrong version number\)/);
  });

  it('fails a server that never answers, saying the deadline passed', () => {
    const silent = { reason: 'timed-out', stage: 'tls' } as const;
    const obs = observation({
      handshakes: {
        tls12: refused('tls12', silent),
        tls13: refused('tls13', silent),
        legacy: refused('legacy', silent),
      },
      http: null,
    });
    assertFails(run(tlsHandshakeFailed, obs), /no answer before the deadline/);
  });

  it('passes a server that only speaks TLS 1.0 (other rules report that)', () => {
    const obs = observation({
      handshakes: {
        tls12: refused('tls12'),
        tls13: refused('tls13'),
        legacy: handshake('legacy', { protocol: 'TLSv1' }),
      },
    });
    assert.equal(run(tlsHandshakeFailed, obs).status, 'pass');
  });
});
