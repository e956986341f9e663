import type { Report } from '../engine/report.js';
import { t } from '../i18n/translate.js';
import type { Lang } from '../i18n/types.js';
import { CONSOLE_LISTS } from '../model/lists.js';
import { cell, code } from './markdown-escape.js';
import { headerLine, probeLine, sortedProbes, summaryLine } from './text.js';
import { place } from './groups.js';

const ICON = { error: '🔴', warning: '🟠', notice: '🔵' } as const;

/** The `--format markdown` report: summary, findings table, console updates with paste-ready blocks, TLS table. */
export function renderMarkdown(report: Report, lang: Lang): string {
  const out: string[] = [
    `## ${t(lang, 'report.title')}`,
    '',
    headerLine(report, lang),
    '',
    `**${summaryLine(report, lang)}**`,
    '',
  ];

  if (report.findings.length === 0) {
    out.push(`✅ ${t(lang, 'report.allGood')}`, '');
  } else {
    out.push(
      `| ${t(lang, 'report.table.severity')} | ${t(lang, 'report.table.rule')} | ${t(lang, 'report.table.where')} | ${t(lang, 'report.table.message')} |`,
      '|---|---|---|---|',
    );
    for (const f of report.findings) {
      const where =
        f.file !== undefined
          ? code(place(f.file, f.line))
          : code(`${f.host ?? ''}${f.port ? `:${f.port}` : ''}`);
      out.push(
        `| ${ICON[f.severity]} ${t(lang, `core.severity.${f.severity}`)} | ${code(f.ruleId)} | ${where} | ${cell(f.message[lang])} |`,
      );
    }
    out.push('');
  }

  out.push(`### ${t(lang, 'report.section.required')}`, '');
  const { add, remove } = report.requiredUpdates;
  if (add.length === 0 && remove.length === 0) out.push(t(lang, 'report.required.none'), '');
  for (const list of CONSOLE_LISTS) {
    const adds = add.filter((e) => e.list === list);
    const removes = remove.filter((e) => e.list === list);
    if (adds.length === 0 && removes.length === 0) continue;
    out.push(`**${t(lang, `core.list.${list}`)}**`, '');
    for (const entry of adds) {
      const places = entry.usedAt.slice(0, 3).map((u) => code(place(u.file, u.line)));
      if (entry.usedAt.length > 3)
        places.push(t(lang, 'report.required.more', { count: entry.usedAt.length - 3 }));
      out.push(
        `- ➕ ${t(lang, 'report.required.add', { origin: code(entry.origin) })} — ${t(lang, 'report.required.usedAt', { places: places.join(', ') })}`,
      );
    }
    for (const entry of removes)
      out.push(`- ➖ ${t(lang, 'report.required.remove', { origin: code(entry.origin) })}`);
    if (adds.length > 0) out.push('', '```text', ...adds.map((e) => e.origin), '```');
    out.push('');
  }

  if (report.probes.length > 0) {
    out.push(`### ${t(lang, 'report.section.tls')}`, '');
    out.push(
      `| ${t(lang, 'report.table.domain')} | ${t(lang, 'report.table.verdict')} | ${t(lang, 'report.table.message')} |`,
      '|---|---|---|',
    );
    for (const probe of sortedProbes(report.probes)) {
      const verdict =
        probe.status !== 'ok'
          ? `🔴 ${t(lang, 'report.verdict.unreachable')}`
          : probe.findings.length === 0
            ? `✅ ${t(lang, 'report.verdict.ok')}`
            : `${ICON[probe.findings.some((f) => f.severity === 'error') ? 'error' : 'warning']} ${t(lang, 'report.verdict.problems', { count: probe.findings.length })}`;
      out.push(`| ${code(`${probe.host}:${probe.port}`)} | ${verdict} | ${cell(probeLine(probe, lang))} |`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
