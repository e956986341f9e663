import { join } from 'node:path';
import { anchorFor } from '../changes/anchors.js';
import {
  addedLinesByFile,
  headPaths,
  normaliseChangedFiles,
  type ChangedFile,
  type PullRequestChanges,
} from '../changes/changed-files.js';
import { analyze as engineAnalyze, type AnalyzeInput } from '../engine/analyze.js';
import type { Report } from '../engine/report.js';
import { fileFilter, fileKind } from '../extract/files.js';
import type { BlobRequest } from '../github/blobs.js';
import { countCommitsTouching, startOfMonthUtc } from '../github/commits.js';
import { blobUrl } from '../github/environment.js';
import { describeGitHubError } from '../github/errors.js';
import { GitHubFileReader } from '../github/file-reader.js';
import { listPullRequestFiles } from '../github/pulls.js';
import { listTree } from '../github/trees.js';
import { githubSource, type HeadFiles } from '../github/source.js';
import { listWorkspaceFiles, workspaceHeadSha, workspaceReader } from '../github/workspace.js';
import { t } from '../i18n/translate.js';
import { reachesFailLevel } from '../model/severity.js';
import type { ChangeBudget, PrRenderContext } from '../report/pr-context.js';
import { consoleChanges, renderJobSummary, renderSummaryComment } from '../report/pr-summary.js';
import { annotationsSink } from '../sinks/annotations.js';
import { jobSummarySink } from '../sinks/job-summary.js';
import { prReviewSink, type InlineCandidate } from '../sinks/pr-review.js';
import { reportJsonSink, sarifFileSink } from '../sinks/report-files.js';
import { summaryCommentSink } from '../sinks/summary-comment.js';
import type { SinkOutcome } from '../sinks/sink.js';
import { TOOL_VERSION } from '../version.js';
import type { ActionContext, PullRequestInfo } from './context.js';
import type { ModeContext, ModeResult } from './mode-runner.js';
import type { Settings } from './settings.js';

/** The engine entry, injectable for tests of the orchestration alone. */
export type Analyzer = (input: AnalyzeInput) => Promise<Report>;

/**
 * `pull_request` / `pull_request_target`: read the change through the API (or the work tree when it holds the
 * head commit), run the engine on it, then publish: one review with inline comments, one sticky summary
 * comment, the job summary, annotations, SARIF and JSON files. No pull request code is executed, so this is
 * safe under `pull_request_target`.
 */
