import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tls12Unsupported } from '../../../../src/rules/tls/tls12-unsupported.js';
import {
  assertFails,
  assertGoodServerPasses,
  chainOf,
  goodLeaf,
  handshake,
  observation,
  pki,
  refused,
  run,
} from './support.js';

describe('tls12-unsupported', () => {
  it('passes a server that accepts TLS 1.2', () => assertGoodServerPasses(tls12Unsupported));

  it('fails a TLS 1.3-only server, quoting the alert', () => {
    const obs = observation({
      handshakes: {
        tls12: refused('tls12', { alert: 'protocol_version' }),
        tls13: handshake('tls13', { chain: chainOf(pki.chainFor(goodLeaf), 'as-sent-decrypted') }),
      },
    });
    assertFails(
      run(tls12Unsupported, obs),
      /refused a TLS 1\.2 handshake \(TLS alert "protocol_version"\)/,
      /accepts only TLS 1\.3/,
    );
  });

  it('says nothing about versions when the TLS 1.2 attempt only ran out of time', () => {
    const obs = observation({
      handshakes: { tls12: refused('tls12', { reason: 'timed-out', alert: undefined }) },
    });
    assert.equal(run(tls12Unsupported, obs).status, 'na');
  });
});
