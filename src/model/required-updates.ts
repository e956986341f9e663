import type { ConsoleList } from './lists.js';
import type { SourceLocation } from './location.js';

/** A console entry that must be added, with every place that needs it. */
export interface EntryToAdd {
  readonly list: ConsoleList;
  /** Exactly what to type into the console, e.g. `https://api.example.com` or `wss://ws.example.com`. */
  readonly origin: string;
  readonly usedAt: readonly SourceLocation[];
}

/** A whitelist entry that nothing uses any more (whole-repo knowledge) or that a change stopped using. */
export interface EntryToRemove {
  readonly list: ConsoleList;
  readonly origin: string;
  /** Where the entry is written in the whitelist file. */
  readonly definedAt: SourceLocation;
}

/** The console changes a maintainer has to make, per list. */
export interface RequiredUpdates {
  readonly add: readonly EntryToAdd[];
  readonly remove: readonly EntryToRemove[];
}
