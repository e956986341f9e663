import { readFile, writeFile } from 'node:fs/promises';

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`; throws when the markers are missing. */
export function replaceSection(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`markers ${start} … ${end} not found`);
  return `${text.slice(0, from + start.length)}\n${content.trimEnd()}\n${text.slice(to)}`;
}

/**
 * Rewrites generated sections of a file, or with `check` reports whether they are stale.
 * Returns true when the file is (or now is) up to date.
 */
export async function updateSections(
  path: string,
  sections: Readonly<Record<string, string>>,
  check: boolean,
): Promise<boolean> {
  const before = await readFile(path, 'utf8');
  let after = before;
  for (const [name, content] of Object.entries(sections)) after = replaceSection(after, name, content);
  if (after === before) return true;
  if (check) return false;
  await writeFile(path, after);
  return true;
}
