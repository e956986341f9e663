/**
 * Generates the rules table of README.md and README.zh-CN.md from the rule registry.
 * `--check` exits 1 when a README is stale (run in CI).
 */
import { t } from '../src/i18n/translate.js';
import type { Lang } from '../src/i18n/types.js';
import { allRuleMeta } from '../src/rules/registry.js';
import { cell, code } from '../src/report/markdown-escape.js';
import { updateSections } from './readme-sections.js';

export function rulesTable(lang: Lang): string {
  const head =
    lang === 'en'
      ? '| Rule id | Severity | What it means | How to fix | Source |'
      : '| 规则 id | 级别 | 含义 | 如何修复 | 出处 |';
  const rows = allRuleMeta().map(
    (m) =>
      `| ${code(m.id)} | ${t(lang, `core.severity.${m.severity}`)} | ${cell(t(lang, m.description))} | ${cell(t(lang, m.fix))} | [${cell(m.citation.title)}](${m.citation.url}) |`,
  );
  return [head, '|---|---|---|---|---|', ...rows].join('\n');
}

const check = process.argv.includes('--check');
let fresh = true;
for (const [path, lang] of [
  ['README.md', 'en'],
  ['README.zh-CN.md', 'zh-CN'],
] as const) {
  if (!(await updateSections(path, { rules: rulesTable(lang) }, check))) {
    process.stderr.write(`${path}: the rules table is stale; run "npm run docs".\n`);
    fresh = false;
  }
}
process.exitCode = fresh ? 0 : 1;
