import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { children, readTlv } from '../../../src/rules/tls/lib/der.js';

/**
 * Certificates for tests, generated in-process. node-forge builds the certificate structure (names, validity,
 * extensions); node:crypto supplies the keys and the signatures, which makes EC keys possible (forge only knows
 * RSA) and keeps generation fast (RSA key generation in JavaScript takes seconds). Keys are cached per process.
 */

export type KeyType = 'rsa2048' | 'rsa1024' | 'ec256' | 'ec384' | 'ec224';
export type SignatureHash = 'sha256' | 'sha384' | 'sha1' | 'md5';

export interface TestKey {
  readonly type: KeyType;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** PKCS#8 PEM, for `tls.createServer({ key })`. */
  readonly privateKeyPem: string;
}

export interface CertificateSpec {
  /** The common name; also the default DNS name of a leaf. */
  readonly commonName: string;
  readonly organization?: string;
  /** The issuing certificate; omitted: self-signed. */
  readonly issuer?: TestCertificate;
  readonly key?: TestKey;
  readonly isCa?: boolean;
  /** DNS subject alternative names; `[]` with no `ipAddresses` leaves the extension out. */
  readonly dnsNames?: readonly string[];
  readonly ipAddresses?: readonly string[];
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  readonly signatureHash?: SignatureHash;
  /** Names (`serverAuth`, `clientAuth`…) or OIDs; `false` leaves the extension out. Default for leaves: serverAuth. */
  readonly extendedKeyUsage?: readonly string[] | false;
  /** AIA "CA Issuers" URL. */
  readonly caIssuersUrl?: string;
  /** Number of (fake) embedded SCTs, each from a distinct log. */
  readonly embeddedScts?: number;
}

export interface TestCertificate {
  readonly der: Buffer;
  readonly pem: string;
  readonly key: TestKey;
  readonly spec: CertificateSpec;
  /** SHA-1 of the public key bits (subject key identifier), for the next certificate's AKI. */
  readonly keyId: Buffer;
}

export interface TestPki {
  readonly root: TestCertificate;
  readonly intermediate: TestCertificate;
  /** The root in PEM: give it as `extraCaPem` so chains from this PKI are trusted. */
  readonly caPem: string;
  /** A server certificate for `hosts` (first one is the CN), issued by the intermediate. */
  issueLeaf(hosts: string | readonly string[], overrides?: Partial<CertificateSpec>): TestCertificate;
  /** `[leaf, intermediate]`: what a correctly configured server sends. */
  chainFor(leaf: TestCertificate): TestCertificate[];
}

const DAY = 86_400_000;
const CURVES = { ec256: 'prime256v1', ec384: 'secp384r1', ec224: 'secp224r1' } as const;
const keyCache = new Map<string, TestKey>();

