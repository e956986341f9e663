import { createHash, X509Certificate } from 'node:crypto';
import { children, contextTag, decodeOid, DerError, expectTag, readTlv, TAG, type Tlv } from './der.js';

/** The facts about one certificate that the rules judge. Built once per certificate per host. */
export interface ParsedCertificate {
  readonly der: Buffer;
  /** SHA-256 of the DER, lower-case hex. */
  readonly sha256: string;
  readonly x509: X509Certificate;
  /** One line, e.g. `CN=api.example.com, O=Example`. */
  readonly subject: string;
  readonly issuer: string;
  readonly commonName?: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** True when the certificate has a subjectAltName extension at all. */
  readonly hasSan: boolean;
  readonly dnsNames: readonly string[];
  readonly ipAddresses: readonly string[];
  readonly key: PublicKeyFacts;
  readonly signature: SignatureFacts;
  /** Extended key usage OIDs; `undefined` when the extension is absent. */
  readonly extendedKeyUsage?: readonly string[];
  /** basicConstraints cA. */
  readonly isCa: boolean;
  /** AIA "CA Issuers" URLs: where the issuer certificate can be downloaded. */
  readonly caIssuersUrls: readonly string[];
  /** Embedded SCTs (RFC 6962 §3.3): count and distinct log ids; `undefined` when the extension is absent. */
  readonly embeddedScts?: { readonly count: number; readonly logs: number };
  /** Subject and issuer names are equal. */
  readonly selfIssued: boolean;
  /** Self-issued and signed by its own key. */
  readonly selfSigned: boolean;
}

export interface PublicKeyFacts {
  readonly type: 'rsa' | 'rsa-pss' | 'ec' | 'dsa' | 'ed25519' | 'ed448' | 'unknown';
  readonly bits?: number;
  readonly curve?: string;
  /** For reports: `RSA 2048`, `EC P-256`. */
  readonly label: string;
}

export interface SignatureFacts {
  /** OpenSSL's name, e.g. `sha256WithRSAEncryption`. */
  readonly name: string;
  readonly oid: string;
  /** The digest, when the algorithm has one: `md5`, `sha1`, `sha256`… */
  readonly hash?: string;
}

export const OID = {
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  extKeyUsage: '2.5.29.37',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
  caIssuers: '1.3.6.1.5.5.7.48.2',
  embeddedSctList: '1.3.6.1.4.1.11129.2.4.2',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  anyExtendedKeyUsage: '2.5.29.37.0',
  rsassaPss: '1.2.840.113549.1.1.10',
} as const;

const SIGNATURE_HASHES: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.2': 'md2',
  '1.2.840.113549.1.1.3': 'md4',
  '1.2.840.113549.1.1.4': 'md5',
  '1.2.840.113549.1.1.5': 'sha1',
  '1.3.14.3.2.29': 'sha1',
  '1.2.840.113549.1.1.14': 'sha224',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.1': 'sha1',
  '1.2.840.10045.4.3.1': 'sha224',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
  '1.2.840.10040.4.3': 'sha1',
  '2.16.840.1.101.3.4.3.1': 'sha224',
  '2.16.840.1.101.3.4.3.2': 'sha256',
};

const DIGEST_OIDS: Readonly<Record<string, string>> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '2.16.840.1.101.3.4.2.4': 'sha224',
};

const CURVE_NAMES: Readonly<Record<string, { bits: number; label: string }>> = {
  prime256v1: { bits: 256, label: 'P-256' },
  secp256r1: { bits: 256, label: 'P-256' },
  secp384r1: { bits: 384, label: 'P-384' },
  secp521r1: { bits: 521, label: 'P-521' },
  secp224r1: { bits: 224, label: 'P-224' },
  prime192v1: { bits: 192, label: 'P-192' },
  secp192r1: { bits: 192, label: 'P-192' },
  secp256k1: { bits: 256, label: 'secp256k1' },
};

