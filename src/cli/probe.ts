import { readFile } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, errorMessage } from '../errors.js';
import type { MessageKey } from '../i18n/catalog.js';
import { localize, t } from '../i18n/translate.js';
import type { Lang } from '../i18n/types.js';
import type { Finding } from '../model/finding.js';
import type { HostProbeResult } from '../model/probe-result.js';
import { reachesFailLevel, severityRank, type FailLevel } from '../model/severity.js';
import type { Whitelist } from '../model/whitelist.js';
import {
  probeTargets,
  targetFromArgument,
  targetsFromWhitelist,
  validateCaPem,
  type ProbeOptions,
  type ProbeTarget,
} from '../probe/index.js';
import { findingJson } from '../report/json.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { parseWhitelist } from '../whitelist/parse.js';
import { chooseLang, choice, excludedRules, failLevel, probeOptions } from './options.js';
import { cell } from '../report/markdown-escape.js';

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

const OPTIONS = {
  whitelist: { type: 'string' },
  resolve: { type: 'string', multiple: true },
  'ca-file': { type: 'string' },
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
  'expiry-days': { type: 'string' },
  'rules-exclude': { type: 'string', multiple: true },
  format: { type: 'string' },
  lang: { type: 'string' },
  'fail-level': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ProbeCommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Tests inject DNS and the like; the command line cannot set these. */
  readonly probe?: Pick<ProbeOptions, 'lookup' | 'now'>;
}

/**
 * `mp-domain-guard probe [TARGET...] [--whitelist PATH] …`: probes origins or hosts and prints one report.
 * Returns the exit code: 0 nothing at the fail level, 1 findings at or above it, 2 usage or configuration error.
 */