/** A key of the given type; the same `slot` returns the same key for the whole process. */
export function testKey(type: KeyType = 'rsa2048', slot = 'default'): TestKey {
  const cacheKey = `${type}/${slot}`;
  const cached = keyCache.get(cacheKey);
  if (cached) return cached;
  const pair =
    type === 'rsa2048' || type === 'rsa1024'
      ? generateKeyPairSync('rsa', { modulusLength: Number(type.slice(3)) })
      : generateKeyPairSync('ec', { namedCurve: CURVES[type] });
  const key: TestKey = {
    type,
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    privateKeyPem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
  keyCache.set(cacheKey, key);
  return key;
}

/**
 * A root, an intermediate and a way to issue leaves, named after `name` so several PKIs can coexist. `keyType`
 * (default RSA 2048) is the key of all three; `ec256` makes handshakes cheaper for tests with many servers.
 */
export function createTestPki(options: { name?: string; now?: Date; keyType?: KeyType } = {}): TestPki {
  const name = options.name ?? 'mp-domain-guard Test';
  const now = options.now ?? new Date();
  const keyType = options.keyType ?? 'rsa2048';
  const root = issueCertificate({
    commonName: `${name} Root CA`,
    organization: name,
    key: testKey(keyType, `${name}/root`),
    isCa: true,
    notBefore: new Date(now.getTime() - 365 * DAY),
    notAfter: new Date(now.getTime() + 3650 * DAY),
  });
  const intermediate = issueCertificate({
    commonName: `${name} Intermediate CA`,
    organization: name,
    issuer: root,
    key: testKey(keyType, `${name}/intermediate`),
    isCa: true,
    notBefore: new Date(now.getTime() - 365 * DAY),
    notAfter: new Date(now.getTime() + 1825 * DAY),
    caIssuersUrl: 'http://ca.test.invalid/root.cer',
  });
  return {
    root,
    intermediate,
    caPem: root.pem,
    issueLeaf(hosts, overrides = {}) {
      const names = typeof hosts === 'string' ? [hosts] : [...hosts];
      return issueCertificate({
        commonName: names[0] ?? 'localhost',
        dnsNames: names,
        issuer: intermediate,
        key: testKey(keyType, `${name}/leaf`),
        notBefore: new Date(now.getTime() - DAY),
        notAfter: new Date(now.getTime() + 90 * DAY),
        caIssuersUrl: 'http://ca.test.invalid/intermediate.cer',
        embeddedScts: 3,
        ...overrides,
      });
    },
    chainFor(leaf) {
      return [leaf, intermediate];
    },
  };
}

const EKU_OIDS: Readonly<Record<string, string>> = {
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  emailProtection: '1.3.6.1.5.5.7.3.4',
};

const SIGNATURE_OIDS: Readonly<Record<'rsa' | 'ec', Partial<Record<SignatureHash, string>>>> = {
  rsa: {
    md5: '1.2.840.113549.1.1.4',
    sha1: '1.2.840.113549.1.1.5',
    sha256: '1.2.840.113549.1.1.11',
    sha384: '1.2.840.113549.1.1.12',
  },
  ec: { sha1: '1.2.840.10045.4.1', sha256: '1.2.840.10045.4.3.2', sha384: '1.2.840.10045.4.3.3' },
};

const { asn1 } = forge;
let placeholderKey: forge.pki.PublicKey | undefined;

/** Builds and signs one certificate. */
export function issueCertificate(spec: CertificateSpec): TestCertificate {
  const key = spec.key ?? testKey('rsa2048', spec.isCa ? 'ca' : 'leaf');
  const signer = spec.issuer?.key ?? key;
  const hash = spec.signatureHash ?? 'sha256';
  const family = signer.type.startsWith('rsa') ? 'rsa' : 'ec';
  const signatureOid = SIGNATURE_OIDS[family][hash];
  if (!signatureOid) throw new Error(`no ${hash} signature for ${signer.type} keys`);

  const spki = key.publicKey.export({ type: 'spki', format: 'der' });
  const keyId = createHash('sha1').update(subjectPublicKeyBits(spki)).digest();
  const cert = forge.pki.createCertificate();
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = spec.notBefore ?? new Date(Date.now() - DAY);
  cert.validity.notAfter = spec.notAfter ?? new Date(Date.now() + 90 * DAY);
  const subject = subjectAttributes(spec);
  cert.setSubject(subject);
  cert.setIssuer(spec.issuer ? subjectAttributes(spec.issuer.spec) : subject);
  // forge serialises only RSA keys: a placeholder goes in, and the real SubjectPublicKeyInfo replaces it below.
  placeholderKey ??= forge.pki.publicKeyFromPem(
    testKey('rsa2048', 'placeholder').publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  cert.publicKey = placeholderKey;
  cert.setExtensions(extensionsFor(spec, keyId));
  cert.siginfo.algorithmOid = signatureOid;

  // getTBSCertificate exists at run time but is missing from @types/node-forge.
  const getTbs = (forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 })
    .getTBSCertificate;
  const tbs = getTbs(cert);
  const fields = tbs.value as forge.asn1.Asn1[];
  fields[2] = algorithmIdentifier(signatureOid, family === 'rsa');
  fields[6] = fromDerRaw(spki);
  const tbsDer = Buffer.from(asn1.toDer(tbs).getBytes(), 'binary');
  const signature = sign(hash, tbsDer, signer.privateKey);
  const certificate = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    tbs,
    algorithmIdentifier(signatureOid, family === 'rsa'),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, `\u0000${signature.toString('binary')}`),
  ]);
  const der = Buffer.from(asn1.toDer(certificate).getBytes(), 'binary');
  const pem = `-----BEGIN CERTIFICATE-----\n${der
    .toString('base64')
    .replace(/.{1,64}/g, '$&\n')}-----END CERTIFICATE-----\n`;
  return { der, pem, key, spec, keyId };
}

/** O before CN, the order real CAs encode names in. */
function subjectAttributes(spec: CertificateSpec): forge.pki.CertificateField[] {
  return [
    ...(spec.organization ? [{ shortName: 'O', value: spec.organization }] : []),
    { shortName: 'CN', value: spec.commonName },
  ];
}

