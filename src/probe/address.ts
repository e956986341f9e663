import { isIPv4, isIPv6 } from 'node:net';
import type { AddressCategory } from './observation.js';

/**
 * The server-side request forgery guard. Hosts come from pull requests, so the probe must not be steered into
 * the runner's own network: loopback, private and link-local ranges, CGNAT, multicast, cloud metadata endpoints,
 * and every IPv6 form that embeds one of those IPv4 addresses (mapped, compatible, NAT64, 6to4) are refused.
 */

type Range4 = readonly [base: number, prefix: number, category: AddressCategory];

// Order matters: the first match wins, so single addresses come before the ranges that contain them.
const IPV4_RANGES: readonly Range4[] = [
  [ipv4ToInt('169.254.169.254'), 32, 'metadata'], // AWS, GCP, Azure IMDS, OpenStack
  [ipv4ToInt('168.63.129.16'), 32, 'metadata'], // Azure platform endpoint (GitHub-hosted runners run on Azure)
  [ipv4ToInt('100.100.100.200'), 32, 'metadata'], // Alibaba Cloud
  [ipv4ToInt('0.0.0.0'), 8, 'unspecified'],
  [ipv4ToInt('10.0.0.0'), 8, 'private'],
  [ipv4ToInt('100.64.0.0'), 10, 'cgnat'],
  [ipv4ToInt('127.0.0.0'), 8, 'loopback'],
  [ipv4ToInt('169.254.0.0'), 16, 'link-local'],
  [ipv4ToInt('172.16.0.0'), 12, 'private'],
  [ipv4ToInt('192.0.0.0'), 24, 'reserved'],
  [ipv4ToInt('192.0.2.0'), 24, 'documentation'],
  [ipv4ToInt('192.168.0.0'), 16, 'private'],
  [ipv4ToInt('198.18.0.0'), 15, 'reserved'],
  [ipv4ToInt('198.51.100.0'), 24, 'documentation'],
  [ipv4ToInt('203.0.113.0'), 24, 'documentation'],
  [ipv4ToInt('224.0.0.0'), 4, 'multicast'],
  [ipv4ToInt('255.255.255.255'), 32, 'broadcast'],
  [ipv4ToInt('240.0.0.0'), 4, 'reserved'],
];

/** Returns why an address must not be connected to, or `undefined` when it is a public unicast address. */
export function classifyAddress(address: string): AddressCategory | undefined {
  const bare = stripBrackets(address);
  if (isIPv4(bare)) return classifyIPv4(ipv4ToInt(bare));
  if (isIPv6(bare)) return classifyIPv6(parseIPv6(bare));
  // Not an IP address at all: never connect to it blindly.
  return 'reserved';
}

export function isIpAddress(host: string): boolean {
  const bare = stripBrackets(host);
  return isIPv4(bare) || isIPv6(bare);
}

export function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function classifyIPv4(value: number): AddressCategory | undefined {
  for (const [base, prefix, category] of IPV4_RANGES) {
    if (prefix === 0 || value >>> (32 - prefix) === base >>> (32 - prefix)) return category;
  }
  return undefined;
}

function classifyIPv6(groups: readonly number[]): AddressCategory | undefined {
  const g = (i: number): number => groups[i] ?? 0;
  const zeroUpTo = (n: number): boolean => groups.slice(0, n).every((x) => x === 0);
  const embedded = (hi: number, lo: number): number => ((hi << 16) | lo) >>> 0;

  if (zeroUpTo(8)) return 'unspecified';
  if (zeroUpTo(7) && g(7) === 1) return 'loopback';
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated): judge the IPv4 address inside.
  if (zeroUpTo(5) && (g(5) === 0xffff || g(5) === 0)) return classifyIPv4(embedded(g(6), g(7)));
  // ::ffff:0:a.b.c.d (SIIT translated form).
  if (zeroUpTo(4) && g(4) === 0xffff && g(5) === 0) return classifyIPv4(embedded(g(6), g(7)));
  // 64:ff9b::/96 well-known NAT64 prefix embeds the IPv4 destination; 64:ff9b:1::/48 is for local use.
  if (g(0) === 0x64 && g(1) === 0xff9b) {
    if (groups.slice(2, 6).every((x) => x === 0)) return classifyIPv4(embedded(g(6), g(7)));
    return g(2) === 1 ? 'private' : 'reserved';
  }
  // 2002::/16 6to4 embeds an IPv4 address in bits 16–47.
  if (g(0) === 0x2002) return classifyIPv4(embedded(g(1), g(2)));
  // 2001::/32 Teredo hides the client address; no public server lives there.
  if (g(0) === 0x2001 && g(1) === 0) return 'reserved';
  if (g(0) === 0x2001 && g(1) === 0xdb8) return 'documentation';
  if (g(0) === 0xfd00 && g(1) === 0xec2 && groups.slice(2, 7).every((x) => x === 0) && g(7) === 0x254) {
    return 'metadata'; // AWS IMDS over IPv6
  }
  if ((g(0) & 0xfe00) === 0xfc00) return 'unique-local';
  if ((g(0) & 0xffc0) === 0xfe80) return 'link-local';
  if ((g(0) & 0xffc0) === 0xfec0) return 'private'; // deprecated site-local
  if ((g(0) & 0xff00) === 0xff00) return 'multicast';
  if (g(0) === 0x100 && zeroUpTo(4)) return 'reserved'; // 100::/64 discard prefix
  return undefined;
}

export function ipv4ToInt(address: string): number {
  const parts = address.split('.').map(Number);
  return (((parts[0] ?? 0) << 24) | ((parts[1] ?? 0) << 16) | ((parts[2] ?? 0) << 8) | (parts[3] ?? 0)) >>> 0;
}

/** Eight 16-bit groups of a valid IPv6 address (`isIPv6` true); a zone id is ignored. */
export function parseIPv6(address: string): number[] {
  let text = address.split('%')[0] ?? '';
  const tail: number[] = [];
  // A trailing dotted quad stands for the last two groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const v4 = ipv4ToInt(dotted[1]);
    tail.push(v4 >>> 16, v4 & 0xffff);
    text = text.slice(0, -dotted[1].length);
    if (text.endsWith(':') && !text.endsWith('::')) text = text.slice(0, -1);
  }
  const [head = '', rest] = text.split('::');
  const toGroups = (s: string): number[] => (s === '' ? [] : s.split(':').map((h) => parseInt(h, 16)));
  const left = toGroups(head);
  const right = [...toGroups(rest ?? ''), ...tail];
  if (rest === undefined) return [...left, ...right].slice(0, 8);
  const zeros = new Array<number>(Math.max(0, 8 - left.length - right.length)).fill(0);
  return [...left, ...zeros, ...right];
}
