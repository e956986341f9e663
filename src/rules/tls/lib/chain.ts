import type { ChainSource } from '../../../probe/observation.js';
import { isIssuedBy, tryParseCertificate, type ParsedCertificate } from './certificate.js';
import type { TrustAnchor, TrustStore } from './trust-store.js';

/** How the path from the leaf ended. */
export type PathEnd =
  /** At a trusted root (bundled or from the extra CA file). */
  | 'trusted'
  /** The leaf signs itself and is not a trusted root. */
  | 'self-signed-leaf'
  /** At a self-signed root the server sent that no trust store holds. */
  | 'untrusted-root'
  /** At a certificate whose issuer was neither sent nor a trusted root. */
  | 'missing-issuer'
  /** The path went on longer than any real chain (a loop of cross-signatures). */
  | 'too-long';

export interface ChainAnalysis {
  readonly source: ChainSource;
  /** The certificates in the order received; unreadable ones are counted in `unreadable`. */
  readonly sent: readonly ParsedCertificate[];
  readonly unreadable: readonly { readonly position: number; readonly error: string }[];
  readonly leaf: ParsedCertificate;
  /** Leaf first, then each issuer, using only certificates the server sent. */
  readonly path: readonly ParsedCertificate[];
  readonly end: PathEnd;
  /** The trusted root the path ends at (`end` is `trusted`). */
  readonly anchor?: TrustAnchor;
  /** The last certificate of the path, whose issuer is missing (`end` is `missing-issuer`). */
  readonly stuckAt?: ParsedCertificate;
  /** Certificates the server sent that are not on the path (and are not the path's root). */
  readonly extra: readonly ParsedCertificate[];
  /** The sent order differs from leaf, issuer, issuer's issuer… */
  readonly outOfOrder: boolean;
}

const MAX_PATH = 10;

/**
 * Builds the path from the leaf to a trusted root using only what the server sent and the trust store, in any
 * order the server sent it: the way a client that never fetches intermediates (Android) validates.
 */
export function analyzeChain(
  source: ChainSource,
  certificates: readonly Buffer[],
  trust: TrustStore,
): ChainAnalysis | undefined {
  const sent: ParsedCertificate[] = [];
  const unreadable: { position: number; error: string }[] = [];
  certificates.forEach((der, index) => {
    const parsed = tryParseCertificate(der);
    if ('error' in parsed) unreadable.push({ position: index + 1, error: parsed.error });
    else sent.push(parsed);
  });
  const leaf = sent[0];
  if (!leaf || unreadable.some((u) => u.position === 1)) return undefined;

  const path: ParsedCertificate[] = [leaf];
  const used = new Set<ParsedCertificate>([leaf]);
  let end: PathEnd = 'too-long';
  let anchor: TrustAnchor | undefined;
  let stuckAt: ParsedCertificate | undefined;
  while (path.length <= MAX_PATH) {
    const current = path[path.length - 1]!;
    // A sent root (or a cross-signed copy of one) that matches a trusted key ends the path there.
    const same = current === leaf ? undefined : safeMatch(trust, current);
    if (same) {
      end = 'trusted';
      anchor = same;
      break;
    }
    const sentIssuer = sent.find((c) => !used.has(c) && isIssuedBy(current.x509, c.x509));
    if (sentIssuer && safeMatch(trust, sentIssuer)) {
      used.add(sentIssuer);
      path.push(sentIssuer);
      continue;
    }
    const storeIssuer = trust.findIssuer(current.x509);
    if (storeIssuer) {
      end = 'trusted';
      anchor = storeIssuer;
      break;
    }
    if (current.selfSigned) {
      end = current === leaf ? 'self-signed-leaf' : 'untrusted-root';
      break;
    }
    if (sentIssuer) {
      used.add(sentIssuer);
      path.push(sentIssuer);
      continue;
    }
    end = 'missing-issuer';
    stuckAt = current;
    break;
  }

  const extra = sent.filter((c) => !used.has(c) && !(anchor && safeMatch(trust, c) === anchor));
  const outOfOrder = path.some((c, i) => sent[i] !== c);
  return {
    source,
    sent,
    unreadable,
    leaf,
    path,
    end,
    ...(anchor ? { anchor } : {}),
    ...(stuckAt ? { stuckAt } : {}),
    extra,
    outOfOrder,
  };
}

function safeMatch(trust: TrustStore, cert: ParsedCertificate): TrustAnchor | undefined {
  try {
    return trust.matchAnchor(cert.x509);
  } catch {
    return undefined;
  }
}

/** The certificates of the path the server is responsible for: the leaf and the intermediates it sent. */
export function servedPath(chain: ChainAnalysis): readonly ParsedCertificate[] {
  return chain.path.filter((c, i) => i === 0 || !c.selfSigned);
}
