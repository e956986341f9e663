/**
 * Reads the server's side of a TLS handshake from the raw bytes it sent (RFC 5246 §6.2, §7.4; RFC 8446 §4, §5).
 * Node rebuilds the peer chain from issuer links, so the chain *as sent* (order, missing intermediates) can only
 * be read here. Every length is checked against what is left; garbage yields an error string, never a throw.
 */

export const CONTENT_TYPE = { changeCipherSpec: 20, alert: 21, handshake: 22, applicationData: 23 } as const;
export const HANDSHAKE_TYPE = {
  serverHello: 2,
  encryptedExtensions: 8,
  certificate: 11,
  finished: 20,
} as const;

/** Records carry at most 2^14 bytes of plaintext; encrypted ones a little more (RFC 8446 §5.2). */
const MAX_RECORD_LENGTH = (1 << 14) + 256;
const MAX_RECORDS = 2048;
const MAX_CERTIFICATES = 32;

export interface TlsRecord {
  readonly type: number;
  readonly version: number;
  /** The five header bytes (the additional data of TLS 1.3 record protection). */
  readonly header: Buffer;
  readonly fragment: Buffer;
}

export interface RecordParse {
  readonly records: readonly TlsRecord[];
  /** Bytes after the last complete record (a record cut off by the end of the capture). */
  readonly trailing: number;
  readonly error?: string;
}

/** Splits a byte stream into TLS records; stops at the first header that cannot be TLS. */
export function parseRecords(bytes: Buffer): RecordParse {
  const records: TlsRecord[] = [];
  let offset = 0;
  while (offset + 5 <= bytes.length) {
    if (records.length >= MAX_RECORDS)
      return { records, trailing: bytes.length - offset, error: 'too many records' };
    const type = bytes.readUInt8(offset);
    const version = bytes.readUInt16BE(offset + 1);
    const length = bytes.readUInt16BE(offset + 3);
    if (type < 20 || type > 24 || version >> 8 !== 3) {
      return { records, trailing: bytes.length - offset, error: `not a TLS record at byte ${offset}` };
    }
    if (length > MAX_RECORD_LENGTH) {
      return {
        records,
        trailing: bytes.length - offset,
        error: `record of ${length} bytes at byte ${offset}`,
      };
    }
    if (offset + 5 + length > bytes.length) break;
    records.push({
      type,
      version,
      header: bytes.subarray(offset, offset + 5),
      fragment: bytes.subarray(offset + 5, offset + 5 + length),
    });
    offset += 5 + length;
  }
  return { records, trailing: bytes.length - offset };
}

export interface HandshakeMessage {
  readonly type: number;
  readonly body: Buffer;
}

/** Splits a reassembled handshake stream into messages (1-byte type, 3-byte length). Incomplete tail ignored. */
export function parseHandshakeMessages(stream: Buffer): { messages: HandshakeMessage[]; error?: string } {
  const messages: HandshakeMessage[] = [];
  let offset = 0;
  while (offset + 4 <= stream.length) {
    const type = stream.readUInt8(offset);
    const length = stream.readUIntBE(offset + 1, 3);
    if (offset + 4 + length > stream.length) break;
    messages.push({ type, body: stream.subarray(offset + 4, offset + 4 + length) });
    offset += 4 + length;
    if (messages.length > MAX_RECORDS) return { messages, error: 'too many handshake messages' };
  }
  return { messages };
}

export interface ServerHello {
  /** The negotiated version: `supported_versions` when present (TLS 1.3), else the legacy field. */
  readonly version: number;
  readonly cipherSuite: number;
}

/** Reads a ServerHello body. */
export function parseServerHello(body: Buffer): ServerHello | undefined {
  const reader = new Reader(body);
  const legacyVersion = reader.u16();
  reader.skip(32); // random
  reader.skip(reader.u8()); // legacy_session_id
  const cipherSuite = reader.u16();
  reader.skip(1); // compression method
  if (reader.failed) return undefined;
  let version = legacyVersion;
  if (reader.remaining >= 2) {
    const extensions = new Reader(reader.bytes(reader.u16()));
    while (!extensions.failed && extensions.remaining >= 4) {
      const type = extensions.u16();
      const data = extensions.bytes(extensions.u16());
      if (type === 43 && data.length === 2) version = data.readUInt16BE(0); // supported_versions
    }
  }
  return { version, cipherSuite };
}

/**
 * Reads the certificate list of a Certificate message. TLS 1.2 and earlier: a 3-byte list length, then 3-byte
 * length + DER per certificate. TLS 1.3 adds a request context before the list and extensions after each entry.
 */
export function parseCertificateMessage(
  body: Buffer,
  tls13: boolean,
): { certificates: Buffer[]; error?: string } {
  const reader = new Reader(body);
  if (tls13) reader.skip(reader.u8()); // certificate_request_context
  const listLength = reader.u24();
  if (reader.failed || listLength > reader.remaining) {
    return { certificates: [], error: 'certificate list length exceeds the message' };
  }
  const list = new Reader(reader.bytes(listLength));
  const certificates: Buffer[] = [];
  while (list.remaining > 0) {
    if (certificates.length >= MAX_CERTIFICATES) return { certificates, error: 'more than 32 certificates' };
    const der = list.bytes(list.u24());
    if (tls13) list.skip(list.u16()); // per-certificate extensions (OCSP, SCT)
    if (list.failed) return { certificates, error: 'certificate entry length exceeds the list' };
    certificates.push(Buffer.from(der));
  }
  return { certificates };
}

