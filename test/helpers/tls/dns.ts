import { isIPv4 } from 'node:net';
import type { LookupFunction } from '../../../src/probe/dns.js';

/**
 * An injected DNS: host → addresses. Unknown hosts fail like a real NXDOMAIN (`ENOTFOUND`); `hang` never answers
 * (to test the deadline). Nothing here touches the network.
 */
export function fakeLookup(records: Readonly<Record<string, readonly string[] | 'hang'>>): LookupFunction & {
  readonly calls: string[];
} {
  const calls: string[] = [];
  const lookup = async (host: string) => {
    calls.push(host);
    const entry = records[host];
    if (entry === 'hang') return new Promise<never>(() => undefined);
    if (!entry) throw Object.assign(new Error(`queryA ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return entry.map((address) => ({ address, family: isIPv4(address) ? (4 as const) : (6 as const) }));
  };
  return Object.assign(lookup, { calls });
}
