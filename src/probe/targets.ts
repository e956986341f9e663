import { isIP } from 'node:net';
import { ConfigError } from '../errors.js';
import type { MessageKey } from '../i18n/catalog.js';
import { t } from '../i18n/translate.js';
import { LANGUAGES, type Lang } from '../i18n/types.js';
import { CONSOLE_LISTS, type ConsoleList } from '../model/lists.js';
import type { VerifyFile, Whitelist } from '../model/whitelist.js';
import { stripBrackets } from './address.js';
import { resolveKey, splitMappedAddress } from './dns.js';
import type { ProbeTarget } from './target.js';

const TLS_SCHEMES = new Set(['https', 'wss']);
const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/i;

/** Every https/wss entry of the whitelist, one target per host:port, lists merged, the verification file kept. */
export function targetsFromWhitelist(whitelist: Whitelist): ProbeTarget[] {
  return mergeTargets(
    whitelist.entries
      .filter((entry) => TLS_SCHEMES.has(entry.scheme))
      .map((entry) => ({
        target: entry.origin,
        host: entry.host,
        port: entry.port ?? 443,
        lists: [entry.list],
        ...(entry.verifyFile ? { verifyFile: entry.verifyFile } : {}),
      })),
  );
}

/** Origins (as endpoints carry them) to targets; non-TLS schemes and unparseable origins are left out. */
export function targetsFromOrigins(origins: readonly { origin: string; list: ConsoleList }[]): ProbeTarget[] {
  const targets: ProbeTarget[] = [];
  for (const { origin, list } of origins) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      continue;
    }
    const scheme = url.protocol.replace(/:$/, '');
    if (!TLS_SCHEMES.has(scheme) || !url.hostname) continue;
    targets.push({
      target: origin,
      host: stripBrackets(url.hostname).toLowerCase(),
      port: url.port ? Number(url.port) : 443,
      lists: [list],
    });
  }
  return mergeTargets(targets);
}

/**
 * A target as a person types it: `https://host[:port]`, `wss://host[:port]` or `host[:port]` (also `[v6]:port`).
 * Throws ConfigError saying what is wrong.
 */
export function targetFromArgument(value: string): ProbeTarget {
  const text = value.trim();
  const invalid = (reason: MessageKey): ConfigError => configError('probe.target.invalid', value, reason);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw invalid('probe.target.path');
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!TLS_SCHEMES.has(scheme)) throw invalid('probe.target.scheme');
  if ((url.pathname && url.pathname !== '/') || url.search || url.hash || url.username) {
    throw invalid('probe.target.path');
  }
  const host = stripBrackets(url.hostname).toLowerCase();
  if (!host || (!isIP(host) && !HOST_NAME.test(host))) throw invalid('probe.target.host');
  return { target: value, host, port: url.port ? Number(url.port) : 443, lists: [] };
}

/** One target per host:port in first-seen order; lists merged in console order; the first verification file. */
export function mergeTargets(targets: readonly ProbeTarget[]): ProbeTarget[] {
  const byKey = new Map<string, { target: ProbeTarget; lists: Set<ConsoleList>; verifyFile?: VerifyFile }>();
  for (const target of targets) {
    const key = resolveKey(target.host, target.port);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, {
        target,
        lists: new Set(target.lists),
        ...(target.verifyFile ? { verifyFile: target.verifyFile } : {}),
      });
      continue;
    }
    for (const list of target.lists) seen.lists.add(list);
    if (!seen.verifyFile && target.verifyFile) seen.verifyFile = target.verifyFile;
  }
  return [...byKey.values()].map(({ target, lists, verifyFile }) => ({
    target: target.target,
    host: target.host,
    port: target.port,
    lists: CONSOLE_LISTS.filter((l) => lists.has(l)),
    ...(verifyFile ? { verifyFile } : {}),
  }));
}

/**
 * Parses `HOST:PORT:ADDRESS` (curl's --resolve) into the map key `host:port` and the address. The address may be
 * IPv6, with or without brackets. Throws ConfigError with what is wrong.
 */
export function parseResolveOption(value: string): [key: string, address: string] {
  const invalid = (reason: MessageKey): ConfigError => configError('probe.resolve.invalid', value, reason);
  const first = value.indexOf(':');
  const second = first < 0 ? -1 : value.indexOf(':', first + 1);
  if (first < 0 || second < 0) throw invalid('probe.resolve.shape');
  const host = value.slice(0, first).trim().toLowerCase();
  const portText = value.slice(first + 1, second).trim();
  const mapped = value.slice(second + 1).trim();
  const { address, port: connectPort } = splitMappedAddress(mapped);
  if (!host || !HOST_NAME.test(host)) throw invalid('probe.resolve.host');
  if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
    throw invalid('probe.resolve.port');
  }
  if (isIP(address) === 0) throw invalid('probe.resolve.address');
  if (connectPort !== undefined && (connectPort < 1 || connectPort > 65535))
    throw invalid('probe.resolve.port');
  // The map keeps the form dns.ts reads back: the address alone, or address and port to dial.
  const target =
    connectPort === undefined
      ? address
      : `${address.includes(':') ? `[${address}]` : address}:${connectPort}`;
  return [resolveKey(host, Number(portText)), target];
}

/** A ConfigError whose `{reason}` is itself a message, rendered in each language. */
function configError(key: MessageKey, value: string, reason: MessageKey): ConfigError {
  const text = {} as Record<Lang, string>;
  for (const lang of LANGUAGES) text[lang] = t(lang, key, { value, reason: t(lang, reason) });
  return new ConfigError(text);
}
