import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  decryptServerCertificates,
  hkdfExpandLabel,
  serverHandshakeSecret,
} from '../../../src/probe/tls13-decrypt.js';

describe('TLS 1.3 handshake decryption', () => {
  it('derives the handshake key and IV of RFC 8448 §3', () => {
    const secret = Buffer.from('b67b7d690cc16c4e75e54213cb2d37b4e9c912bcded9105d42befd59d391ad38', 'hex');
    assert.equal(
      hkdfExpandLabel('sha256', secret, 'key', 16).toString('hex'),
      '3fce516009c21727d0f2e4e86ee403bc',
    );
    assert.equal(hkdfExpandLabel('sha256', secret, 'iv', 12).toString('hex'), '5d313eb2671276ee13000b30');
  });

  it('finds the server handshake secret in NSS key log lines', () => {
    const lines = [
      'CLIENT_HANDSHAKE_TRAFFIC_SECRET 00aa 1111\n',
      'SERVER_HANDSHAKE_TRAFFIC_SECRET 00aa abcdef\n',
    ];
    assert.equal(serverHandshakeSecret(lines)?.toString('hex'), 'abcdef');
    assert.equal(serverHandshakeSecret(['SERVER_HANDSHAKE_TRAFFIC_SECRET 00aa not-hex']), undefined);
  });

  it('gives up (for the rebuilt fallback) on an unknown suite or records that do not authenticate', () => {
    const record = {
      type: 23,
      version: 0x0303,
      header: Buffer.from([23, 3, 3, 0, 40]),
      fragment: Buffer.alloc(40),
    };
    assert.equal(decryptServerCertificates([record], 0x1301, Buffer.alloc(32)), undefined);
    assert.equal(decryptServerCertificates([record], 0x1304, Buffer.alloc(32)), undefined);
    assert.equal(decryptServerCertificates([], 0x1301, Buffer.alloc(32)), undefined);
  });
});
