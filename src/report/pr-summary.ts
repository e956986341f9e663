import type { Report } from '../engine/report.js';
import { t } from '../i18n/translate.js';
import type { Lang } from '../i18n/types.js';
import { CONSOLE_LISTS, MODIFY_DOMAIN_FIELD, type ConsoleList } from '../model/lists.js';
import type { HostProbeResult } from '../model/probe-result.js';
import { cell, code } from './markdown-escape.js';
import { clampBody, codePointLength, COMMENT_BUDGET, fitItems, JOB_SUMMARY_BUDGET } from './pr-budget.js';
import type { ChangeBudget, PrRenderContext } from './pr-context.js';
import { countBySeverity, findingRow, placeLink, SEVERITY_ICON } from './pr-format.js';
import { summaryMarker } from './pr-markers.js';

/** A console entry the pull request means to add or remove, with why. */
interface ConsoleChange {
  readonly list: ConsoleList;
  readonly origin: string;
  readonly reasons: string[];
}

export interface ConsoleChanges {
  readonly add: readonly ConsoleChange[];
  readonly remove: readonly ConsoleChange[];
}

/**
 * What the console needs: entries the code uses that are not whitelisted, entries the pull request adds to the
 * whitelist file, entries the pull request stops using, and entries it removes from the file.
 */
export function consoleChanges(report: Report, ctx: Pick<PrRenderContext, 'lang' | 'links'>): ConsoleChanges {
  const { lang, links } = ctx;
  const add = new Map<string, ConsoleChange>();
  const remove = new Map<string, ConsoleChange>();
  const entry = (map: Map<string, ConsoleChange>, list: ConsoleList, origin: string) => {
    const k = `${list} ${origin}`;
    let change = map.get(k);
    if (!change) map.set(k, (change = { list, origin, reasons: [] }));
    return change;
  };
  const wl = report.whitelist.path;
  for (const e of report.requiredUpdates.add) {
    const places = e.usedAt.slice(0, 3).map((u) => placeLink(links, u.file, u.line));
    if (e.usedAt.length > 3) places.push(t(lang, 'github.more.count', { count: e.usedAt.length - 3 }));
    entry(add, e.list, e.origin).reasons.push(
      t(lang, 'github.required.usedAt', { places: places.join(', '), file: code(wl) }),
    );
  }
  for (const e of report.whitelistChanges?.added ?? []) {
    entry(add, e.list, e.origin).reasons.push(
      t(lang, 'github.required.addedToFile', { place: placeLink(links, wl, e.line) }),
    );
  }
  for (const e of report.requiredUpdates.remove) {
    entry(remove, e.list, e.origin).reasons.push(
      t(lang, 'github.required.unusedNow', { place: placeLink(links, e.definedAt.file, e.definedAt.line) }),
    );
  }
  for (const e of report.whitelistChanges?.removed ?? []) {
    const place = `[${code(`${wl}:${e.line}`)}](${links.base(wl, e.line)})`;
    entry(remove, e.list, e.origin).reasons.push(t(lang, 'github.required.removedFromFile', { place }));
  }
  const order = (a: ConsoleChange, b: ConsoleChange) =>
    CONSOLE_LISTS.indexOf(a.list) - CONSOLE_LISTS.indexOf(b.list) || a.origin.localeCompare(b.origin);
  return { add: [...add.values()].sort(order), remove: [...remove.values()].sort(order) };
}

/**
 * The sticky summary comment: status, the console changes per list with paste-ready blocks, the TLS verdict
 * per domain, the monthly change budget, every finding, and notes. It stays under GitHub's body limit by
 * giving each section a share of the budget and ending long lists with "and N more".
 */
export function renderSummaryComment(report: Report, ctx: PrRenderContext): string {
  return renderSummary(report, ctx, {
    budget: COMMENT_BUDGET,
    marker: true,
    more: (count) => t(ctx.lang, 'github.more.jobSummary', { count }),
  });
}

/**
 * The job summary: the same sections without the marker, with the runner's much larger budget, so lists that
 * the comment had to cut appear here in full; `banner` carries a warning such as the read-only fallback.
 */
export function renderJobSummary(report: Report, ctx: PrRenderContext, banner?: string): string {
  return renderSummary(report, ctx, {
    budget: JOB_SUMMARY_BUDGET,
    marker: false,
    more: (count) => t(ctx.lang, 'github.more.count', { count }),
    ...(banner ? { banner } : {}),
  });
}

interface SummaryOptions {
  readonly budget: number;
  readonly marker: boolean;
  readonly banner?: string;
  /** The "and N more" text for cut lists. */
  readonly more: (count: number) => string;
}

