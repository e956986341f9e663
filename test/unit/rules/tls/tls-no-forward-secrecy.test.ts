import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tlsNoForwardSecrecy } from '../../../../src/rules/tls/tls-no-forward-secrecy.js';
import { assertFails, assertGoodServerPasses, handshake, observation, refused, run } from './support.js';

const staticRsa = handshake('tls12', {
  cipher: { name: 'AES128-GCM-SHA256', standardName: 'TLS_RSA_WITH_AES_128_GCM_SHA256' },
  keyExchange: {},
});

describe('tls-no-forward-secrecy', () => {
  it('passes a server that negotiates an ATS suite', () => assertGoodServerPasses(tlsNoForwardSecrecy));

  it('fails a server with only static RSA key exchange over TLS 1.2', () => {
    const obs = observation({
      handshakes: { tls12: staticRsa, ats: refused('ats', { alert: 'handshake_failure' }) },
    });
    assertFails(
      run(tlsNoForwardSecrecy, obs),
      /negotiated TLS_RSA_WITH_AES_128_GCM_SHA256 \(static RSA key exchange, no forward secrecy\)/,
      /handshake_failure/,
    );
  });

  it('passes a server that prefers CHACHA20 but accepts an ATS suite when offered alone', () => {
    const chacha = handshake('tls12', {
      cipher: {
        name: 'ECDHE-RSA-CHACHA20-POLY1305',
        standardName: 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
      },
    });
    assert.equal(
      run(tlsNoForwardSecrecy, observation({ handshakes: { tls12: chacha, ats: handshake('ats') } })).status,
      'pass',
    );
  });

  it('fails a DHE-only server (DHE is not in the ATS list)', () => {
    const dhe = handshake('tls12', {
      cipher: { name: 'DHE-RSA-AES128-GCM-SHA256', standardName: 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256' },
      keyExchange: { type: 'DH', size: 2048 },
    });
    assertFails(
      run(tlsNoForwardSecrecy, observation({ handshakes: { tls12: dhe, ats: refused('ats') } })),
      /ephemeral DH 2048/,
    );
  });
});
