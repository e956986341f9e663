/**
 * A minimal, bounds-checked DER reader for the certificate fields node:crypto does not expose (SAN entries,
 * extended key usage, basic constraints, AIA, embedded SCTs). Malformed input throws `DerError`.
 */

export class DerError extends Error {
  override readonly name = 'DerError';
}

export interface Tlv {
  /** The identifier octet: class (bits 7–6), constructed (bit 5), tag number (bits 4–0). */
  readonly tag: number;
  readonly value: Buffer;
  /** Offset just past this element in the buffer it was read from. */
  readonly end: number;
}

export const TAG = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  sequence: 0x30,
  set: 0x31,
} as const;

/** Context-specific tag `[n]`, primitive or constructed. */
export function contextTag(n: number, constructed: boolean): number {
  return 0x80 | (constructed ? 0x20 : 0) | n;
}

export function readTlv(buffer: Buffer, offset = 0): Tlv {
  if (offset + 2 > buffer.length) throw new DerError(`truncated element at byte ${offset}`);
  const tag = buffer.readUInt8(offset);
  if ((tag & 0x1f) === 0x1f) throw new DerError(`multi-byte tag at byte ${offset}`);
  let length = buffer.readUInt8(offset + 1);
  let header = 2;
  if (length & 0x80) {
    const octets = length & 0x7f;
    if (octets === 0 || octets > 4) throw new DerError(`unsupported length form at byte ${offset}`);
    if (offset + 2 + octets > buffer.length) throw new DerError(`truncated length at byte ${offset}`);
    length = buffer.readUIntBE(offset + 2, octets);
    header += octets;
  }
  const start = offset + header;
  if (start + length > buffer.length) throw new DerError(`element at byte ${offset} runs past the end`);
  return { tag, value: buffer.subarray(start, start + length), end: start + length };
}

/** The elements inside a constructed element. */
export function children(parent: Tlv | Buffer): Tlv[] {
  const value = Buffer.isBuffer(parent) ? parent : parent.value;
  const out: Tlv[] = [];
  let offset = 0;
  while (offset < value.length) {
    const element = readTlv(value, offset);
    out.push(element);
    offset = element.end;
    if (out.length > 10_000) throw new DerError('too many elements');
  }
  return out;
}

export function expectTag(element: Tlv | undefined, tag: number, what: string): Tlv {
  if (!element || element.tag !== tag) throw new DerError(`expected ${what}`);
  return element;
}

/** Dotted form of an OBJECT IDENTIFIER's contents. */
export function decodeOid(value: Buffer): string {
  if (value.length === 0) throw new DerError('empty OID');
  const arcs: number[] = [];
  let current = 0;
  for (const byte of value) {
    current = current * 128 + (byte & 0x7f);
    if (current > Number.MAX_SAFE_INTEGER / 128) throw new DerError('OID arc too large');
    if (!(byte & 0x80)) {
      arcs.push(current);
      current = 0;
    }
  }
  const first = arcs.shift() ?? 0;
  const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
  return [...head, ...arcs].join('.');
}
