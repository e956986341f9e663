import { TRIGGER } from './apis.js';

/**
 * Cheap text checks that decide which scripts are worth parsing. A script can only contribute an endpoint if it
 * contains a URL, an API object, an env lookup or a client library by itself, or if it imports (directly or not)
 * a script that does (a page calling the project's request wrapper). Other scripts are parsed only when a
 * parsed one reads a value from them.
 */
export function hasTrigger(text: string): boolean {
  return TRIGGER.test(text);
}

const IMPORT_PATTERNS: readonly RegExp[] = [
  /\bfrom\s*['"]([^'"\n]+)['"]/g,
  /\bimport\s*\(?\s*['"]([^'"\n]+)['"]/g,
  /\brequire\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
];

/** Import specifiers written in a script (a superset: matches in comments and strings count too). */
export function importSpecifiers(text: string): string[] {
  if (!text.includes('import') && !text.includes('require') && !text.includes('from')) return [];
  const out = new Set<string>();
  for (const pattern of IMPORT_PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) if (m[1]) out.add(m[1]);
  }
  return [...out];
}

/**
 * Files that must be visited: those with a trigger, and every file that imports one of them, transitively.
 * `imports` maps a file to the project files it imports.
 */
export function relevantFiles(
  triggered: ReadonlySet<string>,
  imports: ReadonlyMap<string, readonly string[]>,
): Set<string> {
  const importers = new Map<string, string[]>();
  for (const [file, targets] of imports) {
    for (const target of targets) {
      const list = importers.get(target);
      if (list) list.push(file);
      else importers.set(target, [file]);
    }
  }
  const relevant = new Set(triggered);
  const queue = [...triggered];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    for (const importer of importers.get(file) ?? []) {
      if (relevant.has(importer)) continue;
      relevant.add(importer);
      queue.push(importer);
    }
  }
  return relevant;
}