function extensionsFor(spec: CertificateSpec, keyId: Buffer): object[] {
  const extensions: object[] = [];
  if (spec.isCa) {
    extensions.push({ name: 'basicConstraints', cA: true, critical: true });
    extensions.push({ name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true });
  } else {
    extensions.push({ name: 'basicConstraints', cA: false });
    extensions.push({ name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true });
    const eku = spec.extendedKeyUsage ?? ['serverAuth'];
    if (eku !== false)
      extensions.push({ id: '2.5.29.37', value: sequenceOfOids(eku.map((u) => EKU_OIDS[u] ?? u)) });
  }
  if (spec.isCa && spec.extendedKeyUsage) {
    extensions.push({
      id: '2.5.29.37',
      value: sequenceOfOids(spec.extendedKeyUsage.map((u) => EKU_OIDS[u] ?? u)),
    });
  }
  const altNames = [
    ...(spec.dnsNames ?? []).map((value) => ({ type: 2, value })),
    ...(spec.ipAddresses ?? []).map((ip) => ({ type: 7, ip })),
  ];
  if (altNames.length > 0) extensions.push({ name: 'subjectAltName', altNames });
  extensions.push({ id: '2.5.29.14', value: octetString(keyId) });
  if (spec.issuer) extensions.push({ id: '2.5.29.35', value: authorityKeyId(spec.issuer.keyId) });
  if (spec.caIssuersUrl) extensions.push({ id: '1.3.6.1.5.5.7.1.1', value: caIssuers(spec.caIssuersUrl) });
  if (spec.embeddedScts && spec.embeddedScts > 0) {
    extensions.push({ id: '1.3.6.1.4.1.11129.2.4.2', value: octetString(fakeSctList(spec.embeddedScts)) });
  }
  return extensions;
}

function algorithmIdentifier(oid: string, withNullParameters: boolean): forge.asn1.Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(oid).getBytes()),
    ...(withNullParameters ? [asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '')] : []),
  ]);
}

function sequenceOfOids(oids: readonly string[]): string {
  const seq = asn1.create(
    asn1.Class.UNIVERSAL,
    asn1.Type.SEQUENCE,
    true,
    oids.map((oid) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(oid).getBytes())),
  );
  return asn1.toDer(seq).getBytes();
}

function octetString(bytes: Buffer): string {
  return asn1
    .toDer(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes.toString('binary')))
    .getBytes();
}

function authorityKeyId(keyId: Buffer): string {
  const seq = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, false, keyId.toString('binary')),
  ]);
  return asn1.toDer(seq).getBytes();
}

function caIssuers(url: string): string {
  const seq = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer('1.3.6.1.5.5.7.48.2').getBytes()),
      asn1.create(asn1.Class.CONTEXT_SPECIFIC, 6, false, url),
    ]),
  ]);
  return asn1.toDer(seq).getBytes();
}

/** A SignedCertificateTimestampList (RFC 6962 §3.3) of `count` well-formed but unsigned SCTs from distinct logs. */
function fakeSctList(count: number): Buffer {
  const scts = Array.from({ length: count }, (_, i) => {
    const sct = Buffer.concat([
      Buffer.from([0]), // v1
      createHash('sha256').update(`test log ${i}`).digest(), // log id
      Buffer.alloc(8), // timestamp
      Buffer.from([0, 0]), // no extensions
      Buffer.from([4, 3, 0, 4]), // sha256/ecdsa, 4-byte signature
      Buffer.from([1, 2, 3, 4]),
    ]);
    const length = Buffer.alloc(2);
    length.writeUInt16BE(sct.length);
    return Buffer.concat([length, sct]);
  });
  const body = Buffer.concat(scts);
  const total = Buffer.alloc(2);
  total.writeUInt16BE(body.length);
  return Buffer.concat([total, body]);
}

/** The BIT STRING contents of a SubjectPublicKeyInfo (what the subject key identifier hashes, RFC 5280 §4.2.1.2). */
function subjectPublicKeyBits(spki: Buffer): Buffer {
  const bits = children(readTlv(spki))[1];
  if (!bits) throw new Error('SubjectPublicKeyInfo without a key');
  return bits.value.subarray(1);
}

/** forge's parser, told to keep BIT STRING contents as bytes so that re-encoding reproduces them exactly. */
function fromDerRaw(der: Buffer): forge.asn1.Asn1 {
  const fromDer = asn1.fromDer as unknown as (bytes: string, options: object) => forge.asn1.Asn1;
  return fromDer(der.toString('binary'), { strict: true, decodeBitStrings: false });
}
