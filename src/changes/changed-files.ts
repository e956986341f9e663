import type { Logger } from '../logger.js';
import { parsePatch, PatchParseError, type ParsedPatch } from './patch.js';

/** One row of GitHub's "list pull request files" answer, reduced to what the action reads. */
export interface PullFileRow {
  readonly filename: string;
  readonly status: string;
  readonly previous_filename?: string;
  readonly patch?: string;
  readonly additions?: number;
  readonly deletions?: number;
}

/** GitHub's statuses folded into the four that matter (paths-filter's normalisation). */
export type ChangeKind = 'added' | 'modified' | 'removed' | 'renamed';

/**
 * A changed file at the pull request's head. `diff` is undefined when the change is unknown: GitHub sent no
 * `patch` (binary, too large, or past its per-response patch budget) or the patch did not parse. Such a file is
 * scanned whole from the head commit and its findings are reported in the summary, never inline.
 */
export interface ChangedFile {
  readonly path: string;
  /** The path at base: differs from `path` for renames. */
  readonly basePath: string;
  readonly kind: ChangeKind;
  readonly diff?: ParsedPatch;
  readonly unknownReason?: 'no-patch' | 'malformed-patch';
}

export interface PullRequestChanges {
  readonly files: readonly ChangedFile[];
  /** True when GitHub's 3,000-file cap was reached: files past it are not seen at all. */
  readonly truncated: boolean;
}

export function normaliseKind(status: string): ChangeKind {
  switch (status) {
    case 'added':
    case 'copied':
      return 'added';
    case 'removed':
      return 'removed';
    case 'renamed':
      return 'renamed';
    default:
      // modified, changed (mode only), unchanged
      return 'modified';
  }
}

/** Turns API rows into ChangedFiles; a malformed patch is a warning and an unknown diff, never a crash. */
export function normaliseChangedFiles(rows: readonly PullFileRow[], logger: Logger): ChangedFile[] {
  const out: ChangedFile[] = [];
  for (const row of rows) {
    const kind = normaliseKind(row.status);
    const basePath = kind === 'renamed' && row.previous_filename ? row.previous_filename : row.filename;
    const common = { path: row.filename, basePath, kind };
    if (kind === 'removed') {
      out.push(common);
      continue;
    }
    if (row.patch === undefined || row.patch === null) {
      // A pure rename or a mode change has no patch and no added lines: nothing is unknown about it.
      const nothingChanged = (row.additions ?? 0) === 0 && (row.deletions ?? 0) === 0 && kind !== 'added';
      out.push(
        nothingChanged && kind === 'renamed'
          ? { ...common, diff: EMPTY_PATCH }
          : { ...common, unknownReason: 'no-patch' },
      );
      continue;
    }
    try {
      out.push({ ...common, diff: parsePatch(row.patch) });
    } catch (error) {
      if (!(error instanceof PatchParseError)) throw error;
      logger.warning(
        `${row.filename}: ${error.message}; the file is scanned whole and reported in the summary only`,
      );
      out.push({ ...common, unknownReason: 'malformed-patch' });
    }
  }
  return out;
}

const EMPTY_PATCH: ParsedPatch = Object.freeze({
  hunks: [],
  added: new Set<number>(),
  rightHunk: new Map<number, number>(),
});

/** Paths that exist at head (removed files are gone). */
export function headPaths(changes: PullRequestChanges): string[] {
  return changes.files.filter((f) => f.kind !== 'removed').map((f) => f.path);
}

/**
 * file → added head lines, for the engine's "introduced" filter. A file whose diff is unknown counts as
 * entirely added (`lineCount` gives its length once read), so nothing in it is silently dropped.
 */
export function addedLinesByFile(
  changes: PullRequestChanges,
  lineCount: (path: string) => number | undefined,
): Map<string, ReadonlySet<number>> {
  const out = new Map<string, ReadonlySet<number>>();
  for (const file of changes.files) {
    if (file.kind === 'removed') continue;
    if (file.diff) {
      out.set(file.path, file.diff.added);
      continue;
    }
    const count = lineCount(file.path) ?? 0;
    out.set(file.path, new Set(Array.from({ length: count }, (_, i) => i + 1)));
  }
  return out;
}