/** Parses a DER certificate. Throws (with a reason) when it is not one. */
export function parseCertificate(der: Buffer): ParsedCertificate {
  const x509 = new X509Certificate(der);
  const extensions = readExtensions(der);
  const subject = oneLine(x509.subject);
  const issuer = oneLine(x509.issuer);
  const san = extensions.get(OID.subjectAltName);
  const names = san ? readGeneralNames(san) : { dns: [], ip: [] };
  const eku = extensions.get(OID.extKeyUsage);
  const aia = extensions.get(OID.authorityInfoAccess);
  const sct = extensions.get(OID.embeddedSctList);
  const basic = extensions.get(OID.basicConstraints);
  const selfIssued = x509.subject === x509.issuer;
  const commonName = commonNameOf(x509.subject);
  return {
    der,
    sha256: createHash('sha256').update(der).digest('hex'),
    x509,
    subject,
    issuer,
    ...(commonName ? { commonName } : {}),
    notBefore: x509.validFromDate,
    notAfter: x509.validToDate,
    hasSan: san !== undefined,
    dnsNames: names.dns,
    ipAddresses: names.ip,
    key: publicKeyFacts(x509),
    signature: signatureFacts(x509, der),
    ...(eku ? { extendedKeyUsage: children(readTlv(eku)).map((e) => decodeOid(e.value)) } : {}),
    isCa: basic ? readBasicConstraintsCa(basic) : false,
    caIssuersUrls: aia ? readCaIssuers(aia) : [],
    ...(sct ? { embeddedScts: readSctList(sct) } : {}),
    selfIssued,
    selfSigned: selfIssued && safeVerify(x509, x509),
  };
}

