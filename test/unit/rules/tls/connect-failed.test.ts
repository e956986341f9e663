import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { connectFailed } from '../../../../src/rules/tls/connect-failed.js';
import { assertFails, assertGoodServerPasses, observation, refused, run } from './support.js';

describe('connect-failed', () => {
  it('passes a server that accepts connections', () => assertGoodServerPasses(connectFailed));

  it('fails when the port refuses connections', () => {
    const failure = { reason: 'refused', stage: 'connect', detail: 'ECONNREFUSED' } as const;
    const obs = observation({
      connectFailure: failure,
      handshakes: {
        tls12: refused('tls12', failure),
        tls13: refused('tls13', failure),
        legacy: refused('legacy', failure),
      },
      http: null,
    });
    assertFails(
      run(connectFailed, obs),
      /api\.example\.test:443 \(1\.2\.3\.4\) did not accept a connection: connection refused/,
    );
  });

  it('hints at a missing IPv6 route when an IPv6 address is unreachable', () => {
    const failure = { reason: 'unreachable', stage: 'connect', detail: 'ENETUNREACH' } as const;
    const obs = observation({
      address: '2606:4700::6810:84e5',
      connectFailure: failure,
      handshakes: {
        tls12: refused('tls12', failure),
        tls13: refused('tls13', failure),
        legacy: refused('legacy', failure),
      },
      http: null,
    });
    assertFails(run(connectFailed, obs), /no route to the address/, /publish an A record too/);
  });

  it('does not apply when no address was found', () => {
    assert.equal(run(connectFailed, observation({ address: null })).status, 'na');
  });
});
