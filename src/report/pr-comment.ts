import { t } from '../i18n/translate.js';
import type { Lang } from '../i18n/types.js';
import type { Finding } from '../model/finding.js';
import { ruleMeta } from '../rules/registry.js';
import { clampBody, COMMENT_BUDGET } from './pr-budget.js';
import { ruleLink, severityLabel } from './pr-format.js';
import { findingMarker } from './pr-markers.js';

/**
 * The body of one inline review comment: the hidden fingerprint marker first (so later runs recognise it),
 * then severity, rule, the finding's message, and how to fix it.
 */
export function renderFindingComment(finding: Finding, key: string, lang: Lang): string {
  const meta = ruleMeta(finding.ruleId);
  const lines = [
    findingMarker(key, finding.fingerprint),
    `**${severityLabel(finding.severity, lang)}** · ${ruleLink(finding.ruleId)}${finding.list ? ` · ${t(lang, 'github.comment.list', { list: t(lang, `core.list.${finding.list}`) })}` : ''}`,
    '',
    finding.message[lang],
  ];
  if (meta) lines.push('', `💡 ${t(lang, 'github.comment.fix', { fix: t(lang, meta.fix) })}`);
  return clampBody(lines.join('\n'), COMMENT_BUDGET, t(lang, 'github.body.clamped'));
}