/** Parses, or returns why not (a server may send anything). */
export function tryParseCertificate(der: Buffer): ParsedCertificate | { error: string } {
  try {
    return parseCertificate(der);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** `issuer` signed `subject`: names and key identifiers match, and the signature verifies. */
export function isIssuedBy(subject: X509Certificate, issuer: X509Certificate): boolean {
  return subject.checkIssued(issuer) && safeVerify(subject, issuer);
}

function safeVerify(subject: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return subject.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

/** Whole days from `now` to notAfter, rounded down (negative once expired). */
export function daysLeft(cert: ParsedCertificate, now: Date): number {
  return Math.floor((cert.notAfter.getTime() - now.getTime()) / 86_400_000);
}

/** ISO date (YYYY-MM-DD, UTC) for messages in every language. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The name to show for a certificate: its CN, else its whole subject. */
export function displayName(cert: ParsedCertificate): string {
  return cert.commonName ?? cert.subject;
}

function oneLine(name: string): string {
  return name.split('\n').filter(Boolean).reverse().join(', ');
}

function commonNameOf(name: string): string | undefined {
  const lines = name.split('\n').filter((line) => line.startsWith('CN='));
  return lines.at(-1)?.slice(3);
}

function publicKeyFacts(x509: X509Certificate): PublicKeyFacts {
  try {
    const key = x509.publicKey;
    const details = key.asymmetricKeyDetails ?? {};
    switch (key.asymmetricKeyType) {
      case 'rsa':
      case 'rsa-pss': {
        const bits = details.modulusLength ?? 0;
        return { type: key.asymmetricKeyType, bits, label: `RSA ${bits}` };
      }
      case 'ec': {
        const curve = details.namedCurve ?? 'unknown';
        const known = CURVE_NAMES[curve];
        const bits = known?.bits ?? Number(/(\d{3})/.exec(curve)?.[1] ?? 0);
        return { type: 'ec', bits, curve, label: `EC ${known?.label ?? curve}` };
      }
      case 'dsa': {
        const bits = details.modulusLength ?? 0;
        return { type: 'dsa', bits, label: `DSA ${bits}` };
      }
      case 'ed25519':
        return { type: 'ed25519', bits: 256, label: 'Ed25519' };
      case 'ed448':
        return { type: 'ed448', bits: 456, label: 'Ed448' };
      default:
        return { type: 'unknown', label: String(key.asymmetricKeyType ?? 'unknown') };
    }
  } catch {
    // OpenSSL could not load the key (unknown curve or algorithm).
    return { type: 'unknown', label: 'unknown' };
  }
}

function signatureFacts(x509: X509Certificate, der: Buffer): SignatureFacts {
  const oid = x509.signatureAlgorithmOid;
  const name = x509.signatureAlgorithm ?? oid;
  let hash = SIGNATURE_HASHES[oid];
  if (oid === OID.rsassaPss) hash = pssHash(der);
  return { name, oid, ...(hash ? { hash } : {}) };
}

/** RSASSA-PSS names its digest in the parameters; absent means SHA-1 (RFC 4055 §3.1). */
function pssHash(der: Buffer): string {
  try {
    const [, algorithm] = children(readTlv(der));
    const [, params] = children(expectTag(algorithm, TAG.sequence, 'signatureAlgorithm'));
    if (!params || params.tag !== TAG.sequence) return 'sha1';
    const hashField = children(params).find((e) => e.tag === contextTag(0, true));
    if (!hashField) return 'sha1';
    const [digest] = children(hashField);
    const [digestOid] = children(expectTag(digest, TAG.sequence, 'hashAlgorithm'));
    return DIGEST_OIDS[decodeOid(expectTag(digestOid, TAG.oid, 'hash OID').value)] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** extnID → extnValue contents (the DER inside the OCTET STRING). */
function readExtensions(der: Buffer): Map<string, Buffer> {
  const certificate = readTlv(der);
  if (certificate.tag !== TAG.sequence) throw new DerError('not a certificate');
  const [tbs] = children(certificate);
  const fields = children(expectTag(tbs, TAG.sequence, 'tbsCertificate'));
  const wrapper = fields.find((f) => f.tag === contextTag(3, true));
  const out = new Map<string, Buffer>();
  if (!wrapper) return out;
  const [list] = children(wrapper);
  for (const extension of children(expectTag(list, TAG.sequence, 'extensions'))) {
    const parts = children(extension);
    const id = decodeOid(expectTag(parts[0], TAG.oid, 'extnID').value);
    const value = parts.find((p) => p.tag === TAG.octetString);
    if (value) out.set(id, value.value);
  }
  return out;
}

function readGeneralNames(value: Buffer): { dns: string[]; ip: string[] } {
  const dns: string[] = [];
  const ip: string[] = [];
  for (const name of children(readTlv(value))) {
    if (name.tag === contextTag(2, false)) dns.push(name.value.toString('latin1'));
    else if (name.tag === contextTag(7, false)) {
      const text = formatIp(name.value);
      if (text) ip.push(text);
    }
  }
  return { dns, ip };
}

function formatIp(bytes: Buffer): string | undefined {
  if (bytes.length === 4) return [...bytes].join('.');
  if (bytes.length === 16) {
    const groups: string[] = [];
    for (let i = 0; i < 16; i += 2) groups.push(bytes.readUInt16BE(i).toString(16));
    return groups.join(':');
  }
  return undefined;
}

function readBasicConstraintsCa(value: Buffer): boolean {
  const [first] = children(readTlv(value));
  return first?.tag === TAG.boolean && first.value[0] !== 0;
}

function readCaIssuers(value: Buffer): string[] {
  const urls: string[] = [];
  for (const description of children(readTlv(value))) {
    const [method, location] = children(description);
    if (method?.tag !== TAG.oid || decodeOid(method.value) !== OID.caIssuers) continue;
    if (location?.tag === contextTag(6, false)) urls.push(location.value.toString('latin1'));
  }
  return urls;
}

/** SignedCertificateTimestampList (RFC 6962 §3.3): 2-byte list length, then 2-byte length + SCT each. */
function readSctList(value: Buffer): { count: number; logs: number } {
  const inner: Tlv = readTlv(value);
  const list = inner.tag === TAG.octetString ? inner.value : value;
  if (list.length < 2) return { count: 0, logs: 0 };
  const total = Math.min(list.readUInt16BE(0), list.length - 2);
  const logs = new Set<string>();
  let count = 0;
  let offset = 2;
  while (offset + 2 <= total + 2 && count < 100) {
    const length = list.readUInt16BE(offset);
    const sct = list.subarray(offset + 2, offset + 2 + length);
    if (sct.length !== length || length < 33) break;
    logs.add(sct.subarray(1, 33).toString('hex')); // version (1 byte), then the 32-byte log id
    count++;
    offset += 2 + length;
  }
  return { count, logs: logs.size };
}
