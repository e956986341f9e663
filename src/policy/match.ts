import type { ConsoleList } from '../model/lists.js';
import type { Platform, Whitelist, WhitelistEntry } from '../model/whitelist.js';
import { isSubdomainOf, normaliseHost, registrableDomain } from '../platform/hosts.js';
import { platformFacts, type PlatformFacts } from '../platform/platforms.js';

/** What a call needs from the whitelist: the list of its API, its host, and the port it writes (if any). */
export interface MatchTarget {
  readonly list: ConsoleList;
  readonly host: string;
  readonly port?: number;
}

/**
 * The whitelist entry that allows a call on the given platform, or `undefined`. Exact host on WeChat (a parent
 * domain covers nothing, platform-rules.md §1.1), first-level domain on Alipay (§2.1); ports compared per the
 * platform's port policy (wss any port). Reusable by the probe and the bot.
 */
export function findWhitelistEntry(
  whitelist: Whitelist,
  target: MatchTarget,
  platform: Platform = whitelist.platform,
): WhitelistEntry | undefined {
  const facts = platformFacts(platform);
  const list = facts.listFor[target.list];
  if (list === undefined) return undefined;
  const host = canonicalHost(target.host);
  return whitelist.entries.find(
    (entry) =>
      entry.list === list &&
      hostCovers(entry.host, host, facts) &&
      portAllows(entry.port, target.port, list, facts),
  );
}

/** Entries of any list whose host covers the given host (ports ignored): what the console knows of that host. */
export function entriesForHost(
  whitelist: Whitelist,
  host: string,
  platform: Platform = whitelist.platform,
): WhitelistEntry[] {
  const facts = platformFacts(platform);
  const wanted = canonicalHost(host);
  return whitelist.entries.filter((entry) => hostCovers(entry.host, wanted, facts));
}

/** True when an entry's host allows a call's host on this platform. */
export function hostCovers(entryHost: string, host: string, facts: PlatformFacts): boolean {
  if (entryHost === host) return true;
  return (
    facts.hostMatching === 'registrable-domain' && registrableDomain(entryHost) === registrableDomain(host)
  );
}

/** True when an entry's port allows the port a call writes, in the given console list. */
export function portAllows(
  entryPort: number | undefined,
  urlPort: number | undefined,
  list: ConsoleList,
  facts: PlatformFacts,
): boolean {
  // UDP and TCP ports are arguments of send()/connect(), not part of the entry.
  if (list === 'udp' || list === 'tcp') return true;
  if (list === 'socket' && facts.socketAnyPort) return true;
  if (facts.portPolicy === 'undocumented') return true;
  return entryPort === urlPort;
}

export interface ClosestEntry {
  readonly entry: WhitelistEntry;
  /** `parent`: the entry is a parent domain of the host; `sibling`: same first-level domain. */
  readonly relation: 'parent' | 'sibling';
}

/**
 * On an exact-match platform, the entry of the given list that a developer most likely meant for this host:
 * a parent domain (which covers nothing), else a host under the same first-level domain.
 */
export function closestEntry(
  whitelist: Whitelist,
  target: MatchTarget,
  platform: Platform = whitelist.platform,
): ClosestEntry | undefined {
  const facts = platformFacts(platform);
  const list = facts.listFor[target.list];
  if (list === undefined || facts.hostMatching !== 'exact') return undefined;
  const host = canonicalHost(target.host);
  const candidates = whitelist.entries.filter((entry) => entry.list === list && entry.host !== host);
  const parent = candidates
    .filter((entry) => isSubdomainOf(host, entry.host))
    .sort((a, b) => b.host.length - a.host.length)[0];
  if (parent) return { entry: parent, relation: 'parent' };
  const domain = registrableDomain(host);
  const sibling = candidates.find((entry) => registrableDomain(entry.host) === domain);
  return sibling ? { entry: sibling, relation: 'sibling' } : undefined;
}

/** Hosts as the whitelist holds them; endpoints are normalised by the extractor, this only guards the contract. */
export function canonicalHost(host: string): string {
  return normaliseHost(host) ?? host.toLowerCase();
}

/** True when this entry allows this call on the platform (the inverse view of `findWhitelistEntry`). */
export function entryAllows(entry: WhitelistEntry, target: MatchTarget, platform: Platform): boolean {
  const facts = platformFacts(platform);
  return (
    facts.listFor[target.list] === entry.list &&
    hostCovers(entry.host, canonicalHost(target.host), facts) &&
    portAllows(entry.port, target.port, entry.list, facts)
  );
}
