/**
 * Splits a whitelist entry or URL into scheme, user info, host, port and the rest, without judging any part.
 * Written by hand rather than with WHATWG `URL` because `URL` treats udp:// and tcp:// hosts as opaque (no
 * lower-casing, no punycode) and silently drops a default port, which is exactly what the console does not do.
 */
export interface OriginParts {
  /** Lower-case, without `://`; `undefined` when the text has no `scheme://`. */
  readonly scheme: string | undefined;
  readonly userinfo: string | undefined;
  /** As written (brackets of an IPv6 literal removed). */
  readonly host: string;
  /** The digits (or junk) after the host's `:`, as written; `undefined` when there is no `:`. */
  readonly port: string | undefined;
  /** Path, query and fragment as written (`''` when none). */
  readonly rest: string;
}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//;
const AUTHORITY_END = /[/?#\\]/;

export function splitOrigin(text: string): OriginParts {
  const match = SCHEME.exec(text);
  const scheme = match?.[1]?.toLowerCase();
  const afterScheme = match ? text.slice(match[0].length) : text;
  const end = afterScheme.search(AUTHORITY_END);
  const authority = end === -1 ? afterScheme : afterScheme.slice(0, end);
  const rest = end === -1 ? '' : afterScheme.slice(end);
  const at = authority.lastIndexOf('@');
  const userinfo = at === -1 ? undefined : authority.slice(0, at);
  const hostPort = at === -1 ? authority : authority.slice(at + 1);
  const { host, port } = splitHostPort(hostPort);
  return { scheme, userinfo, host, port, rest };
}

function splitHostPort(text: string): { host: string; port: string | undefined } {
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close !== -1) {
      const after = text.slice(close + 1);
      return { host: text.slice(1, close), port: after.startsWith(':') ? after.slice(1) : undefined };
    }
  }
  const colons = text.split(':').length - 1;
  // Two or more colons without brackets: an unbracketed IPv6 literal, kept whole so it is reported as an IP.
  if (colons !== 1) return { host: text, port: undefined };
  const colon = text.indexOf(':');
  return { host: text.slice(0, colon), port: text.slice(colon + 1) };
}

/** A port as written: a whole number from 1 to 65535 without sign or spaces, else `undefined`. */
export function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
}

/** `scheme://host[:port]`, with IPv6 hosts bracketed. */
export function formatOrigin(scheme: string, host: string, port?: number): string {
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return port === undefined ? `${scheme}://${shownHost}` : `${scheme}://${shownHost}:${port}`;
}
