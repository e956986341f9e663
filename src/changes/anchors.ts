import type { ChangedFile } from './changed-files.js';

/**
 * Where an inline review comment goes. Always the RIGHT (head) side: findings are about the head commit.
 * `startLine` is set only for ranges and is always smaller than `line` (GitHub rejects start_line == line).
 */
export interface ReviewAnchor {
  readonly path: string;
  readonly line: number;
  readonly startLine?: number;
}

/**
 * The anchor GitHub will accept for a finding at `line` (optionally spanning to `endLine`), or undefined.
 * GitHub answers 422 for the whole review when one comment is on a line outside the diff, spans two hunks or
 * has a blank hunk, so every anchor is checked here against the file's own patch (github-bot.md §4.1).
 * A range whose ends fall in different hunks shrinks to its last line when that line alone is valid.
 */
export function anchorFor(
  file: ChangedFile | undefined,
  line: number,
  endLine?: number,
): ReviewAnchor | undefined {
  if (!file?.diff || file.kind === 'removed') return undefined;
  const last = endLine !== undefined && endLine > line ? endLine : line;
  const lastHunk = file.diff.rightHunk.get(last);
  if (lastHunk === undefined) return undefined;
  if (last === line) return { path: file.path, line };
  const firstHunk = file.diff.rightHunk.get(line);
  if (firstHunk !== lastHunk) return { path: file.path, line: last };
  return { path: file.path, line: last, startLine: line };
}

/** True when the line is a `+` line of the file's patch. */
export function isAddedLine(file: ChangedFile | undefined, line: number): boolean {
  return file?.diff?.added.has(line) ?? false;
}
