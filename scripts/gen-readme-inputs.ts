/**
 * Generates the inputs and outputs tables of README.md and README.zh-CN.md from action.yml, between the
 * `<!-- inputs:start -->`/`<!-- inputs:end -->` and `<!-- outputs:start -->`/`<!-- outputs:end -->` markers.
 * English descriptions come from action.yml itself; Chinese ones from the github catalog, which a test holds to
 * the same set of inputs. `--check` exits 1 when a README is stale (run in CI).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { catalogs, type MessageKey } from '../src/i18n/catalog.js';
import type { Lang } from '../src/i18n/types.js';
import { cell, code } from '../src/report/markdown-escape.js';
import { updateSections } from './readme-sections.js';

export interface ActionMetadata {
  readonly inputs: Readonly<
    Record<string, { readonly description: string; readonly default?: string; readonly required?: boolean }>
  >;
  readonly outputs: Readonly<Record<string, { readonly description: string }>>;
}

export async function readActionMetadata(path = 'action.yml'): Promise<ActionMetadata> {
  const parsed = parseYaml(await readFile(path, 'utf8')) as Partial<ActionMetadata>;
  if (!parsed.inputs || !parsed.outputs) throw new Error(`${path}: no inputs or outputs`);
  return { inputs: parsed.inputs, outputs: parsed.outputs };
}

/** The catalog key of an input's or output's description in Chinese. */
export function docKey(kind: 'input' | 'output', name: string): MessageKey {
  return `github.doc.${kind}.${name}` as MessageKey;
}

function description(lang: Lang, kind: 'input' | 'output', name: string, english: string): string {
  if (lang === 'en') return english.trim().replace(/\s+/g, ' ');
  const text = (catalogs[lang] as Readonly<Record<string, string>>)[docKey(kind, name)];
  if (text === undefined)
    throw new Error(`no ${lang} description for ${kind} "${name}" (${docKey(kind, name)})`);
  return text;
}

export function inputsTable(action: ActionMetadata, lang: Lang): string {
  const head = lang === 'en' ? '| Input | Default | Description |' : '| 输入 | 默认值 | 说明 |';
  const rows = Object.entries(action.inputs).map(([name, spec]) => {
    const fallback = spec.default === undefined || spec.default === '' ? '' : code(String(spec.default));
    return `| ${code(name)} | ${fallback} | ${cell(description(lang, 'input', name, spec.description))} |`;
  });
  return [head, '|---|---|---|', ...rows].join('\n');
}

export function outputsTable(action: ActionMetadata, lang: Lang): string {
  const head = lang === 'en' ? '| Output | Description |' : '| 输出 | 说明 |';
  const rows = Object.entries(action.outputs).map(
    ([name, spec]) => `| ${code(name)} | ${cell(description(lang, 'output', name, spec.description))} |`,
  );
  return [head, '|---|---|', ...rows].join('\n');
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const action = await readActionMetadata();
  let fresh = true;
  for (const [path, lang] of [
    ['README.md', 'en'],
    ['README.zh-CN.md', 'zh-CN'],
  ] as const) {
    const sections = { inputs: inputsTable(action, lang), outputs: outputsTable(action, lang) };
    if (!(await updateSections(path, sections, check))) {
      process.stderr.write(`${path}: the inputs/outputs tables are stale; run "npm run docs".\n`);
      fresh = false;
    }
  }
  process.exitCode = fresh ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
