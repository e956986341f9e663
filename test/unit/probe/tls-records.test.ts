import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  alertName,
  parseCertificateMessage,
  parseRecords,
  parseServerFlight,
} from '../../../src/probe/tls-records.js';

// Fixtures are read from the source tree (tsc does not copy JSON into build/).
const fixtures = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '..',
  'test',
  'unit',
  'probe',
  'fixtures',
);

interface RecordedFlight {
  readonly certificates: readonly { readonly subject: string; readonly sha256: string }[];
  readonly bytes: string;
}

const sha256 = (der: Buffer): string => createHash('sha256').update(der).digest('hex');

function u24(n: number): Buffer {
  const b = Buffer.alloc(3);
  b.writeUIntBE(n, 0, 3);
  return b;
}

function record(type: number, body: Buffer): Buffer {
  const header = Buffer.from([type, 3, 3, 0, 0]);
  header.writeUInt16BE(body.length, 3);
  return Buffer.concat([header, body]);
}

function handshakeMessage(type: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([type]), u24(body.length), body]);
}

function certificateBody(ders: readonly Buffer[]): Buffer {
  const list = Buffer.concat(ders.flatMap((d) => [u24(d.length), d]));
  return Buffer.concat([u24(list.length), list]);
}

const fakeCerts = [Buffer.from('leaf-der'), Buffer.from('intermediate-der'), Buffer.from('root')];

describe('TLS record parsing', () => {
  it('reads the chain exactly as an OpenSSL server sent it (recorded bytes, out of order)', () => {
    const flight = JSON.parse(
      readFileSync(join(fixtures, 'server-flight-tls12.json'), 'utf8'),
    ) as RecordedFlight;
    const parsed = parseServerFlight(Buffer.from(flight.bytes, 'base64'));
    assert.equal(parsed.error, undefined);
    assert.equal(parsed.serverHello?.version, 0x0303);
    assert.deepEqual(
      parsed.certificates?.map(sha256),
      flight.certificates.map((c) => c.sha256),
    );
  });

  it('reassembles a Certificate message split over several records', () => {
    const message = handshakeMessage(11, certificateBody(fakeCerts));
    const bytes = Buffer.concat([
      record(22, message.subarray(0, 7)),
      record(22, message.subarray(7, 20)),
      record(22, message.subarray(20)),
    ]);
    assert.deepEqual(parseServerFlight(bytes).certificates?.map(String), [
      'leaf-der',
      'intermediate-der',
      'root',
    ]);
  });

  it('reads several handshake messages in one record and stops at ChangeCipherSpec', () => {
    const hello = handshakeMessage(
      2,
      Buffer.concat([Buffer.from([3, 3]), Buffer.alloc(32), Buffer.from([0, 0x13, 0x01, 0])]),
    );
    const cert = handshakeMessage(11, certificateBody(fakeCerts.slice(0, 1)));
    const encryptedLookalike = handshakeMessage(11, certificateBody(fakeCerts.slice(1)));
    const bytes = Buffer.concat([
      record(22, Buffer.concat([hello, cert])),
      record(20, Buffer.from([1])),
      record(22, encryptedLookalike),
    ]);
    const parsed = parseServerFlight(bytes);
    assert.equal(parsed.serverHello?.cipherSuite, 0x1301);
    assert.deepEqual(parsed.certificates?.map(String), ['leaf-der']);
  });

  it('reads the negotiated version from supported_versions (TLS 1.3)', () => {
    const extensions = Buffer.from([0, 43, 0, 2, 3, 4]);
    const body = Buffer.concat([
      Buffer.from([3, 3]),
      Buffer.alloc(32),
      Buffer.from([0, 0x13, 0x02, 0]),
      Buffer.from([0, extensions.length]),
      extensions,
    ]);
    const parsed = parseServerFlight(
      Buffer.concat([record(22, handshakeMessage(2, body)), record(23, Buffer.alloc(40))]),
    );
    assert.equal(parsed.serverHello?.version, 0x0304);
    assert.equal(parsed.protectedRecords.length, 1);
  });

  it('names the alert a server sends', () => {
    const parsed = parseServerFlight(record(21, Buffer.from([2, 70])));
    assert.deepEqual(parsed.alert, { level: 2, description: 70, name: 'protocol_version' });
    assert.equal(alertName(40), 'handshake_failure');
    assert.equal(alertName(200), 'alert_200');
  });

  it('reads the TLS 1.3 certificate format (request context, per-entry extensions)', () => {
    const entries = Buffer.concat(
      fakeCerts.slice(0, 2).flatMap((d) => [u24(d.length), d, Buffer.from([0, 0])]),
    );
    const body = Buffer.concat([Buffer.from([0]), u24(entries.length), entries]);
    assert.deepEqual(parseCertificateMessage(body, true).certificates.map(String), [
      'leaf-der',
      'intermediate-der',
    ]);
  });

  it('rejects lengths that run past the message instead of reading beyond it', () => {
    const body = Buffer.concat([u24(100), u24(5), Buffer.from('abc')]);
    assert.match(parseCertificateMessage(body, false).error ?? '', /exceeds/);
    const inner = Buffer.concat([u24(8), u24(50), Buffer.from('abcde')]);
    assert.match(parseCertificateMessage(inner, false).error ?? '', /exceeds/);
  });

  it('stops at bytes that are not TLS (an SSH banner, an HTTP answer)', () => {
    assert.match(parseRecords(Buffer.from('SSH-2.0-OpenSSH_9.6\r\n')).error ?? '', /not a TLS record/);
    assert.match(
      parseRecords(Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n')).error ?? '',
      /not a TLS record/,
    );
    assert.equal(parseServerFlight(Buffer.from('HTTP/1.1 400')).certificates, undefined);
  });

  it('ignores a record cut off by the end of the capture', () => {
    const whole = record(22, handshakeMessage(11, certificateBody(fakeCerts)));
    const parsed = parseRecords(whole.subarray(0, whole.length - 3));
    assert.equal(parsed.records.length, 0);
    assert.ok(parsed.trailing > 0);
  });

  it('never throws on arbitrary bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        parseServerFlight(Buffer.from(bytes));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on TLS-shaped records with arbitrary contents (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ type: fc.constantFrom(20, 21, 22, 23), body: fc.uint8Array({ maxLength: 120 }) }),
          { maxLength: 8 },
        ),
        (records) => {
          const bytes = Buffer.concat(records.map((r) => record(r.type, Buffer.from(r.body))));
          const parsed = parseServerFlight(bytes);
          for (const der of parsed.certificates ?? []) assert.ok(der.length <= bytes.length);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
