import type { WhitelistMessageKey } from '../i18n/en/whitelist.js';
import { LIST_SCHEMES, type ConsoleList } from '../model/lists.js';
import type { Platform, VerifyFile, WhitelistEntry } from '../model/whitelist.js';
import { ipKind, isLocalhostName, isValidDomainName, normaliseHost } from '../platform/hosts.js';
import { platformFacts } from '../platform/platforms.js';
import { formatOrigin, parsePort, splitOrigin } from './origin.js';

/** A problem found in one entry, before the parser attaches the file position. */
export interface EntryProblem {
  readonly key: WhitelistMessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface EntryInput {
  readonly raw: string;
  readonly list: ConsoleList;
  readonly platform: Platform;
  readonly line: number;
  readonly column: number;
  readonly verifyFile?: VerifyFile;
}

/**
 * The verdict on one entry: `entry` is set when the console would hold it (possibly after a harmless
 * normalisation that a problem still points out, such as a port on a socket entry); `problems` says what is wrong.
 */
export interface EntryVerdict {
  readonly entry?: WhitelistEntry;
  readonly problems: readonly EntryProblem[];
}

/** Longer than any origin the console could hold (253-character host plus scheme and port). */
export const MAX_ENTRY_LENGTH = 300;

/** Lists whose entries WeChat also accepts as a bare host; the canonical form is `udp://host` / `tcp://host`. */
const BARE_HOST_LISTS: ReadonlySet<ConsoleList> = new Set(['udp', 'tcp']);

/** What a correct entry of a list looks like, for messages. */
export function exampleEntry(list: ConsoleList): string {
  const scheme = LIST_SCHEMES[list][0] ?? 'https';
  const host = {
    request: 'api',
    uploadFile: 'upload',
    downloadFile: 'cdn',
    socket: 'ws',
    udp: 'udp',
    tcp: 'tcp',
    webview: 'h5',
  }[list];
  return `${scheme}://${host}.example.com`;
}

/** Validates one entry the way the console would (platform-rules.md §1.1, §1.3, §1.4, §2). */
export function validateEntry(input: EntryInput): EntryVerdict {
  const { list, platform } = input;
  const raw = input.raw.trim();
  if (raw.length > MAX_ENTRY_LENGTH) {
    return refuse('whitelist.entryTooLong', { length: raw.length, limit: MAX_ENTRY_LENGTH });
  }
  const expected = LIST_SCHEMES[list][0] ?? 'https';
  const parts = splitOrigin(raw);
  let scheme = parts.scheme;
  if (scheme === undefined) {
    if (BARE_HOST_LISTS.has(list) && !/^[a-z][a-z0-9+.-]*:(?!\d*$)/i.test(raw)) {
      scheme = expected;
    } else if (/^[a-z][a-z0-9+.-]*:(?!\d+(?:[/?#]|$))/i.test(raw)) {
      // `https:/x`, `https:x`, `mailto:` …: a scheme was meant but the `//` is missing.
      return refuse('whitelist.malformed', { raw, list, example: exampleEntry(list) });
    } else {
      const written = parts.port === undefined ? parts.host : `${parts.host}:${parts.port}`;
      return refuse('whitelist.missingScheme', { raw, list, suggestion: `${expected}://${written}` });
    }
  }

  const problems: EntryProblem[] = [];
  let dropped = false;
  const problem = (key: WhitelistMessageKey, params: Record<string, string | number>, drop = true) => {
    problems.push({ key, params });
    if (drop) dropped = true;
  };

  const host = normaliseHost(parts.host);
  const port = parts.port === undefined ? undefined : parsePort(parts.port);
  const suggestion = formatOrigin(expected, host ?? parts.host, port);

  if (!LIST_SCHEMES[list].includes(scheme))
    problem('whitelist.wrongScheme', { raw, scheme, list, expected, suggestion });
  if (parts.userinfo !== undefined) problem('whitelist.hasUserinfo', { raw, suggestion });
  if (parts.rest !== '' && parts.rest !== '/')
    problem('whitelist.hasPath', { raw, extra: parts.rest, suggestion });

  const hostProblem = judgeHost(raw, parts.host, host, platform);
  if (hostProblem) problem(hostProblem.key, hostProblem.params);

  let keptPort = port;
  if (parts.port !== undefined) {
    const portless = formatOrigin(expected, host ?? parts.host);
    if (port === undefined) problem('whitelist.badPort', { raw, port: parts.port });
    else if (list === 'webview') problem('whitelist.portNotAllowedWebview', { raw, suggestion: portless });
    else if (platformFacts(platform).portPolicy === 'forbidden') {
      problem('whitelist.portNotAllowedPlatform', {
        raw,
        platform: platformFacts(platform).name,
        suggestion: portless,
      });
    } else if (list === 'socket' && platformFacts(platform).socketAnyPort) {
      // Harmless: the console allows every port of a wss domain. Read it without the port, but say so.
      problem('whitelist.socketPort', { raw, suggestion: portless }, false);
      keptPort = undefined;
    }
  }

  if (dropped || host === undefined) return { problems };
  const entry: WhitelistEntry = {
    list,
    origin: formatOrigin(scheme, host, keptPort),
    scheme,
    host,
    ...(keptPort === undefined ? {} : { port: keptPort }),
    raw: input.raw,
    line: input.line,
    column: input.column,
    ...(input.verifyFile ? { verifyFile: input.verifyFile } : {}),
  };
  return { entry, problems };
}

function judgeHost(
  raw: string,
  written: string,
  host: string | undefined,
  platform: Platform,
): EntryProblem | undefined {
  if (written.includes('*')) return { key: 'whitelist.wildcard', params: { raw } };
  if (host === undefined) return { key: 'whitelist.badHost', params: { raw, host: written } };
  if (isLocalhostName(host)) return { key: 'whitelist.localhost', params: { raw, host } };
  if (ipKind(host) !== undefined) return { key: 'whitelist.ip', params: { raw, host } };
  if (!isValidDomainName(host)) return { key: 'whitelist.badHost', params: { raw, host: written } };
  const facts = platformFacts(platform);
  if (facts.forbiddenHosts.includes(host)) {
    return { key: 'whitelist.forbiddenHost', params: { raw, host, platform: facts.name } };
  }
  return undefined;
}

function refuse(key: WhitelistMessageKey, params: Record<string, string | number>): EntryVerdict {
  return { problems: [{ key, params }] };
}
