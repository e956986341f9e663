import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../errors.js';
import { fetchFileAtRef } from '../github/contents.js';
import { t } from '../i18n/translate.js';
import { reachesFailLevel } from '../model/severity.js';
import { annotationsSink } from '../sinks/annotations.js';
import { jobSummarySink } from '../sinks/job-summary.js';
import { reportJsonSink } from '../sinks/report-files.js';
import type { ModeContext, ModeResult } from './mode-runner.js';
import { runScheduleMode } from './schedule-mode.js';

/**
 * The whitelist as the scheduled run sees it: from the checked-out workspace when there is one, otherwise from
 * the default branch through the contents API (a scheduled run needs no checkout).
 */
async function readScheduledWhitelist(ctx: ModeContext): Promise<string | undefined> {
  const { settings, context, client, logger } = ctx;
  if (context.workspace) {
    try {
      return await readFile(join(context.workspace, settings.whitelistPath), 'utf8');
    } catch (error) {
      logger.debug(`whitelist not in the workspace (${errorMessage(error)}); reading it through the API`);
    }
  }
  const fetched = await fetchFileAtRef(
    client,
    context.repo,
    settings.whitelistPath,
    process.env['GITHUB_SHA'] || 'HEAD',
  );
  return fetched.status === 'ok' ? fetched.text : undefined;
}

/** `schedule` / `workflow_dispatch` mode for main.ts: probe, tracking issue, job summary, annotations, outputs. */
export async function runScheduleModeAction(ctx: ModeContext): Promise<ModeResult> {
  const { settings, context, client, logger } = ctx;
  const lang = settings.lang;
  const result = await runScheduleMode({
    whitelistText: await readScheduledWhitelist(ctx),
    whitelistPath: settings.whitelistPath,
    probe: {
      resolve: settings.resolve,
      ...(settings.extraCaPem ? { extraCaPem: settings.extraCaPem } : {}),
      now: ctx.now,
      ...ctx.probeOverrides,
    },
    failLevel: settings.failLevel,
    expiryWarningDays: settings.expiryWarningDays,
    excludedRules: settings.excludedRules,
    lang,
    github: { client, repo: context.repo },
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
    logger,
    now: ctx.now,
  });
  if (result.warning) logger.warning(result.warning);

  const { report } = result;
  await jobSummarySink(logger).publish({ markdown: result.summaryMarkdown });
  await annotationsSink(ctx.annotations).publish({
    findings: report.findings,
    lang,
    reservedWarnings: result.warning ? 1 : 0,
  });
  const reportPath = join(ctx.outputDir, 'mp-domain-guard-watch.json');
  await reportJsonSink(reportPath).publish({ report, lang });

  const failing = report.findings.filter((f) => reachesFailLevel(f.severity, settings.failLevel));
  const failingHosts = new Set(result.problems.map((f) => `${f.host}:${f.port ?? 443}`));
  logger.info(
    report.probes.length === 0
      ? t(lang, 'watch.summary.noDomains')
      : t(lang, result.unhealthy ? 'watch.summary.unhealthy' : 'watch.summary.healthy', {
          count: report.probes.length,
          hosts: failingHosts.size,
          problems: result.problems.length,
          date: result.earliestExpiry?.date ?? '—',
          days: result.earliestExpiry?.days ?? '—',
        }),
  );
  return {
    outputs: {
      status: failing.length > 0 ? 'failure' : 'success',
      'findings-count': String(report.findings.length),
      'failing-count': String(failingHosts.size),
      'earliest-expiry': result.earliestExpiry?.date ?? '',
      'earliest-expiry-days': result.earliestExpiry ? String(result.earliestExpiry.days) : '',
      'report-json': reportPath,
      ...(result.issue?.kind === 'done' && result.issue.url ? { 'issue-url': result.issue.url } : {}),
    },
    ...(failing.length > 0
      ? { failure: t(lang, 'github.status.failed', { count: failing.length, level: settings.failLevel }) }
      : {}),
  };
}