export async function runProbeCommand(argv: readonly string[], io: ProbeCommandIo): Promise<number> {
  const env = io.env ?? process.env;
  let lang: Lang = chooseLang(undefined, env);
  try {
    const { values, positionals } = parseCommandLine(argv);
    lang = chooseLang(values.lang, env);
    if (values.help) {
      io.stdout(`${t(lang, 'probe.cli.usage')}\n`);
      return 0;
    }
    const format: Format = choice('format', values.format ?? 'text', FORMATS, (v): v is Format =>
      (FORMATS as readonly string[]).includes(v),
    );
    const level: FailLevel = failLevel(values['fail-level']);
    const options = await probeOptions(values, io.cwd);
    if (options.extraCaPem !== undefined && values['ca-file'] !== undefined) {
      options.extraCaPem = validateCaPem(options.extraCaPem, resolvePath(io.cwd, values['ca-file']));
    }
    const excluded = excludedRules(values['rules-exclude']);

    const targets: ProbeTarget[] = positionals.map(targetFromArgument);
    let whitelist: Whitelist | undefined;
    if (values.whitelist !== undefined) {
      whitelist = await loadWhitelist(values.whitelist, io, lang);
      const fromWhitelist = targetsFromWhitelist(whitelist);
      if (fromWhitelist.length === 0)
        io.stderr(`${t(lang, 'probe.cli.whitelistEmpty', { path: whitelist.path })}\n`);
      targets.push(...fromWhitelist);
    }
    if (targets.length === 0 && values.whitelist === undefined)
      throw new ConfigError(localize('probe.cli.noTargets'));

    const results = await probeTargets(targets, {
      ...options,
      excludedRules: excluded,
      ...(whitelist ? { whitelist } : {}),
      ...io.probe,
    });
    io.stdout(renderProbeReport(results, format, lang, io.probe?.now ?? new Date()));
    return results.some((r) => r.findings.some((f) => reachesFailLevel(f.severity, level))) ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${t(lang, 'cli.configError', { detail: error.localized[lang] })}\n`);
      return 2;
    }
    throw error;
  }
}

function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ConfigError(localize('cli.badOption', { detail: errorMessage(error) }));
  }
}

/** Reads and parses the whitelist; problems are printed as warnings and the valid entries are probed. */
async function loadWhitelist(path: string, io: ProbeCommandIo, lang: Lang): Promise<Whitelist> {
  const absolute = resolvePath(io.cwd, path);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new ConfigError(localize('probe.cli.whitelistUnreadable', { path, detail: errorMessage(error) }));
  }
  const { whitelist, problems } = parseWhitelist(text, path);
  for (const problem of problems) {
    const message = t(lang, problem.key as MessageKey, problem.params);
    const location = `${problem.path}:${problem.line}:${problem.column}`;
    io.stderr(`${t(lang, 'probe.cli.whitelistProblem', { location, message })}\n`);
  }
  return whitelist;
}

/** Renders the probe results; text and Markdown are sorted by days left, failures first. */
export function renderProbeReport(
  results: readonly HostProbeResult[],
  format: Format,
  lang: Lang,
  generatedAt: Date = new Date(),
): string {
  switch (format) {
    case 'json':
      return renderJsonReport(results, lang, generatedAt);
    case 'markdown':
      return renderMarkdownReport(sortByDaysLeft(results), lang);
    case 'text':
      return renderTextReport(sortByDaysLeft(results), lang);
  }
}

function renderJsonReport(results: readonly HostProbeResult[], lang: Lang, generatedAt: Date): string {
  const doc = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: generatedAt.toISOString(),
    language: lang,
    summary: summary(results),
    targets: results.map((r) => ({
      target: r.target,
      host: r.host,
      port: r.port,
      address: r.address ?? null,
      lists: r.lists,
      status: r.status,
      ...(r.failureReason ? { failureReason: r.failureReason } : {}),
      protocols: r.protocols,
      protocol: r.protocol ?? null,
      cipher: r.cipher ?? null,
      alpn: r.alpn ?? null,
      certificate: r.certificate ?? null,
      chain: r.chain ?? [],
      ...(r.chainSource ? { chainSource: r.chainSource } : {}),
      durationMs: r.durationMs,
      findings: sortFindings(r.findings).map((f) => findingJson(f, lang)),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function summary(results: readonly HostProbeResult[]) {
  const findings = results.flatMap((r) => r.findings);
  const count = (severity: Finding['severity']): number =>
    findings.filter((f) => f.severity === severity).length;
  return {
    hosts: results.length,
    failed: results.filter((r) => r.status === 'failed').length,
    errors: count('error'),
    warnings: count('warning'),
    notices: count('notice'),
  };
}

/** Hosts without a certificate first (they could not be judged), then by days left, then by host. */
export function sortByDaysLeft(results: readonly HostProbeResult[]): HostProbeResult[] {
  const days = (r: HostProbeResult): number => r.certificate?.daysLeft ?? Number.NEGATIVE_INFINITY;
  return [...results].sort((a, b) => days(a) - days(b) || a.host.localeCompare(b.host) || a.port - b.port);
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
}

function hostLabel(r: HostProbeResult): string {
  const host = r.host.includes(':') ? `[${r.host}]` : r.host;
  return `${host}:${r.port}`;
}

function listsText(r: HostProbeResult, lang: Lang): string {
  return r.lists.length > 0
    ? r.lists.map((l) => t(lang, `core.list.${l}`)).join(', ')
    : t(lang, 'probe.report.noLists');
}

const VERSION_NAMES = [
  ['tls13', 'TLS 1.3'],
  ['tls12', 'TLS 1.2'],
  ['tls11', 'TLS 1.1'],
  ['tls10', 'TLS 1.0'],
] as const;

function protocolsText(r: HostProbeResult, lang: Lang): string {
  const none = t(lang, 'probe.report.none');
  const accepted = VERSION_NAMES.filter(([key]) => r.protocols[key] === true).map(([, name]) => name);
  const refused = VERSION_NAMES.filter(([key]) => r.protocols[key] === false).map(([, name]) => name);
  return t(lang, 'probe.report.protocols', {
    accepted: accepted.join(', ') || none,
    refused: refused.join(', ') || none,
  });
}

function expiryText(r: HostProbeResult, lang: Lang): string {
  const cert = r.certificate;
  if (!cert) return '';
  const date = cert.notAfter.slice(0, 10);
  return cert.daysLeft < 0
    ? t(lang, 'probe.report.expired', { date, days: -cert.daysLeft })
    : t(lang, 'probe.report.expires', { date, days: cert.daysLeft });
}

function chainText(r: HostProbeResult, lang: Lang): string | undefined {
  if (!r.chain || r.chain.length === 0) return undefined;
  const chain = r.chain.map((c, i) => `${i + 1}. ${c.subject}`).join(' | ');
  const key =
    r.chainSource === 'rebuilt'
      ? 'probe.report.chainRebuilt'
      : r.chainSource === 'as-sent-decrypted'
        ? 'probe.report.chainDecrypted'
        : 'probe.report.chain';
  return t(lang, key, { chain });
}

function renderTextReport(results: readonly HostProbeResult[], lang: Lang): string {
  const lines: string[] = [t(lang, 'probe.report.title', { hosts: results.length }), ''];
  for (const r of results) {
    const head = [hostLabel(r), t(lang, 'probe.report.lists', { lists: listsText(r, lang) })];
    if (r.address) head.push(t(lang, 'probe.report.address', { address: r.address }));
    lines.push(head.join('  '));
    if (r.status === 'failed')
      lines.push(`  ${t(lang, 'probe.report.failed', { reason: r.failureReason ?? '—' })}`);
    if (r.protocol) {
      lines.push(
        `  ${t(lang, 'probe.report.negotiated', { protocol: r.protocol, cipher: r.cipher ?? '—' })}`,
      );
      lines.push(`  ${protocolsText(r, lang)}`);
    }
    if (r.certificate) {
      const c = r.certificate;
      lines.push(
        `  ${t(lang, 'probe.report.certificate', { subject: c.subject, issuer: c.issuer, key: c.key, signature: c.signature })}`,
      );
      lines.push(`  ${expiryText(r, lang)}`);
    }
    const chain = chainText(r, lang);
    if (chain) lines.push(`  ${chain}`);
    if (r.findings.length === 0) lines.push(`  ${t(lang, 'probe.report.noFindings')}`);
    for (const f of sortFindings(r.findings)) {
      lines.push(`  ${t(lang, `core.severity.${f.severity}`).padEnd(8)} ${f.ruleId}: ${f.message[lang]}`);
    }
    lines.push('');
  }
  lines.push(t(lang, 'probe.report.summary', summary(results)));
  return `${lines.join('\n')}\n`;
}

function renderMarkdownReport(results: readonly HostProbeResult[], lang: Lang): string {
  const lines: string[] = [`## ${t(lang, 'probe.report.title', { hosts: results.length })}`, ''];
  const header = ['host', 'lists', 'protocols', 'issuer', 'expires', 'daysLeft', 'findings'] as const;
  lines.push(`| ${header.map((h) => t(lang, `probe.md.${h}`)).join(' | ')} |`);
  lines.push(`|${header.map(() => ' --- ').join('|')}|`);
  for (const r of results) {
    const accepted = VERSION_NAMES.filter(([key]) => r.protocols[key] === true).map(([, name]) => name);
    const counts = (['error', 'warning', 'notice'] as const)
      .map((s) => [s, r.findings.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${t(lang, `core.severity.${s}`)}`);
    lines.push(
      `| ${[
        `\`${hostLabel(r)}\``,
        listsText(r, lang),
        accepted.join(', ') || (r.failureReason ?? '—'),
        r.certificate?.issuer ?? '—',
        r.certificate?.notAfter.slice(0, 10) ?? '—',
        r.certificate ? String(r.certificate.daysLeft) : '—',
        counts.join(', ') || t(lang, 'probe.report.noFindings'),
      ]
        .map(cell)
        .join(' | ')} |`,
    );
  }
  const withFindings = results.filter((r) => r.findings.length > 0);
  if (withFindings.length > 0) {
    lines.push('', `### ${t(lang, 'probe.md.details')}`);
    for (const r of withFindings) {
      lines.push('', `**\`${hostLabel(r)}\`**`, '');
      for (const f of sortFindings(r.findings)) {
        lines.push(
          `- **${t(lang, `core.severity.${f.severity}`)}** \`${f.ruleId}\`: ${cell(f.message[lang])}`,
        );
      }
    }
  }
  lines.push('', t(lang, 'probe.report.summary', summary(results)));
  return `${lines.join('\n')}\n`;
}
