/**
 * Parser for the `patch` field of GitHub's "list pull request files" answer: unified-diff hunks without file
 * headers. It yields, per hunk, the RIGHT-side lines (added and context) a review comment may anchor on, and the
 * added lines the "introduced" filter needs. Written here rather than taken from parse-diff because that
 * library expects `diff --git` headers and does not keep hunk boundaries in a form anchor validation needs.
 */

export interface DiffHunk {
  readonly oldStart: number;
  readonly oldLines: number;
  readonly newStart: number;
  readonly newLines: number;
  /** Head-side line numbers that are `+` lines, ascending. */
  readonly added: readonly number[];
  /** Head-side line numbers that are `+` or context lines, ascending (where GitHub accepts RIGHT comments). */
  readonly right: readonly number[];
}

export interface ParsedPatch {
  readonly hunks: readonly DiffHunk[];
  /** Every added head-side line of the file. */
  readonly added: ReadonlySet<number>;
  /** Head-side line → index of the hunk it belongs to, for `+` and context lines. */
  readonly rightHunk: ReadonlyMap<number, number>;
}

/** A patch that does not follow the unified-diff grammar; `line` is 1-based within the patch text. */
export class PatchParseError extends Error {
  override readonly name = 'PatchParseError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`${message} (patch line ${line})`);
  }
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** Parses hunks; throws PatchParseError on text that is not a unified diff. An empty patch has no hunks. */
export function parsePatch(patch: string): ParsedPatch {
  const lines = patch.split('\n');
  // A trailing newline leaves one empty element that is not part of any hunk.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const hunks: DiffHunk[] = [];
  const added = new Set<number>();
  const rightHunk = new Map<number, number>();
  let i = 0;
  while (i < lines.length) {
    if (lines[i] === '') {
      i++; // stray blank lines between hunks carry nothing
      continue;
    }
    const header = HUNK_HEADER.exec(lines[i] as string);
    if (!header) throw new PatchParseError('expected a hunk header "@@ -a,b +c,d @@"', i + 1);
    const oldStart = Number(header[1]);
    const oldLines = header[2] === undefined ? 1 : Number(header[2]);
    const newStart = Number(header[3]);
    const newLines = header[4] === undefined ? 1 : Number(header[4]);
    const hunkIndex = hunks.length;
    const hunkAdded: number[] = [];
    const hunkRight: number[] = [];
    let oldLeft = oldLines;
    let newLeft = newLines;
    let newLine = newStart;
    i++;
    while (i < lines.length && (oldLeft > 0 || newLeft > 0)) {
      const text = lines[i] as string;
      const marker = text.charAt(0);
      if (marker === '\\') {
        i++; // "\ No newline at end of file"
        continue;
      }
      if (marker === '+') {
        if (newLeft === 0)
          throw new PatchParseError('more added lines than the hunk header announces', i + 1);
        hunkAdded.push(newLine);
        hunkRight.push(newLine);
        newLine++;
        newLeft--;
      } else if (marker === '-') {
        if (oldLeft === 0)
          throw new PatchParseError('more removed lines than the hunk header announces', i + 1);
        oldLeft--;
      } else if (marker === ' ' || text === '') {
        // Some producers strip the single space of an empty context line.
        if (oldLeft === 0 || newLeft === 0) throw new PatchParseError('context line outside the hunk', i + 1);
        hunkRight.push(newLine);
        newLine++;
        oldLeft--;
        newLeft--;
      } else if (HUNK_HEADER.test(text)) {
        throw new PatchParseError('hunk ends before the line counts of its header', i + 1);
      } else {
        throw new PatchParseError(`unexpected line starting with ${JSON.stringify(marker)}`, i + 1);
      }
      i++;
    }
    if (oldLeft > 0 || newLeft > 0) throw new PatchParseError('patch ends inside a hunk', lines.length);
    while (i < lines.length && (lines[i] as string).startsWith('\\')) i++;
    for (const n of hunkAdded) added.add(n);
    for (const n of hunkRight) rightHunk.set(n, hunkIndex);
    hunks.push({ oldStart, oldLines, newStart, newLines, added: hunkAdded, right: hunkRight });
  }
  return { hunks, added, rightHunk };
}
