import { analyzeWhitelistHealth } from '../engine/watch.js';
import type { Report } from '../engine/report.js';
import type { GitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/environment.js';
import { describeGitHubError } from '../github/errors.js';
import { t } from '../i18n/translate.js';
import type { Lang } from '../i18n/types.js';
import type { Logger } from '../logger.js';
import type { Finding } from '../model/finding.js';
import type { FailLevel } from '../model/severity.js';
import type { ProbeOptions } from '../probe/index.js';
import { renderWatchIssue } from '../report/watch-issue.js';
import {
  findTrackingIssue,
  publishTrackingIssue,
  type TrackingIssueOutcome,
} from '../sinks/tracking-issue.js';
import { earliestExpiry, isUnhealthy, openProblems } from '../watch/health.js';
import { EMPTY_STATE, nextState, readState } from '../watch/state.js';

export interface ScheduleModeInput {
  /** The whitelist file's text, or undefined when it does not exist. */
  readonly whitelistText: string | undefined;
  readonly whitelistPath: string;
  readonly probe: ProbeOptions;
  readonly failLevel: FailLevel;
  readonly expiryWarningDays: number;
  readonly excludedRules: ReadonlySet<string>;
  readonly lang: Lang;
  /** Undefined when there is no token: the job summary and annotations still carry the result. */
  readonly github?: { readonly client: GitHubClient; readonly repo: RepoRef };
  readonly runUrl?: string;
  readonly logger: Logger;
  readonly now?: Date;
}

export interface ScheduleModeResult {
  readonly report: Report;
  /** Problems that keep the tracking issue open (a subset of the report's findings). */
  readonly problems: readonly Finding[];
  readonly unhealthy: boolean;
  /** The tracking issue body (also the job summary). */
  readonly summaryMarkdown: string;
  readonly earliestExpiry?: { readonly date: string; readonly days: number };
  readonly issue?: TrackingIssueOutcome;
  /** One clear warning when the issue could not be written. */
  readonly warning?: string;
}

/**
 * `schedule`/`workflow_dispatch`: probe every whitelisted domain, then keep one tracking issue in step with
 * the result. Never throws for an unreachable domain or a read-only token.
 */
export async function runScheduleMode(input: ScheduleModeInput): Promise<ScheduleModeResult> {
  const now = input.now ?? new Date();
  const report = await analyzeWhitelistHealth({
    whitelistText: input.whitelistText,
    whitelistPath: input.whitelistPath,
    probe: { ...input.probe, expiryWarningDays: input.expiryWarningDays, now },
    excludedRules: input.excludedRules,
    logger: input.logger,
    now,
  });
  const policy = { failLevel: input.failLevel, expiryWarningDays: input.expiryWarningDays };
  const problems = openProblems(report.probes, policy);
  const unhealthy = isUnhealthy(report.probes, policy);
  const earliest = earliestExpiry(report.probes);

  let existing;
  let warning: string | undefined;
  if (input.github) {
    try {
      existing = await findTrackingIssue(input.github.client, input.github.repo);
    } catch (error) {
      warning = t(input.lang, 'watch.readOnly', { detail: describeGitHubError(error) });
    }
  }
  const state = nextState(existing ? readState(existing.body) : EMPTY_STATE, problems, now);
  const summaryMarkdown = renderWatchIssue(
    {
      probes: report.probes,
      problems,
      state,
      whitelistPath: input.whitelistPath,
      expiryWarningDays: input.expiryWarningDays,
      now,
      ...(input.runUrl ? { runUrl: input.runUrl } : {}),
    },
    input.lang,
  );

  let issue: TrackingIssueOutcome | undefined;
  if (input.github && warning === undefined) {
    issue = await publishTrackingIssue(
      input.github.client,
      input.github.repo,
      {
        unhealthy,
        body: summaryMarkdown,
        hostCount: report.probes.length,
        expiryWarningDays: input.expiryWarningDays,
        lang: input.lang,
      },
      existing,
      input.logger,
    );
    if (issue.kind === 'denied') {
      warning = t(input.lang, issue.issuesDisabled ? 'watch.issuesDisabled' : 'watch.readOnly', {
        detail: issue.detail,
      });
    }
  }
  return {
    report,
    problems,
    unhealthy,
    summaryMarkdown,
    ...(earliest ? { earliestExpiry: earliest } : {}),
    ...(issue ? { issue } : {}),
    ...(warning ? { warning } : {}),
  };
}
