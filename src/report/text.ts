import type { Report } from '../engine/report.js';
import { t } from '../i18n/translate.js';
import type { Lang } from '../i18n/types.js';
import type { Finding } from '../model/finding.js';
import type { HostProbeResult } from '../model/probe-result.js';
import type { Severity } from '../model/severity.js';
import { summarize } from './json.js';
import { groupFindings, hostKey, place } from './groups.js';

export interface TextOptions {
  /** ANSI colours (a terminal without NO_COLOR). */
  readonly color: boolean;
  /** At most this many use sites are listed per required entry. */
  readonly maxPlaces?: number;
}

const COLOR: Readonly<Record<Severity | 'dim' | 'bold', string>> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  notice: '\u001b[36m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
};
const RESET = '\u001b[0m';

/** The terminal report: grouped by console list, each finding with file:line, then the console updates. */
export function renderText(report: Report, lang: Lang, options: TextOptions): string {
  const paint = (style: keyof typeof COLOR, text: string) =>
    options.color ? `${COLOR[style]}${text}${RESET}` : text;
  const out: string[] = [];
  out.push(paint('bold', headerLine(report, lang)), '');

  const groups = groupFindings(report);
  const findingLines = (finding: Finding, indent: string) => {
    const severity = t(lang, `core.severity.${finding.severity}`).padEnd(lang === 'en' ? 8 : 4);
    const where = finding.file !== undefined ? place(finding.file, finding.line, finding.column) : '';
    out.push(
      `${indent}${paint(finding.severity, severity)} ${paint('dim', finding.ruleId)}  ${where}`.trimEnd(),
    );
    for (const line of finding.message[lang].split('\n')) out.push(`${indent}    ${line}`);
  };

  for (const [list, findings] of groups.byList) {
    out.push(paint('bold', t(lang, 'report.section.list', { list: t(lang, `core.list.${list}`) })));
    for (const finding of findings) findingLines(finding, '  ');
    out.push('');
  }
  if (groups.project.length > 0) {
    out.push(paint('bold', t(lang, 'report.section.project')));
    for (const finding of groups.project) findingLines(finding, '  ');
    out.push('');
  }
  if (groups.whitelist.length > 0) {
    out.push(paint('bold', t(lang, 'report.section.whitelist', { path: report.whitelist.path })));
    for (const finding of groups.whitelist) findingLines(finding, '  ');
    out.push('');
  }
  if (report.probes.length > 0) {
    out.push(paint('bold', t(lang, 'report.section.tls')));
    for (const probe of sortedProbes(report.probes)) {
      out.push(`  ${probeLine(probe, lang)}`);
      for (const finding of groups.tls.get(hostKey(probe.host, probe.port)) ?? [])
        findingLines(finding, '    ');
    }
    out.push('');
  }

  const changes = report.whitelistChanges;
  if (changes && (changes.added.length > 0 || changes.removed.length > 0)) {
    out.push(paint('bold', t(lang, 'report.section.whitelistChanges')));
    for (const entry of changes.added) {
      out.push(
        `  + ${t(lang, 'report.whitelistChanges.added', { list: t(lang, `core.list.${entry.list}`), origin: entry.origin })}`,
      );
    }
    for (const entry of changes.removed) {
      out.push(
        `  - ${t(lang, 'report.whitelistChanges.removed', { list: t(lang, `core.list.${entry.list}`), origin: entry.origin })}`,
      );
    }
    out.push('');
  }

  out.push(paint('bold', t(lang, 'report.section.required')));
  const { add, remove } = report.requiredUpdates;
  if (add.length === 0 && remove.length === 0) out.push(`  ${t(lang, 'report.required.none')}`);
  const maxPlaces = options.maxPlaces ?? 3;
  for (const entry of add) {
    const places = entry.usedAt.slice(0, maxPlaces).map((u) => place(u.file, u.line));
    if (entry.usedAt.length > maxPlaces)
      places.push(t(lang, 'report.required.more', { count: entry.usedAt.length - maxPlaces }));
    out.push(
      `  ${t(lang, `core.list.${entry.list}`)}: ${paint('bold', t(lang, 'report.required.add', { origin: entry.origin }))}`,
    );
    out.push(`    ${paint('dim', t(lang, 'report.required.usedAt', { places: places.join(', ') }))}`);
  }
  for (const entry of remove) {
    out.push(
      `  ${t(lang, `core.list.${entry.list}`)}: ${t(lang, 'report.required.remove', { origin: entry.origin })}`,
    );
  }
  out.push('');

  if (report.skipped.length > 0) {
    out.push(paint('dim', t(lang, 'report.section.skipped', { count: report.skipped.length })));
    for (const skipped of report.skipped.slice(0, 20)) {
      const detail = skipped.detail ? ` (${skipped.detail})` : '';
      out.push(paint('dim', `  ${skipped.file}: ${t(lang, `report.skipped.${skipped.reason}`)}${detail}`));
    }
    if (report.skipped.length > 20)
      out.push(paint('dim', `  ${t(lang, 'report.required.more', { count: report.skipped.length - 20 })}`));
    out.push('');
  }

  out.push(summaryLine(report, lang));
  return `${out.join('\n')}\n`;
}

export function headerLine(report: Report, lang: Lang): string {
  const params = {
    mode: t(lang, `report.mode.${report.mode}`),
    source: report.source,
    whitelist: report.whitelist.path,
    entries: report.whitelist.entries,
    platform: report.whitelist.platform,
  };
  return t(lang, report.whitelist.found ? 'report.header' : 'report.header.noWhitelist', params);
}

export function summaryLine(report: Report, lang: Lang): string {
  const s = summarize(report);
  return t(lang, 'report.summary', {
    errors: s.errors,
    warnings: s.warnings,
    notices: s.notices,
    endpoints: s.endpoints,
    files: report.stats.filesRead,
    hosts: s.hostsProbed,
    seconds: (report.stats.durationMs / 1000).toFixed(2),
  });
}

/** Soonest expiry first; unreachable hosts first of all, since they are the most urgent. */
export function sortedProbes(probes: readonly HostProbeResult[]): HostProbeResult[] {
  const days = (p: HostProbeResult) => (p.certificate ? p.certificate.daysLeft : Number.NEGATIVE_INFINITY);
  return [...probes].sort((a, b) => days(a) - days(b) || a.host.localeCompare(b.host));
}

export function probeLine(probe: HostProbeResult, lang: Lang): string {
  if (probe.status !== 'ok' || !probe.certificate) {
    return t(lang, 'report.probe.failed', {
      host: probe.host,
      port: probe.port,
      reason: probe.failureReason ?? '?',
    });
  }
  return t(lang, 'report.probe.ok', {
    host: probe.host,
    port: probe.port,
    protocol: probe.protocol ?? '?',
    issuer: probe.certificate.issuer,
    notAfter: probe.certificate.notAfter.slice(0, 10),
    days: probe.certificate.daysLeft,
  });
}
