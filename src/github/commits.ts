import type { GitHubClient } from './client.js';
import type { RepoRef } from './environment.js';

export interface CommitCount {
  readonly count: number;
  /** True when counting stopped at `maxCount`; the real number may be higher. */
  readonly capped: boolean;
}

/**
 * How many commits on `branch` changed `path` since `since` (commits API with `path` and `since`). Counting
 * stops at `maxCount`: a budget check only needs to know that a limit is passed.
 */
export async function countCommitsTouching(
  client: GitHubClient,
  repo: RepoRef,
  options: {
    readonly path: string;
    readonly since: Date;
    readonly branch?: string;
    readonly maxCount?: number;
  },
): Promise<CommitCount> {
  const maxCount = options.maxCount ?? 100;
  let count = 0;
  const pages = client.paginate.iterator(client.rest.repos.listCommits, {
    ...repo,
    path: options.path,
    since: options.since.toISOString(),
    ...(options.branch ? { sha: options.branch } : {}),
    per_page: Math.min(100, maxCount),
  });
  for await (const page of pages) {
    count += page.data.length;
    if (count >= maxCount) return { count: maxCount, capped: true };
  }
  return { count, capped: false };
}

/** Midnight UTC on the first day of the month `now` is in. */
export function startOfMonthUtc(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}
