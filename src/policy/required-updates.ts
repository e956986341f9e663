import type { Endpoint } from '../model/endpoint.js';
import { CONSOLE_LISTS } from '../model/lists.js';
import type { SourceLocation } from '../model/location.js';
import type { EntryToAdd, EntryToRemove, RequiredUpdates } from '../model/required-updates.js';
import type { Whitelist } from '../model/whitelist.js';
import { isValidDomainName } from '../platform/hosts.js';
import { blockingRule, isWebviewExempt } from './endpoint-checks.js';
import { canonicalHost, findWhitelistEntry, usedEntries } from './match.js';
import { requiredEntry } from './required-entry.js';

/**
 * The console changes the code needs: entries to add per list (deduplicated, with every place that needs
 * each), and entries no endpoint uses (meaningful when `endpoints` covers the whole repository).
 * Endpoints no console entry could allow (http, IP, localhost, forbidden hosts, port mistakes) are not entries
 * to add: they need code changes, and the endpoint rules report them.
 */
export function computeRequiredUpdates(
  endpoints: readonly Endpoint[],
  whitelist: Whitelist,
): RequiredUpdates {
  const platform = whitelist.platform;
  const context = { whitelist, platform };
  const toAdd = new Map<
    string,
    { list: EntryToAdd['list']; origin: string; usedAt: Map<string, SourceLocation> }
  >();
  for (const endpoint of endpoints) {
    if (blockingRule(endpoint, context) !== undefined || isWebviewExempt(endpoint, platform)) continue;
    if (!isValidDomainName(canonicalHost(endpoint.host))) continue;
    const required = requiredEntry(endpoint, platform);
    if (required === undefined || findWhitelistEntry(whitelist, endpoint, platform)) continue;
    const key = `${required.list} ${required.origin}`;
    const slot = toAdd.get(key) ?? { ...required, usedAt: new Map<string, SourceLocation>() };
    toAdd.set(key, slot);
    const at = useSite(endpoint);
    slot.usedAt.set(`${at.file}:${at.line}:${at.column ?? 0}`, at);
  }
  const add: EntryToAdd[] = [...toAdd.values()]
    .map((slot) => ({
      list: slot.list,
      origin: slot.origin,
      usedAt: [...slot.usedAt.values()].sort(byLocation),
    }))
    .sort((a, b) => listOrder(a.list) - listOrder(b.list) || a.origin.localeCompare(b.origin));

  const used = usedEntries(whitelist, endpoints);
  const remove: EntryToRemove[] = whitelist.entries
    .filter((entry) => !used.has(entry))
    .map((entry) => ({
      list: entry.list,
      origin: entry.origin,
      definedAt: { file: whitelist.path, line: entry.line, column: entry.column },
    }));
  return { add, remove };
}

function useSite(endpoint: Endpoint): SourceLocation {
  return endpoint.column === undefined
    ? { file: endpoint.file, line: endpoint.line }
    : { file: endpoint.file, line: endpoint.line, column: endpoint.column };
}

function byLocation(a: SourceLocation, b: SourceLocation): number {
  return a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}

function listOrder(list: EntryToAdd['list']): number {
  return CONSOLE_LISTS.indexOf(list);
}
