import type { Endpoint, UnresolvedCall } from '../model/endpoint.js';
import type { ConsoleList } from '../model/lists.js';
import type { SourceLocation } from '../model/location.js';
import { analyseUrl, formatOrigin, normaliseHost, renderCandidate } from './url.js';
import { isHolePart, knownTexts, toCandidates, type Candidate, type Value } from './value.js';

/**
 * What the extractor found at one use site, before the project-wide decision about wrappers: a fact that
 * still depends on a parameter of a project function (`paramOf`) is dropped when that function was followed
 * from a call site elsewhere (the call sites then carry the endpoint).
 */
export type Fact =
  | { readonly kind: 'endpoint'; readonly endpoint: Endpoint; readonly paramOf: readonly string[] }
  | { readonly kind: 'unresolved'; readonly call: UnresolvedCall; readonly paramOf: readonly string[] };

export interface UseSite {
  readonly api: string;
  readonly list: ConsoleList;
  readonly site: SourceLocation;
  /** Inside a followed call, only what flowed in through the arguments belongs to this call site. */
  readonly onlyViaArg: boolean;
  /** For `getImageInfo`: a run-time `src` that names a local file is not a network image. */
  readonly localFileHint?: boolean;
}

const MAX_EXPRESSION = 120;

function clip(text: string): string {
  return text.length > MAX_EXPRESSION ? `${text.slice(0, MAX_EXPRESSION - 1)}…` : text;
}

function definedAtFor(site: SourceLocation, loc: SourceLocation | undefined): SourceLocation | undefined {
  if (loc === undefined) return undefined;
  return loc.file !== site.file || loc.line !== site.line ? loc : undefined;
}

const LOCAL_FILE_LABEL = /temp|filePath|tempFilePath|\.path\b|localPath|USER_DATA_PATH/i;

/** Endpoints and unresolved calls for a URL value used by an API. */
export function urlFacts(use: UseSite, value: Value): Fact[] {
  const facts: Fact[] = [];
  for (const c of toCandidates(value)) {
    if (use.onlyViaArg && !c.viaArg) continue;
    const a = analyseUrl(c);
    if (a.kind === 'ignored') continue;
    if (a.kind === 'unresolved') {
      if (use.localFileHint && LOCAL_FILE_LABEL.test(a.text)) continue;
      facts.push({ kind: 'unresolved', call: unresolved(use, a.text, a.reason), paramOf: a.paramOf });
      continue;
    }
    const definedAt = definedAtFor(use.site, a.hostLoc);
    const endpoint: Endpoint = {
      url: a.url,
      origin: a.origin,
      scheme: a.scheme,
      host: a.host,
      ...(a.port === undefined ? {} : { port: a.port }),
      list: use.list,
      api: use.api,
      file: use.site.file,
      line: use.site.line,
      ...(use.site.column === undefined ? {} : { column: use.site.column }),
      ...(definedAt ? { definedAt } : {}),
    };
    facts.push({ kind: 'endpoint', endpoint, paramOf: a.paramOf });
  }
  return facts;
}

function unresolved(use: UseSite, text: string, reason: UnresolvedCall['reason']): UnresolvedCall {
  return {
    api: use.api,
    list: use.list,
    file: use.site.file,
    line: use.site.line,
    ...(use.site.column === undefined ? {} : { column: use.site.column }),
    expression: clip(text === '' ? '…' : text),
    reason,
  };
}

function firstLoc(c: Candidate): SourceLocation | undefined {
  for (const p of c.parts) if (!isHolePart(p) && p.loc) return p.loc;
  return undefined;
}

function paramHoles(c: Candidate): string[] {
  return c.parts.flatMap((p) => (isHolePart(p) && p.hole.paramOf !== undefined ? [p.hole.paramOf] : []));
}

/**
 * A UDP or TCP endpoint: `send({address, port})` / `connect({address, port})` name a host, not a URL.
 * The console entry is `udp://host` / `tcp://host`; the port is kept when written.
 */
export function socketFacts(use: UseSite, protocol: 'udp' | 'tcp', address: Value, port: Value): Fact[] {
  const facts: Fact[] = [];
  const ports = knownTexts(port);
  const portNumber =
    ports?.length === 1 && /^\d{1,5}$/.test((ports[0] as string).trim()) ? Number(ports[0]) : undefined;
  const validPort = portNumber !== undefined && portNumber <= 65535 ? portNumber : undefined;
  for (const c of toCandidates(address)) {
    if (use.onlyViaArg && !c.viaArg && !port.viaArg) continue;
    const text = renderCandidate(c).trim();
    const paramOf = paramHoles(c);
    const hasHole = c.parts.some(isHolePart);
    const host = hasHole ? undefined : normaliseHost(text.replace(/^\[|\]$/g, ''));
    if (host === undefined) {
      const reason = c.parts.find(isHolePart)?.hole.reason ?? 'too-complex';
      facts.push({
        kind: 'unresolved',
        call: unresolved(use, text, hasHole ? reason : 'too-complex'),
        paramOf,
      });
      continue;
    }
    const origin = formatOrigin(protocol, host);
    const definedAt = definedAtFor(use.site, firstLoc(c));
    const endpoint: Endpoint = {
      url: validPort === undefined ? origin : `${origin}:${validPort}`,
      origin,
      scheme: protocol,
      host,
      ...(validPort === undefined ? {} : { port: validPort }),
      list: protocol,
      api: use.api,
      file: use.site.file,
      line: use.site.line,
      ...(use.site.column === undefined ? {} : { column: use.site.column }),
      ...(definedAt ? { definedAt } : {}),
    };
    facts.push({ kind: 'endpoint', endpoint, paramOf });
  }
  return facts;
}
