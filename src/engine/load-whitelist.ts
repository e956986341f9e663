import type { ProjectSource } from '../model/source.js';
import type { Whitelist, WhitelistProblem } from '../model/whitelist.js';
import { emptyWhitelist, parseWhitelist } from '../whitelist/parse.js';

export interface LoadedWhitelist {
  readonly whitelist: Whitelist;
  readonly problems: readonly WhitelistProblem[];
  readonly found: boolean;
}

/** Reads and parses the whitelist file; a missing file is an empty whitelist (the report says it was not found). */
export async function loadWhitelist(source: ProjectSource, path: string): Promise<LoadedWhitelist> {
  const text = await source.readFile(path);
  if (text === undefined) return { whitelist: emptyWhitelist(path), problems: [], found: false };
  const { whitelist, problems } = parseWhitelist(text, path);
  return { whitelist, problems, found: true };
}