function renderSummary(report: Report, ctx: PrRenderContext, options: SummaryOptions): string {
  const { lang } = ctx;
  const changes = consoleChanges(report, ctx);
  const header = [
    ...(options.marker ? [summaryMarker(ctx.key)] : []),
    `## 🛡️ ${t(lang, 'github.summary.title')}`,
    '',
    ...(options.banner ? ['> [!WARNING]', `> ${options.banner}`, ''] : []),
    statusLine(report, changes, ctx),
    '',
  ];
  const footer = ['', `<sub>${footerText(ctx)}</sub>`];
  let remaining = options.budget - codePointLength([...header, ...footer].join('\n')) - 500;
  const take = (text: string) => {
    remaining -= codePointLength(text) + 1;
    return text;
  };
  const { more } = options;
  const required = take(renderRequired(changes, report, ctx, Math.floor(remaining * 0.4), more));
  const tls = take(renderTls(report.probes, ctx, Math.floor(remaining * 0.25), more));
  const budget = take(renderBudget(ctx.changeBudget, report.whitelist.path, lang));
  const notes = take(renderNotes(report, ctx, Math.floor(remaining * 0.2), more));
  const findings = renderFindings(report, ctx, remaining, more);
  const body = [header.join('\n'), required, tls, budget, findings, notes, footer.join('\n')]
    .filter((section) => section !== '')
    .join('\n');
  return clampBody(body, options.budget, t(lang, 'github.body.clamped'));
}

function statusLine(report: Report, changes: ConsoleChanges, ctx: PrRenderContext): string {
  const { lang } = ctx;
  const counts = countBySeverity(report.findings);
  const consoleCount = changes.add.length + changes.remove.length;
  if (report.findings.length === 0 && consoleCount === 0)
    return `✅ **${t(lang, 'github.summary.allGood')}**`;
  const icon = counts.error > 0 ? '❌' : counts.warning > 0 ? '⚠️' : 'ℹ️';
  const parts = [
    t(lang, 'github.summary.counts', {
      errors: counts.error,
      warnings: counts.warning,
      notices: counts.notice,
    }),
  ];
  if (consoleCount > 0) parts.push(t(lang, 'github.summary.consoleCount', { count: consoleCount }));
  return `${icon} **${parts.join(' · ')}**`;
}

function footerText(ctx: PrRenderContext): string {
  const sha = code(ctx.headSha.slice(0, 7));
  const run = ctx.runUrl ? ` · [${t(ctx.lang, 'github.summary.runLink')}](${ctx.runUrl})` : '';
  return `${t(ctx.lang, 'github.summary.footer', { sha, version: ctx.toolVersion })}${run}`;
}

function renderRequired(
  changes: ConsoleChanges,
  report: Report,
  ctx: PrRenderContext,
  budget: number,
  more: (count: number) => string,
): string {
  const { lang } = ctx;
  const out = [`### ${t(lang, 'github.required.heading')}`, ''];
  if (changes.add.length === 0 && changes.remove.length === 0) {
    out.push(t(lang, 'github.required.none'), '');
    return out.join('\n');
  }
  out.push(t(lang, 'github.required.intro', { file: code(report.whitelist.path) }), '');
  const lists = CONSOLE_LISTS.filter(
    (l) => changes.add.some((c) => c.list === l) || changes.remove.some((c) => c.list === l),
  );
  const total = changes.add.length + changes.remove.length;
  const item = (action: string, reasons: readonly string[]) =>
    t(lang, 'github.required.item', {
      action,
      reasons: reasons.join(t(lang, 'github.required.reasonSeparator')),
    });
  for (const list of lists) {
    const adds = changes.add.filter((c) => c.list === list);
    const removes = changes.remove.filter((c) => c.list === list);
    const share = Math.max(600, Math.floor((budget * (adds.length + removes.length)) / total));
    out.push(`#### ${t(lang, `core.list.${list}`)}`, '');
    const items = [
      ...adds.map(
        (c) => `- ➕ ${item(t(lang, 'github.required.add', { origin: code(c.origin) }), c.reasons)}`,
      ),
      ...removes.map(
        (c) => `- ➖ ${item(t(lang, 'github.required.remove', { origin: code(c.origin) }), c.reasons)}`,
      ),
    ];
    out.push(
      fitItems(
        items,
        (s) => s,
        Math.floor(share * 0.6),
        (count) => `- ${more(count)}`,
      ),
    );
    const pasteBlock = (
      key: 'github.required.pasteAdd' | 'github.required.pasteRemove',
      entries: typeof adds,
      part: number,
    ) => {
      if (entries.length === 0) return;
      out.push('', t(lang, key, { list: t(lang, `core.list.${list}`) }), '', '```text');
      out.push(
        fitItems(
          entries,
          (c) => c.origin,
          Math.floor(share * part),
          (count) => `# ${more(count)}`,
        ),
      );
      out.push('```');
    };
    pasteBlock('github.required.pasteAdd', adds, 0.3);
    pasteBlock('github.required.pasteRemove', removes, 0.1);
    out.push('');
  }
  if (report.whitelist.platform === 'wechat')
    out.push(modifyDomainBlock(changes, lang, Math.floor(budget * 0.2)), '');
  return out.join('\n');
}

