import type { Lang } from '../i18n/types.js';

/** Web links at the pull request's two commits (built from GITHUB_SERVER_URL by the caller). */
export interface PrLinks {
  head(path: string, line?: number): string;
  base(path: string, line?: number): string;
}

/** The monthly console-change budget, as counted from the commits that changed the whitelist file. */
export type ChangeBudget =
  | {
      readonly kind: 'counted';
      readonly count: number;
      /** The count stopped early: at least `count`. */
      readonly capped: boolean;
      readonly limit: number;
      /** First day of the month counted, `YYYY-MM-DD` (UTC). */
      readonly since: string;
      readonly branch: string;
      /** True when merging this pull request means one more console change. */
      readonly prNeedsChange: boolean;
    }
  | { readonly kind: 'unknown'; readonly limit: number; readonly reason: string };

/** Everything the pull-request renderers need besides the Report. Plain data; no I/O. */
export interface PrRenderContext {
  readonly lang: Lang;
  readonly links: PrLinks;
  /** Marker key (the whitelist path): keeps two uses of the action apart. */
  readonly key: string;
  readonly headSha: string;
  readonly expiryWarningDays: number;
  readonly maxInlineComments: number;
  readonly changeBudget?: ChangeBudget;
  /** Fingerprints of findings that have an inline comment (earlier runs included). */
  readonly inlineFingerprints: ReadonlySet<string>;
  /** Changed files GitHub sent without a usable diff: scanned whole, reported here only. */
  readonly unknownDiffFiles: readonly string[];
  /** GitHub's 3,000-file cap was reached. */
  readonly truncatedFiles: boolean;
  /** Link to the workflow run, for "full list in the job summary". */
  readonly runUrl?: string;
  readonly toolVersion: string;
}
