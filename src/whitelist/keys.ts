import { CONSOLE_LISTS, MODIFY_DOMAIN_FIELD, type ConsoleList } from '../model/lists.js';

/** Top-level keys of the YAML form: one per console list. */
export const YAML_LIST_KEYS: readonly ConsoleList[] = CONSOLE_LISTS;

/** Fields of WeChat's modify_domain / setwebviewdomain responses, mapped to their console list. */
export const JSON_LIST_KEYS: Readonly<Record<string, ConsoleList>> = Object.fromEntries(
  CONSOLE_LISTS.map((list) => [MODIFY_DOMAIN_FIELD[list], list]),
);

export const PLATFORM_KEY = 'platform';

/**
 * Keys read and ignored: the status fields of a modify_domain response, the `action` of a pasted request body,
 * and `$schema` for editors. `invalid_*` arrays (entries WeChat rejected) are ignored too, by prefix.
 */
export const IGNORED_KEYS: readonly string[] = ['errcode', 'errmsg', 'action', '$schema'];
export const IGNORED_KEY_PREFIX = 'invalid_';

/** Every top-level key the parser accepts (the schema test holds the JSON Schema to this list). */
export const ACCEPTED_KEYS: readonly string[] = [
  ...YAML_LIST_KEYS,
  PLATFORM_KEY,
  ...Object.keys(JSON_LIST_KEYS),
  ...IGNORED_KEYS,
];

/** Fields of a webview entry written as a mapping. */
export const WEBVIEW_ENTRY_FIELDS = ['origin', 'verifyFile', 'verifyContent'] as const;

/** The console list a top-level key stands for, if it is a list key of either form. */
export function listOfKey(key: string): ConsoleList | undefined {
  if ((YAML_LIST_KEYS as readonly string[]).includes(key)) return key as ConsoleList;
  return Object.hasOwn(JSON_LIST_KEYS, key) ? JSON_LIST_KEYS[key] : undefined;
}

export function isIgnoredKey(key: string): boolean {
  return IGNORED_KEYS.includes(key) || key.startsWith(IGNORED_KEY_PREFIX);
}

/** The accepted key closest to a misspelt one (case-insensitive, at most two edits), for "did you mean". */
export function suggestKey(key: string): string | undefined {
  const lower = key.toLowerCase();
  let best: { key: string; distance: number } | undefined;
  for (const candidate of [...YAML_LIST_KEYS, PLATFORM_KEY, ...Object.keys(JSON_LIST_KEYS)]) {
    const distance = editDistance(lower, candidate.toLowerCase(), 3);
    if (distance <= 2 && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

/** Levenshtein distance, giving up (returning `limit`) once it exceeds the limit or the strings are long. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit || a.length > 64 || b.length > 64) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit, limit);
}
