import type { GitHubClient } from './client.js';
import type { RepoRef } from './environment.js';

/** An issue as a tracking-issue sink needs it. Pull requests, which the issues list also returns, are skipped. */
export interface IssueSummary {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly state: 'open' | 'closed';
  readonly labels: readonly string[];
}

/** Issues with a label in any state, every page, pull requests left out (github-bot.md §4.9). */
export async function listIssuesWithLabel(
  client: GitHubClient,
  repo: RepoRef,
  label: string,
  state: 'open' | 'closed' | 'all' = 'all',
): Promise<IssueSummary[]> {
  const rows = await client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    labels: label,
    state,
    per_page: 100,
  });
  return rows
    .filter((row) => !row.pull_request)
    .map((row) => ({
      number: row.number,
      title: row.title,
      body: row.body ?? '',
      state: row.state === 'closed' ? 'closed' : 'open',
      labels: row.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    }));
}

export async function createIssue(
  client: GitHubClient,
  repo: RepoRef,
  issue: { readonly title: string; readonly body: string; readonly labels: readonly string[] },
): Promise<number> {
  const { data } = await client.rest.issues.create({
    ...repo,
    title: issue.title,
    body: issue.body,
    labels: [...issue.labels],
  });
  return data.number;
}

export async function updateIssue(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  changes: { readonly title?: string; readonly body?: string; readonly state?: 'open' | 'closed' },
): Promise<void> {
  await client.rest.issues.update({ ...repo, issue_number: issueNumber, ...changes });
}
