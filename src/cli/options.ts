import { readFile } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import { localize } from '../i18n/translate.js';
import { isLang, LANGUAGES, type Lang } from '../i18n/types.js';
import { FAIL_LEVELS, isFailLevel, type FailLevel } from '../model/severity.js';
import { parseResolveOption, type ProbeOptions } from '../probe/index.js';
import { resolveExcludedRules } from '../rules/registry.js';

/** Picks `--lang`, else the environment's locale (zh* → zh-CN), else English. */
export function chooseLang(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  if (flag !== undefined) return choice('lang', flag, LANGUAGES, isLang);
  const locale = env['MP_DOMAIN_GUARD_LANG'] ?? env['LC_ALL'] ?? env['LC_MESSAGES'] ?? env['LANG'] ?? '';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

export function choice<T extends string>(
  option: string,
  value: string,
  choices: readonly T[],
  guard: (v: string) => v is T,
): T {
  if (guard(value)) return value;
  throw new ConfigError(localize('cli.badChoice', { option, value, choices: choices.join(', ') }));
}

export function failLevel(value: string | undefined): FailLevel {
  return value === undefined ? 'error' : choice('fail-level', value, FAIL_LEVELS, isFailLevel);
}

export function wholeNumber(
  option: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new ConfigError(localize('cli.badNumber', { option, value, min, max }));
  }
  return n;
}

export function excludedRules(values: readonly string[] | undefined): ReadonlySet<string> {
  return resolveExcludedRules(
    (values ?? []).flatMap((v) => v.split(',')),
    '--rules-exclude',
  );
}

export interface ProbeFlags {
  readonly resolve?: readonly string[];
  readonly 'ca-file'?: string;
  readonly timeout?: string;
  readonly concurrency?: string;
  readonly 'expiry-days'?: string;
}

/** Probe settings shared by `scan --probe`, `diff --probe` and `probe`. */
export async function probeOptions(flags: ProbeFlags, cwd: string): Promise<ProbeOptions> {
  const resolve = new Map<string, string>();
  for (const value of flags.resolve ?? []) {
    const [key, address] = parseResolveOption(value);
    resolve.set(key, address);
  }
  let extraCaPem: string | undefined;
  if (flags['ca-file'] !== undefined) {
    const path = resolvePath(cwd, flags['ca-file']);
    try {
      extraCaPem = await readFile(path, 'utf8');
    } catch (error) {
      throw new ConfigError(localize('cli.caFileUnreadable', { path, detail: errorMessage(error) }));
    }
  }
  return {
    resolve,
    timeoutMs: wholeNumber('timeout', flags.timeout, 10, 1, 300) * 1000,
    concurrency: wholeNumber('concurrency', flags.concurrency, 8, 1, 64),
    expiryWarningDays: wholeNumber('expiry-days', flags['expiry-days'], 30, 0, 3650),
    ...(extraCaPem !== undefined ? { extraCaPem } : {}),
  };
}
