/**
 * The fake's own reading of a patch, deliberately independent of src/changes so that a bug there cannot hide in
 * both: RIGHT-side line → hunk number, for `+` and context lines, the way GitHub validates review comments.
 */
export function rightSideLines(patch: string): Map<number, number> {
  const out = new Map<number, number>();
  let hunk = -1;
  let line = 0;
  for (const text of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header) {
      hunk++;
      line = Number(header[1]);
      continue;
    }
    if (hunk < 0 || text.startsWith('\\') || text.startsWith('-')) continue;
    if (text.startsWith('+') || text.startsWith(' ')) out.set(line++, hunk);
  }
  return out;
}
