import { readFile } from 'node:fs/promises';
import { ConfigError, errorMessage } from '../errors.js';
import { gitHubEndpoints, type GitHubEndpoints, type RepoRef } from '../github/environment.js';
import { localize } from '../i18n/translate.js';

/** The pull request an event is about, from the event payload. */
export interface PullRequestInfo {
  readonly number: number;
  /** The commit to read and to anchor comments on (not GITHUB_SHA, which is the merge commit). */
  readonly headSha: string;
  readonly baseSha: string;
  readonly baseRef: string;
  readonly headRepoFullName: string;
  /** A fork's `pull_request` run gets a read-only token whatever `permissions:` says. */
  readonly isFork: boolean;
}

/** What the runner tells the action about this run. URLs come from the environment, never from the payload. */
export interface ActionContext {
  readonly eventName: string;
  readonly repo: RepoRef;
  readonly endpoints: GitHubEndpoints;
  readonly workspace?: string;
  /** Link to this workflow run, for summaries. */
  readonly runUrl?: string;
  readonly pullRequest?: PullRequestInfo;
}

export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

/** Reads GITHUB_* variables and the event payload (GITHUB_EVENT_PATH). */
export async function readActionContext(env: NodeJS.ProcessEnv = process.env): Promise<ActionContext> {
  const endpoints = gitHubEndpoints(env);
  const full = env['GITHUB_REPOSITORY'] ?? '';
  const [owner, repo, ...rest] = full.split('/');
  if (!owner || !repo || rest.length > 0)
    throw new ConfigError(localize('github.event.noRepository', { value: full }));
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const payload = await readPayload(env['GITHUB_EVENT_PATH']);
  const runId = env['GITHUB_RUN_ID'];
  return {
    eventName,
    repo: { owner, repo },
    endpoints,
    ...(env['GITHUB_WORKSPACE'] ? { workspace: env['GITHUB_WORKSPACE'] } : {}),
    ...(runId ? { runUrl: `${endpoints.serverUrl}/${owner}/${repo}/actions/runs/${runId}` } : {}),
    ...pullRequestOf(payload, `${owner}/${repo}`),
  };
}

async function readPayload(path: string | undefined): Promise<Record<string, unknown>> {
  if (!path) return {};
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch (error) {
    throw new ConfigError(localize('github.event.unreadable', { detail: errorMessage(error) }));
  }
}

function pullRequestOf(
  payload: Record<string, unknown>,
  baseRepo: string,
): { pullRequest?: PullRequestInfo } {
  const pr = payload['pull_request'] as Record<string, unknown> | undefined;
  if (!pr || typeof pr !== 'object') return {};
  const head = (pr['head'] ?? {}) as { sha?: unknown; repo?: { full_name?: unknown } | null };
  const base = (pr['base'] ?? {}) as { sha?: unknown; ref?: unknown; repo?: { full_name?: unknown } | null };
  const number = Number(pr['number'] ?? payload['number']);
  if (!Number.isSafeInteger(number) || typeof head.sha !== 'string' || typeof base.sha !== 'string')
    return {};
  // A deleted fork has no head repository: treat it as a fork (read-only token).
  const headRepo = typeof head.repo?.full_name === 'string' ? head.repo.full_name : '';
  const baseFull = typeof base.repo?.full_name === 'string' ? base.repo.full_name : baseRepo;
  return {
    pullRequest: {
      number,
      headSha: head.sha,
      baseSha: base.sha,
      baseRef: typeof base.ref === 'string' ? base.ref : '',
      headRepoFullName: headRepo,
      isFork: headRepo.toLowerCase() !== baseFull.toLowerCase(),
    },
  };
}
