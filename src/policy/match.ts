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
  return candidates(whitelist, canonicalHost(target.host), facts).find(
    (entry) => entry.list === list && portAllows(entry.port, target.port, list, facts),
  );
}

/** Entries of any list whose host covers the given host (ports ignored): what the console knows of that host. */
export function entriesForHost(
  whitelist: Whitelist,
  host: string,
  platform: Platform = whitelist.platform,
): WhitelistEntry[] {
  return [...candidates(whitelist, canonicalHost(host), platformFacts(platform))];
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

/** True when this entry allows this call on the platform (the inverse view of `findWhitelistEntry`). */
export function entryAllows(entry: WhitelistEntry, target: MatchTarget, platform: Platform): boolean {
  const facts = platformFacts(platform);
  return (
    facts.listFor[target.list] === entry.list &&
    hostCovers(entry.host, canonicalHost(target.host), facts) &&
    portAllows(entry.port, target.port, entry.list, facts)
  );
}

const usedCache = new WeakMap<readonly MatchTarget[], WeakMap<Whitelist, ReadonlySet<WhitelistEntry>>>();

/**
 * The entries at least one call relies on (same list, host covered on the whitelist's platform). Cached per (calls, whitelist)
 * pair of immutable arrays, because whitelist-unused asks once per entry.
 */
export function usedEntries(
  whitelist: Whitelist,
  targets: readonly MatchTarget[],
): ReadonlySet<WhitelistEntry> {
  let byWhitelist = usedCache.get(targets);
  if (byWhitelist === undefined) {
    byWhitelist = new WeakMap();
    usedCache.set(targets, byWhitelist);
  }
  const cached = byWhitelist.get(whitelist);
  if (cached) return cached;
  const facts = platformFacts(whitelist.platform);
  const used = new Set<WhitelistEntry>();
  for (const target of targets) {
    const list = facts.listFor[target.list];
    if (list === undefined) continue;
    for (const entry of candidates(whitelist, canonicalHost(target.host), facts)) {
      // The port is not compared: a call to the same host with a port mistake is fixed by correcting the URL,
      // after which it uses this very entry, so the entry must not be reported as removable.
      if (entry.list === list) used.add(entry);
    }
  }
  byWhitelist.set(whitelist, used);
  return used;
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
  // Parents and siblings share the first-level domain, so that index bucket holds every candidate.
  const near = (indexOf(whitelist).byDomain.get(registrableDomain(host)) ?? []).filter(
    (entry) => entry.list === list && entry.host !== host,
  );
  const parent = near
    .filter((entry) => isSubdomainOf(host, entry.host))
    .sort((a, b) => b.host.length - a.host.length)[0];
  if (parent) return { entry: parent, relation: 'parent' };
  const sibling = near[0];
  return sibling ? { entry: sibling, relation: 'sibling' } : undefined;
}

const hostCache = new Map<string, string>();
const HOST_CACHE_LIMIT = 50_000;

/**
 * Hosts as the whitelist holds them; endpoints are normalised by the extractor, this only guards the contract.
 * Memoised: the IDN conversion is the costliest step of matching thousands of endpoints.
 */
export function canonicalHost(host: string): string {
  let canonical = hostCache.get(host);
  if (canonical === undefined) {
    canonical = normaliseHost(host) ?? host.toLowerCase();
    if (hostCache.size >= HOST_CACHE_LIMIT) hostCache.clear();
    hostCache.set(host, canonical);
  }
  return canonical;
}

/** Entries by host and by first-level domain, built once per whitelist (whitelists are never mutated). */
interface WhitelistIndex {
  readonly byHost: ReadonlyMap<string, readonly WhitelistEntry[]>;
  readonly byDomain: ReadonlyMap<string, readonly WhitelistEntry[]>;
}

const indexes = new WeakMap<Whitelist, WhitelistIndex>();

function indexOf(whitelist: Whitelist): WhitelistIndex {
  let index = indexes.get(whitelist);
  if (index === undefined) {
    const byHost = new Map<string, WhitelistEntry[]>();
    const byDomain = new Map<string, WhitelistEntry[]>();
    const add = (map: Map<string, WhitelistEntry[]>, key: string, entry: WhitelistEntry) => {
      const bucket = map.get(key);
      if (bucket) bucket.push(entry);
      else map.set(key, [entry]);
    };
    for (const entry of whitelist.entries) {
      add(byHost, entry.host, entry);
      add(byDomain, registrableDomain(entry.host), entry);
    }
    index = { byHost, byDomain };
    indexes.set(whitelist, index);
  }
  return index;
}

/** Entries of any list whose host covers a canonical host, in file order. */
function candidates(whitelist: Whitelist, host: string, facts: PlatformFacts): readonly WhitelistEntry[] {
  const index = indexOf(whitelist);
  if (facts.hostMatching === 'exact') return index.byHost.get(host) ?? [];
  return index.byDomain.get(registrableDomain(host)) ?? [];
}
