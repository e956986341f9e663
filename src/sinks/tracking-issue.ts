import type { GitHubClient } from '../github/client.js';
import { describeGitHubError, httpStatus, isWriteDenied } from '../github/errors.js';
import type { RepoRef } from '../github/environment.js';
import { t } from '../i18n/translate.js';
import type { Lang } from '../i18n/types.js';
import type { Logger } from '../logger.js';
import { WATCH_ISSUE_MARKER } from '../report/watch-issue.js';
import { decideIssueAction, type IssueAction, type TrackingIssue } from '../watch/decide.js';

export const TRACKING_LABEL = 'mp-domain-guard';
/** Bounds the issue search: a repository with more labelled issues than this has bigger problems. */
const MAX_PAGES = 10;

export interface TrackingIssueInput {
  readonly unhealthy: boolean;
  /** The full body, with the marker and the hidden state. */
  readonly body: string;
  readonly hostCount: number;
  readonly expiryWarningDays: number;
  readonly lang: Lang;
}

export type TrackingIssueOutcome =
  | {
      readonly kind: 'done';
      readonly action: IssueAction['kind'];
      readonly number?: number;
      readonly url?: string;
    }
  | { readonly kind: 'denied'; readonly detail: string; readonly issuesDisabled: boolean };

/**
 * Finds the one tracking issue by label and hidden marker (skipping pull requests, which the issues list also
 * returns): an open one first, otherwise the most recently updated closed one.
 */
export async function findTrackingIssue(
  client: GitHubClient,
  repo: RepoRef,
): Promise<TrackingIssue | undefined> {
  const found: { issue: TrackingIssue; updated: string }[] = [];
  let page = 0;
  for await (const response of client.paginate.iterator(client.rest.issues.listForRepo, {
    ...repo,
    labels: TRACKING_LABEL,
    state: 'all',
    per_page: 100,
    sort: 'updated',
    direction: 'desc',
  })) {
    for (const item of response.data) {
      if (item.pull_request || !item.body?.includes(WATCH_ISSUE_MARKER)) continue;
      found.push({
        issue: { number: item.number, state: item.state === 'closed' ? 'closed' : 'open', body: item.body },
        updated: item.updated_at,
      });
    }
    if (++page >= MAX_PAGES || found.some((f) => f.issue.state === 'open')) break;
  }
  const open = found.find((f) => f.issue.state === 'open');
  if (open) return open.issue;
  return found.sort((a, b) => (a.updated < b.updated ? 1 : -1))[0]?.issue;
}

/** Opens, rewrites, reopens or closes the tracking issue. A read-only token or disabled issues is an outcome, not a crash. */
export async function publishTrackingIssue(
  client: GitHubClient,
  repo: RepoRef,
  input: TrackingIssueInput,
  existing: TrackingIssue | undefined,
  logger: Logger,
): Promise<TrackingIssueOutcome> {
  const action = decideIssueAction(existing, input.unhealthy);
  const { lang } = input;
  try {
    switch (action.kind) {
      case 'none':
        return { kind: 'done', action: 'none' };
      case 'create': {
        const { data } = await client.rest.issues.create({
          ...repo,
          title: t(lang, 'watch.issue.title'),
          body: input.body,
          labels: [TRACKING_LABEL],
        });
        logger.info(t(lang, 'watch.log.opened', { number: data.number }));
        return { kind: 'done', action: 'create', number: data.number, url: data.html_url };
      }
      case 'update': {
        const { data } = await client.rest.issues.update({
          ...repo,
          issue_number: action.number,
          body: input.body,
        });
        return { kind: 'done', action: 'update', number: data.number, url: data.html_url };
      }
      case 'reopen': {
        const { data } = await client.rest.issues.update({
          ...repo,
          issue_number: action.number,
          body: input.body,
          state: 'open',
        });
        await client.rest.issues.createComment({
          ...repo,
          issue_number: action.number,
          body: t(lang, 'watch.issue.reopened'),
        });
        logger.info(t(lang, 'watch.log.reopened', { number: action.number }));
        return { kind: 'done', action: 'reopen', number: data.number, url: data.html_url };
      }
      case 'close': {
        await client.rest.issues.createComment({
          ...repo,
          issue_number: action.number,
          body: t(lang, 'watch.issue.closed', { count: input.hostCount, days: input.expiryWarningDays }),
        });
        const { data } = await client.rest.issues.update({
          ...repo,
          issue_number: action.number,
          body: input.body,
          state: 'closed',
          state_reason: 'completed',
        });
        logger.info(t(lang, 'watch.log.closed', { number: action.number }));
        return { kind: 'done', action: 'close', number: data.number, url: data.html_url };
      }
    }
  } catch (error) {
    if (isWriteDenied(error) || httpStatus(error) === 410) {
      return {
        kind: 'denied',
        detail: describeGitHubError(error),
        issuesDisabled: httpStatus(error) === 410,
      };
    }
    throw error;
  }
}