/**
 * The same changes as WeChat's modify_domain / setwebviewdomain request bodies, for third-party platforms that
 * manage domains through the API (platform-rules.md §1.4).
 */
function modifyDomainBlock(changes: ConsoleChanges, lang: Lang, budget: number): string {
  const bodies: unknown[] = [];
  for (const [action, entries] of [
    ['add', changes.add],
    ['delete', changes.remove],
  ] as const) {
    const server: Record<string, string[]> = {};
    const webview: string[] = [];
    for (const c of entries) {
      if (c.list === 'webview') webview.push(c.origin);
      else (server[MODIFY_DOMAIN_FIELD[c.list]] ??= []).push(c.origin);
    }
    if (Object.keys(server).length > 0) bodies.push({ api: 'modify_domain', body: { action, ...server } });
    if (webview.length > 0)
      bodies.push({ api: 'setwebviewdomain', body: { action, webviewdomain: webview } });
  }
  const json = bodies.map((b) => JSON.stringify(b)).join('\n');
  if (codePointLength(json) > budget) return '';
  return [
    `<details><summary>${t(lang, 'github.required.apiBodies')}</summary>`,
    '',
    '```json',
    json,
    '```',
    '',
    '</details>',
  ].join('\n');
}

function probeVerdict(probe: HostProbeResult, ctx: PrRenderContext): { rank: number; text: string } {
  const { lang } = ctx;
  if (probe.status !== 'ok') {
    return {
      rank: 0,
      text: `🔴 ${t(lang, 'github.tls.unreachable', { reason: cell(probe.failureReason ?? '?') })}`,
    };
  }
  const errors = probe.findings.filter((f) => f.severity === 'error');
  const warnings = probe.findings.filter((f) => f.severity !== 'error');
  const days = probe.certificate?.daysLeft;
  const rules = (fs: typeof probe.findings) => [...new Set(fs.map((f) => code(f.ruleId)))].join(', ');
  if (errors.length > 0) return { rank: 1, text: `${SEVERITY_ICON.error} ${rules(errors)}` };
  if (days !== undefined && days < 0)
    return { rank: 1, text: `🔴 ${t(lang, 'github.tls.expired', { days: -days })}` };
  if (warnings.length > 0) return { rank: 2, text: `${SEVERITY_ICON.warning} ${rules(warnings)}` };
  if (days !== undefined && days <= ctx.expiryWarningDays) {
    return { rank: 2, text: `🟠 ${t(lang, 'github.tls.expiring', { days })}` };
  }
  return { rank: 3, text: `✅ ${t(lang, 'github.tls.ok')}` };
}

function renderTls(
  probes: readonly HostProbeResult[],
  ctx: PrRenderContext,
  budget: number,
  more: (count: number) => string,
): string {
  const { lang } = ctx;
  const out = [`### ${t(lang, 'github.tls.heading')}`, ''];
  if (probes.length === 0) {
    out.push(t(lang, 'github.tls.none'), '');
    return out.join('\n');
  }
  const rows = probes
    .map((p) => ({ probe: p, verdict: probeVerdict(p, ctx) }))
    .sort(
      (a, b) =>
        a.verdict.rank - b.verdict.rank ||
        (a.probe.certificate?.daysLeft ?? -Infinity) - (b.probe.certificate?.daysLeft ?? -Infinity) ||
        a.probe.host.localeCompare(b.probe.host),
    );
  out.push(
    `| ${t(lang, 'github.table.domain')} | ${t(lang, 'github.table.lists')} | ${t(lang, 'github.table.verdict')} | ${t(lang, 'github.table.issuer')} | ${t(lang, 'github.table.expires')} | ${t(lang, 'github.table.daysLeft')} |`,
    '|---|---|---|---|---|---:|',
  );
  out.push(
    fitItems(
      rows,
      ({ probe, verdict }) => {
        const cert = probe.certificate;
        const host = probe.host.includes(':') ? `[${probe.host}]` : probe.host;
        const domain = code(probe.port === 443 ? host : `${host}:${probe.port}`);
        const lists = probe.lists.map((l) => t(lang, `core.list.${l}`)).join(', ');
        return `| ${domain} | ${cell(lists)} | ${verdict.text} | ${cert ? cell(cert.issuer) : '—'} | ${cert ? cert.notAfter.slice(0, 10) : '—'} | ${cert ? cert.daysLeft : '—'} |`;
      },
      budget - codePointLength(out.join('\n')),
      (count) => `| ${more(count)} | | | | | |`,
    ),
    '',
  );
  return out.join('\n');
}

