import type { PullFileRow } from '../changes/changed-files.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './environment.js';

/** GitHub stops listing a pull request's files at 3,000 (pulls/list-files). */
export const PULL_FILES_CAP = 3000;
const PER_PAGE = 100;

export interface PullFilesListing {
  readonly rows: readonly PullFileRow[];
  /** True when the cap was reached: GitHub does not say which files it left out. */
  readonly truncated: boolean;
}

/** Every changed file of a pull request (paginated, 100 per page, up to GitHub's cap). */
export async function listPullRequestFiles(
  client: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
): Promise<PullFilesListing> {
  const rows: PullFileRow[] = [];
  const pages = client.paginate.iterator(client.rest.pulls.listFiles, {
    ...repo,
    pull_number: pullNumber,
    per_page: PER_PAGE,
  });
  for await (const page of pages) {
    for (const file of page.data) {
      rows.push({
        filename: file.filename,
        status: file.status,
        ...(file.previous_filename ? { previous_filename: file.previous_filename } : {}),
        ...(typeof file.patch === 'string' ? { patch: file.patch } : {}),
        additions: file.additions,
        deletions: file.deletions,
      });
    }
    if (rows.length >= PULL_FILES_CAP) break;
  }
  return { rows: rows.slice(0, PULL_FILES_CAP), truncated: rows.length >= PULL_FILES_CAP };
}
