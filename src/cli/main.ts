import { stat } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../engine/analyze.js';
import type { Report } from '../engine/report.js';
import { ConfigError, errorMessage } from '../errors.js';
import { diskSource } from '../extract/index.js';
import { localize, t } from '../i18n/translate.js';
import type { Lang } from '../i18n/types.js';
import { consoleLogger } from '../logger.js';
import { reachesFailLevel, type FailLevel } from '../model/severity.js';
import { allRuleMeta } from '../rules/registry.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { changeSet, gitSource, repositoryRoot, resolveRef } from './git.js';
import type { CliIo } from './io.js';
import { chooseLang, choice, excludedRules, failLevel, probeOptions } from './options.js';
import { runProbeCommand } from './probe.js';
import type { ProbeOptions } from '../probe/index.js';

const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const SCAN_OPTIONS = {
  whitelist: { type: 'string' },
  format: { type: 'string' },
  'fail-level': { type: 'string' },
  lang: { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'rules-exclude': { type: 'string', multiple: true },
  probe: { type: 'boolean' },
  resolve: { type: 'string', multiple: true },
  'ca-file': { type: 'string' },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  'expiry-days': { type: 'string' },
  'no-color': { type: 'boolean' },
  verbose: { type: 'boolean' },
  base: { type: 'string' },
  head: { type: 'string' },
} as const;

/** Runs one CLI invocation; returns the exit code (0 clean, 1 findings at the fail level, 2 usage/config). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const [command, ...rest] = argv;
  let lang: Lang = chooseLang(undefined, env);
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(`${t(lang, 'cli.usage')}\n`);
        return command === undefined ? 2 : 0;
      case '--version':
      case '-v':
        io.stdout(`${TOOL_NAME} ${TOOL_VERSION}\n`);
        return 0;
      case 'rules':
        lang = chooseLang(langFlag(rest), env);
        io.stdout(renderRules(lang));
        return 0;
      case 'probe':
        return await runProbeCommand(rest, io);
      case 'scan':
      case 'diff':
        lang = chooseLang(langFlag(rest), env);
        return await runScanCommand(command, rest, io, env);
      default:
        throw new ConfigError(localize('cli.unknownCommand', { command }));
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${t(lang, 'cli.configError', { detail: error.localized[lang] })}\n`);
      return 2;
    }
    io.stderr(
      `${t(lang, 'cli.internalError', { detail: error instanceof Error ? (error.stack ?? error.message) : String(error) })}\n`,
    );
    return 2;
  }
}

function langFlag(args: readonly string[]): string | undefined {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  const arg = args[i] as string;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[i + 1];
}

async function runScanCommand(
  command: 'scan' | 'diff',
  args: readonly string[],
  io: CliIo,
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: SCAN_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ConfigError(localize('cli.badOption', { detail: errorMessage(error) }));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new ConfigError(
      localize('cli.badOption', { detail: `unexpected ${positionals.slice(1).join(' ')}` }),
    );
  const lang = chooseLang(values.lang, env);
  const format: Format = choice('format', values.format ?? 'text', FORMATS, (v): v is Format =>
    (FORMATS as readonly string[]).includes(v),
  );
  const level: FailLevel = failLevel(values['fail-level']);
  const dir = resolvePath(io.cwd, positionals[0] ?? '.');
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) throw new ConfigError(localize('cli.notDirectory', { dir }));
  const excluded = excludedRules(values['rules-exclude']);
  const probe: ProbeOptions | false = values.probe ? await probeOptions(values, io.cwd) : false;
  const logger = consoleLogger(values.verbose ?? false);
  const common = {
    whitelistPath: values.whitelist ?? 'mp-domains.yml',
    excludedRules: excluded,
    probe,
    logger,
    ...(values.include ? { include: values.include } : {}),
    ...(values.exclude ? { exclude: values.exclude } : {}),
  };

  let report: Report;
  if (command === 'scan') {
    if (values.base !== undefined || values.head !== undefined) {
      throw new ConfigError(localize('cli.badOption', { detail: '--base/--head belong to diff' }));
    }
    report = await analyze({ ...common, head: diskSource(dir) });
  } else {
    if (values.base === undefined) throw new ConfigError(localize('cli.missingBase'));
    const root = await repositoryRoot(dir);
    const baseSha = await resolveRef(root, values.base);
    const headSha = values.head !== undefined ? await resolveRef(root, values.head) : undefined;
    const changes = await changeSet(root, baseSha, headSha);
    const head = headSha ? gitSource(root, headSha) : diskSource(root);
    report = await analyze({
      ...common,
      head,
      base: gitSource(root, baseSha),
      changedFiles: changes.changedFiles,
      addedLines: changes.addedLines,
      scope: 'introduced',
      confirmUnusedAcrossRepo: true,
      mode: 'diff',
    });
  }

  const color = !values['no-color'] && (io.isTty ?? false) && env['NO_COLOR'] === undefined;
  io.stdout(render(report, format, lang, color));
  return report.findings.some((f) => reachesFailLevel(f.severity, level)) ? 1 : 0;
}

function render(report: Report, format: Format, lang: Lang, color: boolean): string {
  switch (format) {
    case 'json':
      return renderJson(report, lang);
    case 'sarif':
      return renderSarif(report, lang);
    case 'markdown':
      return renderMarkdown(report, lang);
    case 'text':
      return renderText(report, lang, { color });
  }
}

function renderRules(lang: Lang): string {
  const metas = allRuleMeta();
  const lines = [t(lang, 'cli.rules.header', { count: metas.length }), ''];
  for (const meta of metas) {
    lines.push(
      `${meta.id.padEnd(26)} ${t(lang, `core.severity.${meta.severity}`).padEnd(8)} ${t(lang, meta.description)}`,
    );
    lines.push(`${' '.repeat(27)}${meta.citation.title}: ${meta.citation.url}`);
  }
  return `${lines.join('\n')}\n`;
}