export async function runPullRequestMode(
  ctx: ModeContext,
  analyze: Analyzer = engineAnalyze,
): Promise<ModeResult> {
  const { settings, context, client, logger } = ctx;
  const pr = context.pullRequest;
  if (!pr)
    throw new Error('pull-request mode without a pull request (selectMode lets this through only with one)');
  const lang = settings.lang;

  const listing = await listPullRequestFiles(client, context.repo, pr.number);
  if (listing.truncated) logger.warning(t(lang, 'github.files.truncated'));
  const changes: PullRequestChanges = {
    files: normaliseChangedFiles(listing.rows, logger),
    truncated: listing.truncated,
  };
  const wanted = extractorReads(settings);
  // Files without a diff that the extractor reads (an image without a patch is no news).
  const unknownDiff = changes.files.filter((f) => f.kind !== 'removed' && !f.diff && wanted(f.path));
  for (const f of unknownDiff) logger.info(t(lang, 'github.unknownDiff.read', { file: f.path }));

  const reader = new GitHubFileReader({
    client,
    graphqlUrl: context.endpoints.graphqlUrl,
    repo: context.repo,
    logger,
  });
  const head = await headFiles(context, pr, reader, logger);
  const sources = githubSource({
    head,
    api: reader,
    baseSha: pr.baseSha,
    changes,
    repoName: `${context.repo.owner}/${context.repo.repo}`,
    logger,
    // The whole head tree is listed so that imports of unchanged files resolve: in diff mode the extractor reads
    // only the changed files and what they import (see src/extract/reach.ts). On disk listing it also lets the
    // engine confirm that an entry the change stopped using is used nowhere else; through the API it is one
    // git/trees request.
    listHeadTree: () =>
      head.workspace !== undefined
        ? listWorkspaceFiles(head.workspace)
        : listTree(client, context.repo, pr.headSha),
  });
  await reader.prefetch(prefetchRequests(wanted, settings.whitelistPath, changes, head, pr));

  // A file without a diff counts as entirely added; its length is known once it has been read.
  const lengths = new Map<string, number>();
  await Promise.all(
    unknownDiff.map(async (f) => {
      const text = await sources.head.readFile(f.path);
      if (text !== undefined) lengths.set(f.path, text.split('\n').length);
    }),
  );
  const report = await analyze({
    head: sources.head,
    base: sources.base,
    whitelistPath: settings.whitelistPath,
    changedFiles: headPaths(changes),
    addedLines: addedLinesByFile(changes, (path) => lengths.get(path)),
    scope: settings.filterMode === 'added' ? 'introduced' : 'all',
    confirmUnusedAcrossRepo: head.kind === 'workspace',
    include: settings.include,
    exclude: settings.exclude,
    excludedRules: settings.excludedRules,
    probe: settings.probe
      ? {
          resolve: settings.resolve,
          ...(settings.extraCaPem ? { extraCaPem: settings.extraCaPem } : {}),
          expiryWarningDays: settings.expiryWarningDays,
          now: ctx.now,
          ...ctx.probeOverrides,
        }
      : false,
    mode: 'pull-request',
    logger,
    now: ctx.now,
  });

  const byPath = new Map(changes.files.map((f) => [f.path, f]));
  const candidates = inlineCandidates(report, byPath);
  const renderBase: Omit<PrRenderContext, 'inlineFingerprints'> = {
    lang,
    links: {
      head: (path, line) => blobUrl(context.endpoints, context.repo, pr.headSha, path, line),
      base: (path, line) => blobUrl(context.endpoints, context.repo, pr.baseSha, path, line),
    },
    key: settings.whitelistPath,
    headSha: pr.headSha,
    expiryWarningDays: settings.expiryWarningDays,
    maxInlineComments: settings.maxInlineComments,
    unknownDiffFiles: unknownDiff.map((f) => f.path),
    truncatedFiles: changes.truncated,
    toolVersion: TOOL_VERSION,
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
  };
  const changeBudget = await monthlyBudget(ctx, pr, report, byPath);
  const render = { ...renderBase, ...(changeBudget ? { changeBudget } : {}) };

  // Publishing: GitHub first, then everything that needs no token.
  let fallback: string | undefined;
  let inline: ReadonlySet<string> = new Set();
  if (pr.isFork && context.eventName === 'pull_request') {
    fallback = t(lang, 'github.fallback.fork');
  } else {
    const review = await prReviewSink({
      client,
      repo: context.repo,
      pullNumber: pr.number,
      headSha: pr.headSha,
      logger,
    }).publish({
      candidates,
      currentFingerprints: new Set(report.findings.map((f) => f.fingerprint)),
      ctx: { ...render, inlineFingerprints: new Set() },
    });
    inline = review.inlineFingerprints;
    fallback = fallbackMessage(review, lang);
    if (review.status !== 'denied') {
      const summary = await summaryCommentSink({
        client,
        repo: context.repo,
        issueNumber: pr.number,
        logger,
      }).publish({
        key: settings.whitelistPath,
        body: renderSummaryComment(report, { ...render, inlineFingerprints: inline }),
      });
      fallback ??= fallbackMessage(summary, lang);
    }
  }
  if (fallback) logger.warning(fallback);
  const finalRender: PrRenderContext = { ...render, inlineFingerprints: inline };
  await jobSummarySink(logger).publish({ markdown: renderJobSummary(report, finalRender, fallback) });
  await annotationsSink(ctx.annotations).publish({
    findings: fallback ? report.findings : report.findings.filter((f) => !inline.has(f.fingerprint)),
    lang,
    reservedWarnings: fallback ? 1 : 0,
  });
  const reportJson = join(ctx.outputDir, 'mp-domain-guard-report.json');
  const sarifFile = join(ctx.outputDir, 'mp-domain-guard.sarif');
  await reportJsonSink(reportJson).publish({ report, lang });
  await sarifFileSink(sarifFile).publish({ report, lang });

  const failing = report.findings.filter((f) => reachesFailLevel(f.severity, settings.failLevel));
  const console = consoleChanges(report, finalRender);
  return {
    outputs: {
      status: failing.length > 0 ? 'failure' : 'success',
      'findings-count': String(report.findings.length),
      'required-updates': JSON.stringify({
        add: console.add.map((c) => ({ list: c.list, origin: c.origin })),
        remove: console.remove.map((c) => ({ list: c.list, origin: c.origin })),
      }),
      'report-json': reportJson,
      'sarif-file': sarifFile,
    },
    ...(failing.length > 0
      ? { failure: t(lang, 'github.status.failed', { count: failing.length, level: settings.failLevel }) }
      : {}),
  };
}

