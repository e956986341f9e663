import { t } from '../i18n/translate.js';
import type { Finding } from '../model/finding.js';
import { clampBody, COMMENT_BUDGET, codePointLength, fitItems } from './pr-budget.js';
import type { PrRenderContext } from './pr-context.js';
import { findingListItem } from './pr-format.js';
import { reviewMarker } from './pr-markers.js';

/**
 * The body of the one review a run posts. It says how many inline comments come with it and lists, collapsed,
 * the findings of the changed lines that did not get an inline comment because of `max-inline-comments`.
 */
export function renderReviewBody(
  newInline: readonly Finding[],
  overflow: readonly Finding[],
  ctx: PrRenderContext,
): string {
  const { lang } = ctx;
  const head = [
    reviewMarker(ctx.key),
    `**mp-domain-guard** · ${t(lang, 'github.review.intro', { count: newInline.length })}`,
  ];
  if (overflow.length === 0) {
    head.push('', t(lang, 'github.review.seeSummary'));
    return head.join('\n');
  }
  const summary = t(lang, 'github.review.overflow', { count: overflow.length, max: ctx.maxInlineComments });
  const open = ['', `<details><summary>${summary}</summary>`, ''];
  const close = ['', '</details>', '', t(lang, 'github.review.seeSummary')];
  const fixed = codePointLength([...head, ...open, ...close].join('\n'));
  const list = fitItems(
    overflow,
    (f) => findingListItem(f, ctx.links, lang),
    COMMENT_BUDGET - fixed - 200,
    (count) => `- ${t(lang, 'github.more.jobSummary', { count })}`,
  );
  return clampBody(
    [...head, ...open, list, ...close].join('\n'),
    COMMENT_BUDGET,
    t(lang, 'github.body.clamped'),
  );
}
