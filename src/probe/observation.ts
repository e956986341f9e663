import type { ConsoleList } from '../model/lists.js';
import type { VerifyFile } from '../model/whitelist.js';

/**
 * What the probe saw, as plain immutable JSON-serialisable data (sslyze's shape: observe first, judge offline).
 * Nothing here is a verdict: the rules in src/rules/tls judge it. A failure is data with a typed reason.
 */

/** Why a network step did not complete. */
export type FailureReason =
  /** DNS gave no address (NXDOMAIN, no A/AAAA record, resolver failure). */
  | 'no-address'
  /** Every address was refused by the server-side request forgery guard (loopback, private, metadata…). */
  | 'private-address'
  /** TCP connection refused (RST to SYN). */
  | 'refused'
  /** No route to the host or network. */
  | 'unreachable'
  /** The per-host deadline passed before this step finished. */
  | 'timed-out'
  /** The peer reset the connection (RST) during the exchange. */
  | 'reset'
  /** The peer closed the connection (FIN) before the exchange finished. */
  | 'closed'
  /** The peer sent a TLS alert; `alert` names it (e.g. `protocol_version`, `handshake_failure`). */
  | 'tls-alert'
  /** The peer's bytes are not the TLS (or HTTP) the client expected, or the versions did not overlap. */
  | 'protocol-error';

export interface Failure {
  readonly reason: FailureReason;
  /** Where it happened: DNS, the TCP connection, the TLS handshake, or the HTTP exchange. */
  readonly stage?: 'dns' | 'connect' | 'tls' | 'http';
  /** TLS alert name from RFC 8446 §6 when `reason` is `tls-alert`. */
  readonly alert?: string;
  /** The low-level code or message (e.g. `ECONNREFUSED`, `ERR_SSL_WRONG_VERSION_NUMBER`, `ENOTFOUND`). */
  readonly detail?: string;
}

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Why the forgery guard refused an address. */
export type AddressCategory =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'multicast'
  | 'unspecified'
  | 'metadata'
  | 'reserved'
  | 'unique-local'
  | 'broadcast'
  | 'documentation';

export interface RefusedAddress {
  readonly address: string;
  readonly category: AddressCategory;
}

export interface DnsObservation {
  /** `dns`: A and AAAA lookups; `resolve-option`: `--resolve` mapped it; `literal`: the host is an IP address. */
  readonly source: 'dns' | 'resolve-option' | 'literal';
  readonly addresses: readonly ResolvedAddress[];
  /** Addresses the guard refused (never for `resolve-option`, which allows private addresses explicitly). */
  readonly refused: readonly RefusedAddress[];
  /** Set when no address came back. */
  readonly failure?: Failure;
  readonly durationMs: number;
}

/** The handshakes the probe makes; each is one connection. */
export type HandshakeKind =
  /** TLS 1.2 only, a broad cipher list (what an old Android offers): protocol support and the chain as sent. */
  | 'tls12'
  /** TLS 1.3 only. */
  | 'tls13'
  /** TLS 1.0–1.1 with security level 0: is a legacy version still accepted? */
  | 'legacy'
  /** TLS 1.0 only, made when `legacy` negotiated TLS 1.1 (to know both). */
  | 'tls10'
  /** TLS 1.2 offering only Apple's ATS suites, made when `tls12` negotiated another suite. */
  | 'ats';

export interface KeyExchange {
  /** `ECDH`, `DH`, `TLSGroup`…, as OpenSSL reports the ephemeral key; absent for static RSA key exchange. */
  readonly type?: string;
  /** Group or curve, e.g. `X25519`, `prime256v1`, `X25519MLKEM768`. */
  readonly name?: string;
  readonly size?: number;
}

/** Where a certificate list came from. */
export type ChainSource =
  /** Read from the TLS 1.2 Certificate message in the clear: exactly what the server sent, in its order. */
  | 'as-sent'
  /** Read from the TLS 1.3 Certificate message after decrypting the handshake with the session keys. */
  | 'as-sent-decrypted'
  /** Rebuilt by Node from issuer links (TLS 1.3 fallback): order and completeness are not the server's. */
  | 'rebuilt';

export interface ObservedChain {
  readonly source: ChainSource;
  /** DER, base64, in the order of `source`. */
  readonly certificates: readonly string[];
}

export interface HandshakeAttempt {
  readonly kind: HandshakeKind;
  readonly offered: { readonly minVersion: string; readonly maxVersion: string; readonly ciphers?: string };
  readonly ok: boolean;
  /** Negotiated protocol, e.g. `TLSv1.2`. */
  readonly protocol?: string;
  /** OpenSSL and IANA names of the negotiated suite. */
  readonly cipher?: { readonly name: string; readonly standardName: string };
  readonly keyExchange?: KeyExchange;
  readonly alpn?: string;
  /** Node's own verdict against its bundled roots (plus the extra CA), kept for reference only. */
  readonly authorized?: boolean;
  readonly authorizationError?: string;
  readonly chain?: ObservedChain;
  readonly failure?: Failure;
  readonly durationMs: number;
}

export interface HttpObservation {
  readonly url: string;
  readonly status?: number;
  /** The Location header, as sent. */
  readonly location?: string;
  /** The Strict-Transport-Security header, as sent, when present. */
  readonly hsts?: string;
  readonly failure?: Failure;
}

export interface VerifyFileObservation {
  readonly url: string;
  readonly file: VerifyFile;
  readonly status?: number;
  readonly location?: string;
  /** The body, trimmed and cut to a few hundred characters (what the report quotes). */
  readonly bodyExcerpt?: string;
  /** When the whitelist gives the expected content: does the trimmed body equal it? */
  readonly contentMatches?: boolean;
  readonly failure?: Failure;
}

/** Everything the probe saw about one host:port. */
export interface HostObservation {
  readonly target: string;
  readonly host: string;
  readonly port: number;
  readonly lists: readonly ConsoleList[];
  readonly startedAt: string;
  readonly durationMs: number;
  readonly dns: DnsObservation;
  /** The checked address every connection went to. */
  readonly address?: string;
  /** Set when no TCP connection could be made at all (the handshakes then carry the same failure). */
  readonly connectFailure?: Failure;
  readonly handshakes: readonly HandshakeAttempt[];
  /** `undefined`: no HTTP request was due (not an HTTPS list, or no handshake succeeded). */
  readonly http?: HttpObservation;
  readonly verifyFile?: VerifyFileObservation;
  /** True when the per-host deadline cut something short. */
  readonly deadlineExceeded: boolean;
}

/** Freezes an observation and everything in it, so a rule cannot change what another rule sees. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The handshake of a kind, when it was made. */
export function handshakeOf(obs: HostObservation, kind: HandshakeKind): HandshakeAttempt | undefined {
  return obs.handshakes.find((h) => h.kind === kind);
}

/**
 * The chain to judge: the TLS 1.2 chain as sent when there is one, else the TLS 1.3 one (decrypted or rebuilt),
 * else the legacy one (a server that only speaks TLS 1.0/1.1).
 */
export function chainToJudge(obs: HostObservation): ObservedChain | undefined {
  return (
    handshakeOf(obs, 'tls12')?.chain ?? handshakeOf(obs, 'tls13')?.chain ?? handshakeOf(obs, 'legacy')?.chain
  );
}
