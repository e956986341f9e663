import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';

/**
 * Host facts shared by the whitelist validator and the endpoint rules. Pure string work: nothing here resolves
 * a name or opens a socket.
 */

/**
 * Lower-case, punycode (IDN), no trailing dot, IPv6 without brackets; IPv4 in dotted-decimal even when written as
 * `127.1` or `0x7f000001` (the WHATWG host parser's reading, which is also how a runtime would read it).
 * Returns `undefined` for text that is not a host at all.
 */
export function normaliseHost(raw: string): string | undefined {
  let host = raw.trim();
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (isIP(host) === 6) return host.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host === '') return undefined;
  const ascii = domainToASCII(host);
  if (ascii === '') return undefined;
  return ascii.toLowerCase();
}

export type IpKind = 'loopback' | 'unspecified' | 'private' | 'link-local' | 'public';

/** The kind of an IP literal, or `undefined` when the host is a name. */
export function ipKind(host: string): IpKind | undefined {
  const version = isIP(host);
  if (version === 4) return ipv4Kind(host.split('.').map(Number));
  if (version === 6) return ipv6Kind(host.toLowerCase());
  return undefined;
}

function ipv4Kind(octets: readonly number[]): IpKind {
  const [a = 0, b = 0] = octets;
  if (a === 127) return 'loopback';
  if (octets.every((o) => o === 0)) return 'unspecified';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  // Carrier-grade NAT space is not reachable from the internet either.
  if (a === 100 && b >= 64 && b <= 127) return 'private';
  if (a === 169 && b === 254) return 'link-local';
  return 'public';
}

function ipv6Kind(host: string): IpKind {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host);
  if (mapped?.[1]) return ipv4Kind(mapped[1].split('.').map(Number));
  const groups = expandIpv6(host);
  if (groups.every((g) => g === 0)) return 'unspecified';
  if (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1) return 'loopback';
  const first = groups[0] ?? 0;
  if ((first & 0xfe00) === 0xfc00) return 'private'; // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80) return 'link-local'; // fe80::/10
  return 'public';
}

/** Eight 16-bit groups of a valid IPv6 literal (an embedded IPv4 tail becomes two groups). */
function expandIpv6(host: string): number[] {
  let text = host.split('%')[0] ?? host;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [o1, o2, o3, o4] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((o1 << 8) | o2).toString(16)}:${((o3 << 8) | o4).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const zeros = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<number>(Math.max(0, zeros)).fill(0), ...right];
}

/** `localhost` and every name under it (RFC 6761 reserves `*.localhost` for loopback). */
export function isLocalhostName(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost');
}

/**
 * A host that points at the device itself: localhost names, loopback and unspecified addresses. The platforms
 * refuse these outright (platform-rules.md §1.1: "不允许与本机 IP 通信", no localhost).
 */
export function isSelfHost(host: string): boolean {
  if (isLocalhostName(host)) return true;
  const kind = ipKind(host);
  return kind === 'loopback' || kind === 'unspecified';
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * A host name the consoles could take: dot-separated LDH labels (punycode allowed), at least two labels, a
 * non-numeric top-level label, at most 253 characters. Run on a normalised host.
 */
export function isValidDomainName(host: string): boolean {
  if (host.length > 253) return false;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((label) => LABEL.test(label))) return false;
  return !/^\d+$/.test(labels[labels.length - 1] ?? '');
}

/**
 * Second-level labels that country-code registries sell under (`example.com.cn`, `example.co.uk`). Alipay
 * matches by "一级域名" (platform-rules.md §2.1); without the full Public Suffix List this covers the common
 * cases and errs towards the shorter, looser domain only for unusual suffixes.
 */
const GENERIC_SECOND_LEVEL = new Set(['com', 'net', 'org', 'gov', 'edu', 'ac', 'co', 'ne', 'or', 'go']);

/** The registrable ("first-level") domain of a host name, e.g. `a.b.example.com.cn` → `example.com.cn`. */
export function registrableDomain(host: string): string {
  if (isIP(host)) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const tld = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const take = tld.length === 2 && GENERIC_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** True when `child` is a proper subdomain of `parent` (`api.example.com` under `example.com`). */
export function isSubdomainOf(child: string, parent: string): boolean {
  return child.length > parent.length && child.endsWith(`.${parent}`);
}
