import { ruleMeta } from '../rules/registry.js';
import { t } from '../i18n/translate.js';
import type { Lang } from '../i18n/types.js';
import type { Finding } from '../model/finding.js';
import type { Severity } from '../model/severity.js';
import { cell, code } from './markdown-escape.js';
import type { PrLinks } from './pr-context.js';

export const SEVERITY_ICON: Readonly<Record<Severity, string>> = { error: '🔴', warning: '🟠', notice: '🔵' };

/** `path:line` as a link to the line at the head commit. */
export function placeLink(links: PrLinks, file: string, line?: number): string {
  const label = line === undefined ? file : `${file}:${line}`;
  return `[${code(label)}](${links.head(file, line)})`;
}

/** Where a finding is: a linked file:line, or the host it concerns. */
export function findingWhere(finding: Finding, links: PrLinks): string {
  if (finding.file !== undefined) return placeLink(links, finding.file, finding.line);
  const host = finding.host ?? '?';
  const shown = host.includes(':') ? `[${host}]` : host;
  return code(finding.port ? `${shown}:${finding.port}` : shown);
}

/** The rule id, linked to its citation when the registry knows the rule. */
export function ruleLink(ruleId: string): string {
  const url = ruleMeta(ruleId)?.citation.url;
  return url ? `[${code(ruleId)}](${url})` : code(ruleId);
}

export function severityLabel(severity: Severity, lang: Lang): string {
  return `${SEVERITY_ICON[severity]} ${t(lang, `core.severity.${severity}`)}`;
}

/** One finding as a Markdown list item (review body overflow, notes). */
export function findingListItem(finding: Finding, links: PrLinks, lang: Lang): string {
  const message = finding.message[lang].split('\n')[0] ?? '';
  return `- ${SEVERITY_ICON[finding.severity]} ${code(finding.ruleId)} ${findingWhere(finding, links)}: ${cell(message)}`;
}

/** One finding as a table row: severity, rule, where, message. */
export function findingRow(finding: Finding, links: PrLinks, lang: Lang, mark = ''): string {
  return `| ${severityLabel(finding.severity, lang)}${mark} | ${ruleLink(finding.ruleId)} | ${findingWhere(finding, links)} | ${cell(finding.message[lang])} |`;
}

/** Errors, warnings, notices. */
export function countBySeverity(findings: readonly Finding[]): Readonly<Record<Severity, number>> {
  const out = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
