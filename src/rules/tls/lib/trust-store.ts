import { X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { isIssuedBy } from './certificate.js';

/** A root the chain may end at. `extra` roots come from `--ca-file` and are judged like public ones. */
export interface TrustAnchor {
  readonly x509: X509Certificate;
  readonly subject: string;
  readonly spki: Buffer;
  readonly origin: 'bundled' | 'extra';
}

/**
 * Node's bundled Mozilla roots (`tls.rootCertificates`) plus an optional extra CA file, indexed by subject.
 * Only what is here and what the server sent is ever used: nothing is fetched (Android does not fetch).
 */
export class TrustStore {
  private readonly bySubject = new Map<string, TrustAnchor[]>();

  private constructor(anchors: readonly TrustAnchor[]) {
    for (const anchor of anchors) {
      const list = this.bySubject.get(anchor.subject) ?? [];
      list.push(anchor);
      this.bySubject.set(anchor.subject, list);
    }
  }

  private static bundledAnchors: readonly TrustAnchor[] | undefined;

  /** Node's bundled roots, parsed once per process. */
  static bundled(): TrustStore {
    TrustStore.bundledAnchors ??= rootCertificates.flatMap((pem) => {
      try {
        return [anchorOf(new X509Certificate(pem), 'bundled')];
      } catch {
        return [];
      }
    });
    return new TrustStore(TrustStore.bundledAnchors);
  }

  /**
   * The bundled roots plus every readable certificate in `pem`. Unreadable blocks are skipped here; the CLI
   * validates the file first and reports them (src/probe/ca-file.ts).
   */
  static withExtra(pem: string | undefined): TrustStore {
    const bundled = TrustStore.bundled();
    if (pem === undefined) return bundled;
    const extra = splitPem(pem).flatMap((block) => {
      try {
        return [anchorOf(new X509Certificate(block), 'extra')];
      } catch {
        return [];
      }
    });
    return new TrustStore([...(TrustStore.bundledAnchors ?? []), ...extra]);
  }

  /** A store with only these anchors (tests, and judging against a fixed set). */
  static of(pems: readonly string[], origin: TrustAnchor['origin'] = 'extra'): TrustStore {
    return new TrustStore(pems.map((pem) => anchorOf(new X509Certificate(pem), origin)));
  }

  /** The anchor that signed `cert`, if any. */
  findIssuer(cert: X509Certificate): TrustAnchor | undefined {
    return this.bySubject.get(cert.issuer)?.find((anchor) => isIssuedBy(cert, anchor.x509));
  }

  /**
   * The anchor `cert` stands for: the same subject and public key. A server may send a root, or a cross-signed
   * copy of it; either ends the path at that trusted key.
   */
  matchAnchor(cert: X509Certificate): TrustAnchor | undefined {
    const candidates = this.bySubject.get(cert.subject);
    if (!candidates) return undefined;
    const spki = cert.publicKey.export({ type: 'spki', format: 'der' });
    return candidates.find((anchor) => anchor.spki.equals(spki));
  }
}

function anchorOf(x509: X509Certificate, origin: TrustAnchor['origin']): TrustAnchor {
  return {
    x509,
    subject: x509.subject,
    spki: x509.publicKey.export({ type: 'spki', format: 'der' }),
    origin,
  };
}

export function splitPem(text: string): string[] {
  return text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}
