import type { ConsoleList } from './lists.js';
import type { Finding } from './finding.js';

/** A certificate as the report shows it. Dates are ISO 8601 (UTC). */
export interface CertificateSummary {
  readonly subject: string;
  readonly issuer: string;
  readonly sans: readonly string[];
  readonly notBefore: string;
  readonly notAfter: string;
  /** Whole days from the probe's `now` to notAfter; negative when expired. */
  readonly daysLeft: number;
  /** e.g. `RSA 2048`, `EC P-256`. */
  readonly key: string;
  /** e.g. `sha256WithRSAEncryption`. */
  readonly signature: string;
  /** SHA-256 of the DER, hex. */
  readonly sha256: string;
}

/** Which protocol versions the server accepted. `undefined` when that handshake could not be tried. */
export interface ProtocolSupport {
  readonly tls10?: boolean;
  readonly tls11?: boolean;
  readonly tls12?: boolean;
  readonly tls13?: boolean;
}

/**
 * The per-host result of a probe, as every report shows it (JSON shape of `mp-domain-guard probe`).
 * `findings` are the TLS rule findings for this host.
 */
export interface HostProbeResult {
  /** The target as given (origin or host). */
  readonly target: string;
  readonly host: string;
  readonly port: number;
  /** The address that was connected to, when one was. */
  readonly address?: string;
  /** The console lists this host is used or whitelisted in. */
  readonly lists: readonly ConsoleList[];
  /** `ok` when a TLS handshake completed; otherwise the typed reason it did not. */
  readonly status: 'ok' | 'failed';
  readonly failureReason?: string;
  readonly protocols: ProtocolSupport;
  /** Negotiated on the best handshake. */
  readonly protocol?: string;
  readonly cipher?: string;
  readonly alpn?: string;
  readonly certificate?: CertificateSummary;
  /** The chain as the server sent it (leaf first as sent), summarised. */
  readonly chain?: readonly CertificateSummary[];
  /**
   * Where `chain` comes from: `as-sent` (TLS 1.2 Certificate message), `as-sent-decrypted` (TLS 1.3, decrypted
   * with the session keys) or `rebuilt` (Node's issuer walk: order and completeness are not the server's).
   */
  readonly chainSource?: 'as-sent' | 'as-sent-decrypted' | 'rebuilt';
  readonly durationMs: number;
  readonly findings: readonly Finding[];
}
