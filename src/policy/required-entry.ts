import type { Endpoint } from '../model/endpoint.js';
import { LIST_SCHEMES, type ConsoleList } from '../model/lists.js';
import type { Platform } from '../model/whitelist.js';
import { platformFacts } from '../platform/platforms.js';
import { formatOrigin } from '../whitelist/origin.js';
import { canonicalHost } from './match.js';

/** The https server lists, where a written port is part of the entry (platform-rules.md §1.1). */
const PORT_PINNED_LISTS: ReadonlySet<ConsoleList> = new Set(['request', 'uploadFile', 'downloadFile']);

export interface RequiredEntry {
  /** The console list that must hold the entry (Alipay's uploadFile calls need the request list). */
  readonly list: ConsoleList;
  /** Exactly what to type into the console. */
  readonly origin: string;
}

/**
 * The console entry that would allow an endpoint, or `undefined` when the platform has no list for its API.
 * Only meaningful for an endpoint without a code problem (see `blockingRule`).
 */
export function requiredEntry(endpoint: Endpoint, platform: Platform): RequiredEntry | undefined {
  const facts = platformFacts(platform);
  const list = facts.listFor[endpoint.list];
  if (list === undefined) return undefined;
  const scheme = LIST_SCHEMES[list][0] ?? endpoint.scheme;
  const keepPort =
    PORT_PINNED_LISTS.has(list) && facts.portPolicy !== 'forbidden' && endpoint.port !== undefined;
  return {
    list,
    origin: formatOrigin(scheme, canonicalHost(endpoint.host), keepPort ? endpoint.port : undefined),
  };
}