export interface ServerFlight {
  readonly serverHello?: ServerHello;
  /** The Certificate message read in the clear (TLS 1.2 and earlier). */
  readonly certificates?: readonly Buffer[];
  /** The first alert the server sent in the clear. */
  readonly alert?: { readonly level: number; readonly description: number; readonly name: string };
  /** Protected records after the ServerHello (TLS 1.3: EncryptedExtensions, Certificate… under handshake keys). */
  readonly protectedRecords: readonly TlsRecord[];
  readonly error?: string;
}

/**
 * Reads what the server sent during the handshake: the clear-text handshake messages up to ChangeCipherSpec, the
 * first alert, and the protected records that follow (for TLS 1.3 decryption).
 */
export function parseServerFlight(bytes: Buffer): ServerFlight {
  const { records, error: recordError } = parseRecords(bytes);
  const clear: Buffer[] = [];
  const protectedRecords: TlsRecord[] = [];
  let alert: ServerFlight['alert'];
  let encrypted = false;
  for (const record of records) {
    if (record.type === CONTENT_TYPE.changeCipherSpec) {
      encrypted = true; // TLS 1.2: everything after is protected; TLS 1.3 sends it only for middlebox compatibility
      continue;
    }
    if (
      record.type === CONTENT_TYPE.alert &&
      !encrypted &&
      alert === undefined &&
      record.fragment.length >= 2
    ) {
      const description = record.fragment.readUInt8(1);
      alert = { level: record.fragment.readUInt8(0), description, name: alertName(description) };
      continue;
    }
    if (record.type === CONTENT_TYPE.handshake && !encrypted) clear.push(record.fragment);
    else if (record.type === CONTENT_TYPE.applicationData) protectedRecords.push(record);
  }
  const { messages, error: messageError } = parseHandshakeMessages(Buffer.concat(clear));
  const helloMessage = messages.find((m) => m.type === HANDSHAKE_TYPE.serverHello);
  const serverHello = helloMessage ? parseServerHello(helloMessage.body) : undefined;
  const certificateMessage = messages.find((m) => m.type === HANDSHAKE_TYPE.certificate);
  let certificates: Buffer[] | undefined;
  let certificateError: string | undefined;
  if (certificateMessage) {
    const parsed = parseCertificateMessage(certificateMessage.body, false);
    certificates = parsed.certificates;
    certificateError = parsed.error;
  }
  const error = recordError ?? messageError ?? certificateError;
  return {
    ...(serverHello ? { serverHello } : {}),
    ...(certificates ? { certificates } : {}),
    ...(alert ? { alert } : {}),
    protectedRecords,
    ...(error ? { error } : {}),
  };
}

const ALERT_NAMES: Readonly<Record<number, string>> = {
  0: 'close_notify',
  10: 'unexpected_message',
  20: 'bad_record_mac',
  21: 'decryption_failed',
  22: 'record_overflow',
  40: 'handshake_failure',
  41: 'no_certificate',
  42: 'bad_certificate',
  43: 'unsupported_certificate',
  44: 'certificate_revoked',
  45: 'certificate_expired',
  46: 'certificate_unknown',
  47: 'illegal_parameter',
  48: 'unknown_ca',
  49: 'access_denied',
  50: 'decode_error',
  51: 'decrypt_error',
  70: 'protocol_version',
  71: 'insufficient_security',
  80: 'internal_error',
  86: 'inappropriate_fallback',
  90: 'user_canceled',
  100: 'no_renegotiation',
  109: 'missing_extension',
  110: 'unsupported_extension',
  112: 'unrecognized_name',
  113: 'bad_certificate_status_response',
  115: 'unknown_psk_identity',
  116: 'certificate_required',
  120: 'no_application_protocol',
};

/** RFC 8446 §6 name of an alert description. */
export function alertName(description: number): string {
  return ALERT_NAMES[description] ?? `alert_${description}`;
}

/** A bounds-checked cursor: reading past the end sets `failed` and returns zeros/empty buffers. */
class Reader {
  private offset = 0;
  failed = false;

  constructor(private readonly buffer: Buffer) {}

  get remaining(): number {
    return this.failed ? 0 : this.buffer.length - this.offset;
  }

  private take(n: number): Buffer | undefined {
    if (this.failed || n < 0 || this.offset + n > this.buffer.length) {
      this.failed = true;
      return undefined;
    }
    const out = this.buffer.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }

  u8(): number {
    return this.take(1)?.readUInt8(0) ?? 0;
  }

  u16(): number {
    return this.take(2)?.readUInt16BE(0) ?? 0;
  }

  u24(): number {
    return this.take(3)?.readUIntBE(0, 3) ?? 0;
  }

  bytes(n: number): Buffer {
    return this.take(n) ?? Buffer.alloc(0);
  }

  skip(n: number): void {
    this.take(n);
  }
}
