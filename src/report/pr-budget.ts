/**
 * GitHub refuses comment, review and issue bodies over 65,536 characters ("Body is too long"). Budgets are
 * counted in code points with a margin, so CJK-heavy and emoji-heavy text is safe as well (github-bot.md §4.6).
 */
export const GITHUB_BODY_LIMIT = 65536;
/** What renderers aim for: the limit minus a margin for the marker and the last "and N more" line. */
export const COMMENT_BUDGET = 60000;
/**
 * The runner refuses a job summary over 1024k bytes (github-bot.md §2). Budgets count code points, and CJK text
 * takes three UTF-8 bytes per code point, so the budget is a third of the limit with a margin.
 */
export const JOB_SUMMARY_BUDGET = 300_000;
export const JOB_SUMMARY_MAX_BYTES = 1000 * 1024;

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** True when GitHub will accept this body, by any way of counting characters. */
export function fitsGitHubBody(text: string): boolean {
  return text.length <= GITHUB_BODY_LIMIT && codePointLength(text) <= GITHUB_BODY_LIMIT;
}

/**
 * Renders as many items as fit in `budget` code points, then a line built by `more(count)` for the rest.
 * `joiner` separates the items (a newline for lists and table rows).
 */
export function fitItems<T>(
  items: readonly T[],
  render: (item: T) => string,
  budget: number,
  more: (count: number) => string,
  joiner = '\n',
): string {
  const out: string[] = [];
  let used = 0;
  // Reserve room for the "and N more" line with the largest count it could carry.
  const reserve = codePointLength(more(items.length)) + joiner.length;
  for (let i = 0; i < items.length; i++) {
    const text = render(items[i] as T);
    const cost = codePointLength(text) + (out.length > 0 ? joiner.length : 0);
    const isLast = i === items.length - 1;
    if (used + cost > budget - (isLast ? 0 : reserve)) {
      out.push(more(items.length - i));
      return out.join(joiner);
    }
    out.push(text);
    used += cost;
  }
  return out.join(joiner);
}

/** Last resort: cuts text that still exceeds the budget at a line boundary and says so. */
export function clampBody(text: string, budget: number, notice: string): string {
  if (codePointLength(text) <= budget && fitsGitHubBody(text)) return text;
  const points = [...text];
  let cut = points.slice(0, Math.max(0, budget - codePointLength(notice) - 2)).join('');
  const lastBreak = cut.lastIndexOf('\n');
  if (lastBreak > 0) cut = cut.slice(0, lastBreak);
  return `${cut}\n\n${notice}`;
}
