import { createDecipheriv, createHmac } from 'node:crypto';
import {
  CONTENT_TYPE,
  HANDSHAKE_TYPE,
  parseCertificateMessage,
  parseHandshakeMessages,
  type TlsRecord,
} from './tls-records.js';

/**
 * Under TLS 1.3 the server's Certificate message is encrypted with the handshake traffic keys (RFC 8446 §7.1),
 * so Node's rebuilt chain would be all we know. Node reports those secrets through the socket's `keylog` event
 * (NSS key log format); with them the probe decrypts its own connection's server handshake and reads the chain
 * exactly as sent. Anything unexpected returns `undefined` and the caller falls back to the rebuilt chain.
 */

interface SuiteParameters {
  readonly cipher: 'aes-128-gcm' | 'aes-256-gcm' | 'chacha20-poly1305';
  readonly hash: 'sha256' | 'sha384';
  readonly keyLength: number;
}

const SUITES: Readonly<Record<number, SuiteParameters>> = {
  0x1301: { cipher: 'aes-128-gcm', hash: 'sha256', keyLength: 16 },
  0x1302: { cipher: 'aes-256-gcm', hash: 'sha384', keyLength: 32 },
  0x1303: { cipher: 'chacha20-poly1305', hash: 'sha256', keyLength: 32 },
};

const TAG_LENGTH = 16;
const MAX_DECRYPTED_RECORDS = 64;

/** Finds `SERVER_HANDSHAKE_TRAFFIC_SECRET` in the key log lines of one connection. */
export function serverHandshakeSecret(keylogLines: readonly string[]): Buffer | undefined {
  for (const line of keylogLines) {
    const [label, , secret] = line.trim().split(' ');
    if (label === 'SERVER_HANDSHAKE_TRAFFIC_SECRET' && secret && /^[0-9a-f]+$/i.test(secret)) {
      return Buffer.from(secret, 'hex');
    }
  }
  return undefined;
}

/** Decrypts the server's protected handshake records and returns the certificates of its Certificate message. */
export function decryptServerCertificates(
  protectedRecords: readonly TlsRecord[],
  cipherSuite: number,
  secret: Buffer,
): Buffer[] | undefined {
  const suite = SUITES[cipherSuite];
  if (!suite) return undefined;
  const key = hkdfExpandLabel(suite.hash, secret, 'key', suite.keyLength);
  const iv = hkdfExpandLabel(suite.hash, secret, 'iv', 12);
  const handshake: Buffer[] = [];
  let sequence = 0n;
  for (const record of protectedRecords.slice(0, MAX_DECRYPTED_RECORDS)) {
    const inner = decryptRecord(suite, key, iv, sequence, record);
    sequence += 1n;
    if (!inner) return undefined;
    if (inner.type !== CONTENT_TYPE.handshake) continue;
    handshake.push(inner.content);
    const { messages } = parseHandshakeMessages(Buffer.concat(handshake));
    const certificate = messages.find((m) => m.type === HANDSHAKE_TYPE.certificate);
    if (certificate) {
      const parsed = parseCertificateMessage(certificate.body, true);
      return parsed.error ? undefined : parsed.certificates;
    }
    // Finished without a Certificate message: a PSK resumption (the probe never resumes, but be safe).
    if (messages.some((m) => m.type === HANDSHAKE_TYPE.finished)) return undefined;
  }
  return undefined;
}

function decryptRecord(
  suite: SuiteParameters,
  key: Buffer,
  iv: Buffer,
  sequence: bigint,
  record: TlsRecord,
): { type: number; content: Buffer } | undefined {
  if (record.fragment.length <= TAG_LENGTH) return undefined;
  const nonce = Buffer.from(iv);
  for (let i = 0; i < 8; i++) {
    const byte = Number((sequence >> BigInt(8 * i)) & 0xffn);
    const at = nonce.length - 1 - i;
    nonce[at] = (nonce[at] ?? 0) ^ byte;
  }
  const ciphertext = record.fragment.subarray(0, record.fragment.length - TAG_LENGTH);
  const tag = record.fragment.subarray(record.fragment.length - TAG_LENGTH);
  try {
    // Both AEAD families take the same calls; the cast only picks one of node:crypto's overloads.
    const decipher = createDecipheriv(suite.cipher as 'aes-128-gcm', key, nonce, {
      authTagLength: TAG_LENGTH,
    });
    decipher.setAAD(record.header);
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    // TLSInnerPlaintext: content, then the real content type, then zero padding.
    let end = plain.length - 1;
    while (end >= 0 && plain[end] === 0) end--;
    if (end < 0) return undefined;
    return { type: plain[end] ?? 0, content: plain.subarray(0, end) };
  } catch {
    return undefined;
  }
}

/** HKDF-Expand-Label with an empty context (RFC 8446 §7.1). */
export function hkdfExpandLabel(
  hash: 'sha256' | 'sha384',
  secret: Buffer,
  label: string,
  length: number,
): Buffer {
  const fullLabel = Buffer.from(`tls13 ${label}`, 'ascii');
  const info = Buffer.concat([
    Buffer.from([length >> 8, length & 0xff, fullLabel.length]),
    fullLabel,
    Buffer.from([0]), // empty context
  ]);
  return hkdfExpand(hash, secret, info, length);
}

/** HKDF-Expand (RFC 5869 §2.3); node:crypto only offers extract-then-expand. */
function hkdfExpand(hash: 'sha256' | 'sha384', prk: Buffer, info: Buffer, length: number): Buffer {
  const blocks: Buffer[] = [];
  let previous = Buffer.alloc(0);
  let total = 0;
  for (let counter = 1; total < length; counter++) {
    previous = createHmac(hash, prk)
      .update(Buffer.concat([previous, info, Buffer.from([counter])]))
      .digest();
    blocks.push(previous);
    total += previous.length;
  }
  return Buffer.concat(blocks).subarray(0, length);
}
