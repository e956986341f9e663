import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve as resolvePath } from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import { localize } from '../i18n/translate.js';
import type { Lang } from '../i18n/types.js';
import { FAIL_LEVELS, type FailLevel } from '../model/severity.js';
import { parseResolveOption, validateCaPem } from '../probe/index.js';
import { resolveExcludedRules } from '../rules/registry.js';

export const FILTER_MODES = ['added', 'file'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];
export const ACTION_MODES = ['auto', 'pull-request', 'schedule'] as const;
export type ActionMode = (typeof ACTION_MODES)[number];

/** The action's inputs, parsed and validated once. Frozen: nothing downstream can change a setting. */
export interface Settings {
  /** `github-token`: the token for the REST and GraphQL APIs. */
  readonly token: string;
  /** `whitelist`: repository-relative path of the whitelist file. */
  readonly whitelistPath: string;
  /** `include`: globs of files to read even where the defaults skip them. */
  readonly include: readonly string[];
  /** `exclude`: globs of files never read. */
  readonly exclude: readonly string[];
  /** `probe`: connect to the domains a change introduces (TLS and certificate checks). */
  readonly probe: boolean;
  /** `filter-mode`: `added` reports what the changed lines introduce; `file` anything in a changed file. */
  readonly filterMode: FilterMode;
  /** `fail-level`: the lowest severity that fails the step (`none` never fails). */
  readonly failLevel: FailLevel;
  /** `language`: of every comment, summary and annotation. */
  readonly lang: Lang;
  /** `expiry-warning-days`: a certificate expiring within this many days is reported. */
  readonly expiryWarningDays: number;
  /** `monthly-change-limit`: console changes per calendar month (0 turns the budget check off). */
  readonly monthlyChangeLimit: number;
  /** `max-inline-comments`: live inline comments of the bot on one pull request (0: summary only). */
  readonly maxInlineComments: number;
  /** `resolve`: `host:port` → address, like curl --resolve. */
  readonly resolve: ReadonlyMap<string, string>;
  /** `ca-file`: extra trusted CA certificates (PEM), already read and checked. */
  readonly extraCaPem?: string;
  /** `rules-exclude`: rule ids (or sources such as `Apple`) that are not run. */
  readonly excludedRules: ReadonlySet<string>;
  /** `mode`: `auto` picks from the event. */
  readonly mode: ActionMode;
}

/** Reads one input the way @actions/core does: trimmed, '' when not given. */
export type InputReader = (name: string) => string;

export const actionsInputReader: InputReader = (name) => core.getInput(name);

function choice<T extends string>(input: string, value: string, choices: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  const found = choices.find((c) => c.toLowerCase() === value.toLowerCase());
  if (found) return found;
  throw new ConfigError(localize('github.input.choice', { input, value, choices: choices.join(', ') }));
}

function integer(input: string, value: string, fallback: number, min: number, max: number): number {
  if (value === '') return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new ConfigError(localize('github.input.integer', { input, value, min, max }));
  }
  return n;
}

function boolean(input: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  // The YAML 1.2 core schema spellings, as core.getBooleanInput accepts.
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ConfigError(localize('github.input.boolean', { input, value }));
}

/** Lines of a multiline input; blank lines and `#` comments are skipped. */
export function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * A repository-relative path. Paths that climb out or are absolute are refused: the whitelist is read through
 * the API at a commit, and on disk only inside the workspace.
 */
function repoPath(input: string, value: string, fallback: string): string {
  const path = (value || fallback).replace(/\\/g, '/').replace(/^\.\//, '');
  if (
    path === '' ||
    path.startsWith('/') ||
    /^[A-Za-z]:/.test(path) ||
    path.split('/').includes('..') ||
    path.includes('\u0000')
  ) {
    throw new ConfigError(localize('github.input.path', { input, value }));
  }
  return path;
}

function languageOf(value: string): Lang {
  if (value === '') return 'en';
  const v = value.toLowerCase();
  if (v === 'en' || v.startsWith('en-')) return 'en';
  if (v === 'zh-cn' || v === 'zh' || v === 'zh-hans') return 'zh-CN';
  throw new ConfigError(localize('github.input.choice', { input: 'language', value, choices: 'en, zh-CN' }));
}

function resolveMap(value: string): Map<string, string> {
  const out = new Map<string, string>();
  value.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    try {
      const [key, address] = parseResolveOption(line);
      out.set(key, address);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      throw new ConfigError(localize('github.input.resolve', { line: index + 1, value: line }));
    }
  });
  return out;
}

async function caPem(value: string, workspace: string): Promise<string | undefined> {
  if (value === '') return undefined;
  const path = isAbsolute(value) ? value : resolvePath(workspace, value);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(localize('github.input.caFile', { path: value, detail: errorMessage(error) }));
  }
  return validateCaPem(text, value);
}

/**
 * Parses every input into a frozen Settings. Each error is a ConfigError that names the input and the shape it
 * accepts, so the step fails with one clear line instead of a stack trace.
 */
export async function readSettings(
  input: InputReader = actionsInputReader,
  workspace: string = process.env['GITHUB_WORKSPACE'] || process.cwd(),
): Promise<Settings> {
  const token = input('github-token');
  if (token === '') throw new ConfigError(localize('github.input.token'));
  const rulesExclude = input('rules-exclude')
    .split(/[\s,]+/)
    .filter(Boolean);
  const extraCaPem = await caPem(input('ca-file'), workspace);
  const settings: Settings = {
    token,
    whitelistPath: repoPath('whitelist', input('whitelist'), 'mp-domains.yml'),
    include: lines(input('include')),
    exclude: lines(input('exclude')),
    probe: boolean('probe', input('probe'), true),
    filterMode: choice('filter-mode', input('filter-mode'), FILTER_MODES, 'added'),
    failLevel: choice('fail-level', input('fail-level'), FAIL_LEVELS, 'error'),
    lang: languageOf(input('language')),
    expiryWarningDays: integer('expiry-warning-days', input('expiry-warning-days'), 30, 0, 3650),
    monthlyChangeLimit: integer('monthly-change-limit', input('monthly-change-limit'), 5, 0, 1000),
    maxInlineComments: integer('max-inline-comments', input('max-inline-comments'), 30, 0, 100),
    resolve: resolveMap(input('resolve')),
    ...(extraCaPem !== undefined ? { extraCaPem } : {}),
    excludedRules: resolveExcludedRules(rulesExclude, 'rules-exclude'),
    mode: choice('mode', input('mode'), ACTION_MODES, 'auto'),
  };
  return Object.freeze(settings);
}