function renderBudget(budget: ChangeBudget | undefined, whitelistPath: string, lang: Lang): string {
  if (!budget) return '';
  const out = [`### ${t(lang, 'github.budget.heading')}`, ''];
  if (budget.kind === 'unknown') {
    out.push(t(lang, 'github.budget.unknown', { reason: cell(budget.reason), limit: budget.limit }), '');
    return out.join('\n');
  }
  const count = budget.capped
    ? t(lang, 'github.budget.atLeast', { count: budget.count })
    : String(budget.count);
  out.push(
    t(lang, 'github.budget.used', {
      count,
      limit: budget.limit,
      file: code(whitelistPath),
      branch: code(budget.branch),
      since: budget.since,
    }),
    '',
  );
  if (!budget.prNeedsChange) {
    out.push(t(lang, 'github.budget.noChange'), '');
  } else if (budget.count + 1 > budget.limit) {
    out.push(
      `> [!WARNING]`,
      `> ${t(lang, 'github.budget.over', { next: budget.count + 1, limit: budget.limit })}`,
      '',
    );
  } else {
    out.push(t(lang, 'github.budget.thisPr', { next: budget.count + 1, limit: budget.limit }), '');
  }
  return out.join('\n');
}

function renderFindings(
  report: Report,
  ctx: PrRenderContext,
  budget: number,
  more: (count: number) => string,
): string {
  const { lang } = ctx;
  if (report.findings.length === 0) return '';
  const counts = countBySeverity(report.findings);
  const title = t(lang, 'github.findings.heading', {
    count: report.findings.length,
    errors: counts.error,
    warnings: counts.warning,
    notices: counts.notice,
  });
  const collapse = report.findings.length > 10;
  const header = [
    collapse ? `<details><summary><b>${title}</b></summary>` : `### ${title}`,
    '',
    t(lang, 'github.findings.inlineLegend'),
    '',
    `| ${t(lang, 'github.table.severity')} | ${t(lang, 'github.table.rule')} | ${t(lang, 'github.table.where')} | ${t(lang, 'github.table.message')} |`,
    '|---|---|---|---|',
  ];
  const close = collapse ? ['', '</details>', ''] : [''];
  const rows = fitItems(
    report.findings,
    (f) => findingRow(f, ctx.links, lang, ctx.inlineFingerprints.has(f.fingerprint) ? ' 💬' : ''),
    budget - codePointLength([...header, ...close].join('\n')) - 10,
    (count) => `| | | | ${more(count)} |`,
  );
  return [...header, rows, ...close].join('\n');
}

function renderNotes(
  report: Report,
  ctx: PrRenderContext,
  budget: number,
  more: (count: number) => string,
): string {
  const { lang } = ctx;
  const notes: string[] = [];
  const share = Math.floor(budget / 3);
  if (ctx.truncatedFiles) notes.push(`- ${t(lang, 'github.notes.truncated')}`);
  if (ctx.unknownDiffFiles.length > 0) {
    const files = fitItems(
      ctx.unknownDiffFiles,
      (f) => code(f),
      share,
      (count) => t(lang, 'github.more.count', { count }),
      ', ',
    );
    notes.push(`- ${t(lang, 'github.notes.unknownDiff', { count: ctx.unknownDiffFiles.length, files })}`);
  }
  if (report.unresolved.length > 0) {
    const items = fitItems(
      report.unresolved,
      (u) => `  - ${placeLink(ctx.links, u.file, u.line)} ${code(u.api)}: ${code(u.expression)}`,
      share,
      (count) => `  - ${more(count)}`,
    );
    notes.push(`- ${t(lang, 'github.notes.unresolved', { count: report.unresolved.length })}`, items);
  }
  if (report.skipped.length > 0) {
    const items = fitItems(
      report.skipped,
      (s) => `  - ${code(s.file)}: ${s.reason}${s.detail ? ` (${cell(s.detail)})` : ''}`,
      share,
      (count) => `  - ${more(count)}`,
    );
    notes.push(`- ${t(lang, 'github.notes.skipped', { count: report.skipped.length })}`, items);
  }
  if (notes.length === 0) return '';
  return [`### ${t(lang, 'github.notes.heading')}`, '', ...notes, ''].join('\n');
}