/** The work tree when it holds exactly the head commit (no API reads needed), else the API at the head sha. */
async function headFiles(
  context: ActionContext,
  pr: PullRequestInfo,
  reader: GitHubFileReader,
  logger: ModeContext['logger'],
): Promise<HeadFiles & { workspace?: string }> {
  if (context.workspace && (await workspaceHeadSha(context.workspace)) === pr.headSha) {
    logger.info(`Reading files from the workspace, which holds the head commit ${pr.headSha.slice(0, 7)}`);
    return {
      kind: 'workspace',
      reader: workspaceReader(context.workspace),
      sha: pr.headSha,
      workspace: context.workspace,
    };
  }
  return { kind: 'api', reader, sha: pr.headSha };
}

/** The paths the engine reads: the whitelist, and files of a kind the extractor handles that the globs keep. */
function extractorReads(settings: Settings): (path: string) => boolean {
  const selected = fileFilter({ include: settings.include, exclude: settings.exclude });
  return (path) => path === settings.whitelistPath || (fileKind(path) !== undefined && selected(path));
}

/**
 * The files the engine is going to read, asked for in one GraphQL batch: changed files the extractor handles
 * (at head, and at base for those that existed there) and the whitelist on both sides.
 */
function prefetchRequests(
  wanted: (path: string) => boolean,
  whitelistPath: string,
  changes: PullRequestChanges,
  head: HeadFiles,
  pr: PullRequestInfo,
): BlobRequest[] {
  const requests: BlobRequest[] = [];
  if (head.kind === 'api') {
    for (const path of new Set([...headPaths(changes), whitelistPath])) {
      if (wanted(path)) requests.push({ ref: pr.headSha, path });
    }
  }
  for (const file of changes.files) {
    if (file.kind !== 'added' && wanted(file.basePath))
      requests.push({ ref: pr.baseSha, path: file.basePath });
  }
  // An unchanged whitelist is read once, at head (see githubSource); a changed one is in the loop above.
  return requests;
}

/** Findings GitHub will accept an inline comment for, in the report's order (most severe first). */
function inlineCandidates(report: Report, byPath: ReadonlyMap<string, ChangedFile>): InlineCandidate[] {
  const out: InlineCandidate[] = [];
  const seen = new Set<string>();
  for (const finding of report.findings) {
    if (finding.file === undefined || finding.line === undefined || seen.has(finding.fingerprint)) continue;
    const anchor = anchorFor(byPath.get(finding.file), finding.line);
    if (!anchor) continue;
    seen.add(finding.fingerprint);
    out.push({ finding, anchor });
  }
  return out;
}

/** Commits that changed the whitelist this month on the base branch, against `monthly-change-limit`. */
async function monthlyBudget(
  ctx: ModeContext,
  pr: PullRequestInfo,
  report: Report,
  byPath: ReadonlyMap<string, ChangedFile>,
): Promise<ChangeBudget | undefined> {
  const { settings } = ctx;
  const limit = settings.monthlyChangeLimit;
  if (limit === 0) return undefined;
  const changes = report.whitelistChanges;
  const prNeedsChange =
    report.requiredUpdates.add.length > 0 ||
    report.requiredUpdates.remove.length > 0 ||
    (changes !== undefined && changes.added.length + changes.removed.length > 0) ||
    byPath.has(settings.whitelistPath);
  const since = startOfMonthUtc(ctx.now);
  try {
    const counted = await countCommitsTouching(ctx.client, ctx.context.repo, {
      path: settings.whitelistPath,
      since,
      ...(pr.baseRef ? { branch: pr.baseRef } : {}),
      maxCount: limit + 1,
    });
    return {
      kind: 'counted',
      count: counted.count,
      capped: counted.capped,
      limit,
      since: since.toISOString().slice(0, 10),
      branch: pr.baseRef || 'HEAD',
      prNeedsChange,
    };
  } catch (error) {
    return {
      kind: 'unknown',
      limit,
      reason: t(settings.lang, 'github.budget.failed', { detail: describeGitHubError(error) }),
    };
  }
}

function fallbackMessage(outcome: SinkOutcome, lang: Settings['lang']): string | undefined {
  if (outcome.status === 'denied') return t(lang, 'github.fallback.denied', { detail: outcome.detail ?? '' });
  if (outcome.status === 'failed') return t(lang, 'github.fallback.failed', { detail: outcome.detail ?? '' });
  return undefined;
}
