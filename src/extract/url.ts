import { domainToASCII } from 'node:url';
import type { UnresolvedReason } from '../model/endpoint.js';
import type { SourceLocation } from '../model/location.js';
import { isHolePart, type Candidate, type Hole } from './value.js';

/** What one string candidate at an API call turns out to be. */
export type UrlAnalysis =
  | {
      readonly kind: 'endpoint';
      readonly url: string;
      readonly scheme: string;
      readonly host: string;
      readonly port?: number;
      readonly origin: string;
      /** Where the host is written. */
      readonly hostLoc?: SourceLocation;
      /** Parameters of project functions the URL still depends on (see js/visit.ts). */
      readonly paramOf: readonly string[];
    }
  | {
      readonly kind: 'unresolved';
      readonly reason: UnresolvedReason;
      readonly text: string;
      readonly paramOf: readonly string[];
    }
  /** Not a network endpoint at all: `cloud://` ids, data URLs, local temp files. */
  | { readonly kind: 'ignored' };

/** Schemes that never reach a server-domain list. */
const LOCAL_SCHEMES = new Set([
  'cloud',
  'data',
  'blob',
  'wxfile',
  'ttfile',
  'bdfile',
  'qqfile',
  'file',
  'javascript',
  'about',
  'mailto',
  'tel',
]);

/** WeChat's devtools expose local files as `http://tmp/…`, `http://usr/…`, `http://store/…`. */
const LOCAL_HTTP_HOSTS = new Set(['tmp', 'usr', 'store']);

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** Renders a candidate: known text as is, holes as `${label}`. */
export function renderCandidate(c: Candidate): string {
  return c.parts.map((p) => (isHolePart(p) ? '${' + p.hole.label + '}' : p.text)).join('');
}

function paramHoles(c: Candidate): string[] {
  const out: string[] = [];
  for (const p of c.parts) if (isHolePart(p) && p.hole.paramOf !== undefined) out.push(p.hole.paramOf);
  return out;
}

/** The known text before the first hole, the hole that ends it, and where each character was written. */
function knownPrefix(c: Candidate): {
  text: string;
  next?: Hole;
  locAt: (offset: number) => SourceLocation | undefined;
} {
  let text = '';
  const spans: { start: number; loc?: SourceLocation }[] = [];
  let next: Hole | undefined;
  for (const p of c.parts) {
    if (isHolePart(p)) {
      next = p.hole;
      break;
    }
    spans.push({ start: text.length, loc: p.loc });
    text += p.text;
  }
  const locAt = (offset: number): SourceLocation | undefined => {
    let found: SourceLocation | undefined;
    for (const s of spans) if (s.start <= offset) found = s.loc;
    return found;
  };
  return next === undefined ? { text, locAt } : { text, next, locAt };
}

/** A host is taken as complete before a hole only when it already ends in a plausible top-level label. */
function looksComplete(authority: string): boolean {
  return (
    /\.[a-z]{2,63}\.?$/i.test(authority) ||
    /:\d{1,5}$/.test(authority) ||
    /^\[[0-9a-f:.]+\]$/i.test(authority)
  );
}

export interface HostPort {
  readonly host: string;
  readonly port?: number;
}

/** Splits an authority (`user@host:port`) into a normalised host (lower case, punycode, IPv6 unbracketed). */
export function parseAuthority(authority: string): HostPort | undefined {
  const at = authority.lastIndexOf('@');
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  let rawHost: string;
  let rawPort: string | undefined;
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close < 0) return undefined;
    rawHost = hostPort.slice(1, close);
    const rest = hostPort.slice(close + 1);
    if (rest !== '' && !rest.startsWith(':')) return undefined;
    rawPort = rest === '' ? undefined : rest.slice(1);
    if (!/^[0-9a-f:.]+$/i.test(rawHost)) return undefined;
  } else {
    const colon = hostPort.lastIndexOf(':');
    rawHost = colon >= 0 ? hostPort.slice(0, colon) : hostPort;
    rawPort = colon >= 0 ? hostPort.slice(colon + 1) : undefined;
  }
  const host = normaliseHost(rawHost);
  if (host === undefined) return undefined;
  if (rawPort === undefined) return { host };
  if (!/^\d{1,5}$/.test(rawPort)) return undefined;
  const port = Number(rawPort);
  if (port > 65535) return undefined;
  return { host, port };
}

/** Lower case and punycode; `undefined` when the text cannot be a host name. */
export function normaliseHost(raw: string): string | undefined {
  const trimmed = raw.trim().replace(/\.$/, '');
  if (trimmed === '') return undefined;
  if (trimmed.includes(':')) return /^[0-9a-f:.]+$/i.test(trimmed) ? trimmed.toLowerCase() : undefined;
  const ascii = domainToASCII(trimmed);
  return ascii === '' ? undefined : ascii.toLowerCase();
}

export function formatOrigin(scheme: string, host: string, port?: number): string {
  const h = host.includes(':') ? `[${host}]` : host;
  return port === undefined ? `${scheme}://${h}` : `${scheme}://${h}:${port}`;
}

/** Classifies one URL candidate used by a network API. */
export function analyseUrl(c: Candidate): UrlAnalysis {
  const rendered = renderCandidate(c).trim();
  const paramOf = paramHoles(c);
  const prefix = knownPrefix(c);
  const lead = prefix.text.length - prefix.text.trimStart().length;
  const text = prefix.text.slice(lead);
  const unresolved = (reason: UnresolvedReason): UrlAnalysis => ({
    kind: 'unresolved',
    reason,
    text: rendered,
    paramOf,
  });
  const holeReason = prefix.next?.reason ?? 'runtime-value';

  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    if (prefix.next === undefined && text.trim() === '') return { kind: 'ignored' };
    // A hole before any scheme: the whole URL (or its start) is only known at run time.
    if (text === '' || !/[/:?#]/.test(text)) return unresolved(holeReason);
    // A relative path: some other code adds the base at run time.
    return unresolved(prefix.next ? holeReason : 'runtime-value');
  }
  if (LOCAL_SCHEMES.has(scheme)) return { kind: 'ignored' };
  const afterScheme = text.slice(scheme.length + 1);
  if (!afterScheme.startsWith('//')) {
    return afterScheme === '' && prefix.next ? unresolved(holeReason) : { kind: 'ignored' };
  }
  const rest = afterScheme.slice(2);
  const end = rest.search(/[/?#\\]/);
  const authority = end >= 0 ? rest.slice(0, end) : rest;
  if (end < 0 && prefix.next !== undefined && !looksComplete(authority)) return unresolved(holeReason);
  const hp = parseAuthority(authority);
  if (hp === undefined) return unresolved(prefix.next && authority === '' ? holeReason : 'too-complex');
  if ((scheme === 'http' || scheme === 'https') && LOCAL_HTTP_HOSTS.has(hp.host)) return { kind: 'ignored' };
  const hostOffset = lead + scheme.length + 3 + (authority.lastIndexOf('@') + 1);
  const hostLoc = prefix.locAt(hostOffset);
  return {
    kind: 'endpoint',
    url: rendered,
    scheme,
    host: hp.host,
    ...(hp.port === undefined ? {} : { port: hp.port }),
    origin: formatOrigin(scheme, hp.host, hp.port),
    ...(hostLoc ? { hostLoc } : {}),
    paramOf,
  };
}
