import { t } from '../i18n/translate.js';
import type { Lang } from '../i18n/types.js';
import type { Finding } from '../model/finding.js';
import type { HostProbeResult } from '../model/probe-result.js';
import { writeState, type WatchState } from '../watch/state.js';
import { cell, code } from './markdown-escape.js';
import { sortedProbes } from './text.js';

/** Hidden marker that identifies the tracking issue among all issues. */
export const WATCH_ISSUE_MARKER = '<!-- mp-domain-guard:watch-issue -->';
/** GitHub refuses bodies over 65,536 characters; keep a margin for the state comment and multi-byte text. */
const BODY_BUDGET = 60_000;

export interface WatchIssueInput {
  readonly probes: readonly HostProbeResult[];
  readonly problems: readonly Finding[];
  readonly state: WatchState;
  readonly whitelistPath: string;
  readonly expiryWarningDays: number;
  readonly now: Date;
  readonly runUrl?: string;
}

const ICON = { error: '🔴', warning: '🟠', notice: '🔵' } as const;

/** The tracking issue body: problems first, then every domain sorted by days left. Pure. */
export function renderWatchIssue(input: WatchIssueInput, lang: Lang): string {
  const head: string[] = [
    WATCH_ISSUE_MARKER,
    t(lang, 'watch.issue.intro', {
      count: input.probes.length,
      whitelist: input.whitelistPath,
      date: input.now.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      days: input.expiryWarningDays,
    }),
    '',
  ];
  if (input.runUrl) head.push(t(lang, 'watch.issue.runLink', { url: input.runUrl }), '');

  if (input.problems.length > 0) {
    head.push(`### ${t(lang, 'watch.issue.problemsHeading')}`, '');
    for (const f of input.problems) {
      const seen = input.state.firstSeen[f.fingerprint];
      const since = seen ? ` _(${t(lang, 'watch.issue.since', { date: seen.slice(0, 10) })})_` : '';
      head.push(
        `- ${ICON[f.severity]} ${code(`${f.host ?? ''}`)} ${code(f.ruleId)}: ${cell(f.message[lang])}${since}`,
      );
    }
    head.push('');
  }

  const tableHead = [
    `### ${t(lang, 'watch.issue.domainsHeading')}`,
    '',
    `| ${t(lang, 'report.table.domain')} | ${t(lang, 'report.table.lists')} | ${t(lang, 'report.table.issuer')} | ${t(lang, 'report.table.expires')} | ${t(lang, 'report.table.daysLeft')} | ${t(lang, 'report.table.verdict')} |`,
    '|---|---|---|---|---:|---|',
  ];
  const footer = ['', `<sub>${t(lang, 'watch.issue.footer')}</sub>`, writeState(input.state)];
  const rows = sortedProbes(input.probes).map((probe) => domainRow(probe, input, lang));

  const fixed = [...head, ...tableHead, ...footer].join('\n').length;
  const kept: string[] = [];
  let used = fixed;
  for (const [i, row] of rows.entries()) {
    const moreLine = t(lang, 'watch.issue.more', { count: rows.length - i });
    if (used + row.length + 1 + moreLine.length + 1 > BODY_BUDGET) {
      kept.push('', moreLine);
      break;
    }
    kept.push(row);
    used += row.length + 1;
  }
  return [...head, ...tableHead, ...kept, ...footer].join('\n');
}

function domainRow(probe: HostProbeResult, input: WatchIssueInput, lang: Lang): string {
  const cert = probe.certificate;
  const problems = input.problems.filter(
    (f) => f.host === probe.host && (f.port ?? probe.port) === probe.port,
  );
  const verdict =
    probe.status !== 'ok'
      ? `🔴 ${t(lang, 'report.verdict.unreachable')}: ${cell(probe.failureReason ?? '?')}`
      : problems.length === 0 && probe.findings.length === 0
        ? `✅ ${t(lang, 'report.verdict.ok')}`
        : probe.findings.map((f) => `${ICON[f.severity]} ${code(f.ruleId)}`).join(' ');
  const firstSeen = problems
    .map((f) => input.state.firstSeen[f.fingerprint])
    .filter((d): d is string => d !== undefined)
    .sort()[0];
  const since = firstSeen ? ` (${t(lang, 'watch.issue.since', { date: firstSeen.slice(0, 10) })})` : '';
  return [
    '',
    code(`${probe.host}:${probe.port}`),
    cell(probe.lists.map((l) => t(lang, `core.list.${l}`)).join(', ')),
    cert ? cell(cert.issuer) : t(lang, 'watch.issue.noCertificate'),
    cert ? cert.notAfter.slice(0, 10) : '—',
    cert ? String(cert.daysLeft) : '—',
    `${verdict}${since}`,
    '',
  ]
    .join(' | ')
    .trim();
}
