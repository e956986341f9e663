import type { Whitelist, WhitelistEntry } from '../model/whitelist.js';

export interface WhitelistDiff {
  /** Entries at head that base does not have: console entries to add. */
  readonly added: WhitelistEntry[];
  /** Entries at base that head no longer has: console entries to remove. */
  readonly removed: WhitelistEntry[];
}

/** What changed between two versions of the whitelist, by list and normalised origin (positions are ignored). */
export function diffWhitelists(base: Whitelist, head: Whitelist): WhitelistDiff {
  const key = (entry: WhitelistEntry) => `${entry.list} ${entry.origin}`;
  const baseKeys = new Set(base.entries.map(key));
  const headKeys = new Set(head.entries.map(key));
  return {
    added: head.entries.filter((entry) => !baseKeys.has(key(entry))),
    removed: base.entries.filter((entry) => !headKeys.has(key(entry))),
  };
}
