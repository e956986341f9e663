import assert from 'node:assert/strict';
import type { Endpoint } from '../../../src/model/endpoint.js';
import type { ConsoleList } from '../../../src/model/lists.js';
import type { Platform, Whitelist } from '../../../src/model/whitelist.js';
import { normaliseHost } from '../../../src/platform/hosts.js';
import type { EndpointRuleContext } from '../../../src/rules/endpoint/context.js';
import type { Rule, RuleOutcome } from '../../../src/rules/types.js';
import { formatOrigin, parsePort, splitOrigin } from '../../../src/whitelist/origin.js';
import { parseWhitelist } from '../../../src/whitelist/parse.js';

const DEFAULT_API: Readonly<Record<ConsoleList, string>> = {
  request: 'wx.request',
  uploadFile: 'wx.uploadFile',
  downloadFile: 'wx.downloadFile',
  socket: 'wx.connectSocket',
  udp: 'UDPSocket.send',
  tcp: 'TCPSocket.connect',
  webview: '<web-view src>',
};

/**
 * An endpoint as the extractor reports it: the port only when written (WHATWG `URL` would drop `:443`, which is
 * exactly the case the rules must see).
 */
export function endpoint(url: string, overrides: Partial<Endpoint> = {}): Endpoint {
  const parts = splitOrigin(url);
  const scheme = parts.scheme ?? 'https';
  const host = normaliseHost(parts.host) ?? parts.host;
  const port = parts.port === undefined ? undefined : parsePort(parts.port);
  const list: ConsoleList = overrides.list ?? (scheme === 'wss' || scheme === 'ws' ? 'socket' : 'request');
  return {
    url,
    origin: formatOrigin(scheme, host, port),
    scheme,
    host,
    ...(port === undefined ? {} : { port }),
    list,
    api: DEFAULT_API[list],
    file: 'pages/index/index.js',
    line: 12,
    column: 5,
    ...overrides,
  };
}

/** A whitelist from YAML text; the test fails if the text itself has problems. */
export function whitelistOf(yaml: string, path = 'mp-domains.yml'): Whitelist {
  const { whitelist, problems } = parseWhitelist(yaml, path);
  assert.deepEqual(
    problems.map((p) => `${p.key} ${p.line}:${p.column}`),
    [],
    'the whitelist of a rule test must be valid',
  );
  return whitelist;
}

export function contextOf(yaml: string, platform?: Platform): EndpointRuleContext {
  const whitelist = whitelistOf(yaml);
  return { whitelist, platform: platform ?? whitelist.platform };
}

/** The status of an outcome, and the English text of its first failure. */
export function verdict(outcome: RuleOutcome): { status: string; message?: string } {
  if (outcome.status !== 'fail') return { status: outcome.status };
  return { status: 'fail', message: outcome.failures[0]?.message.en ?? '' };
}

export interface EndpointCase {
  readonly name: string;
  readonly url: string;
  readonly list?: ConsoleList;
  readonly whitelist?: string;
  readonly expect: 'pass' | 'na' | 'fail';
  /** Every pattern must match the English message of a failure. */
  readonly message?: readonly RegExp[];
}

/** Runs a table of cases through one endpoint rule, checking status, messages and the Chinese rendering. */
export function checkEndpointCases(
  rule: Rule<Endpoint, EndpointRuleContext>,
  cases: readonly EndpointCase[],
  it: (name: string, fn: () => void) => unknown,
): void {
  for (const c of cases) {
    it(`${c.expect}: ${c.name}`, () => {
      const context = contextOf(c.whitelist ?? 'request: []\n');
      const outcome = rule.check(endpoint(c.url, c.list ? { list: c.list } : {}), context);
      const result = verdict(outcome);
      assert.equal(result.status, c.expect, result.message);
      for (const pattern of c.message ?? []) assert.match(result.message ?? '', pattern);
      if (outcome.status === 'fail') {
        const zh = outcome.failures[0]?.message['zh-CN'] ?? '';
        assert.ok(zh.length > 0 && !/\{[a-zA-Z]+\}/.test(zh), `Chinese message fully rendered: ${zh}`);
        assert.ok(
          !/\{[a-zA-Z]+\}/.test(result.message ?? ''),
          `English message fully rendered: ${result.message}`,
        );
      }
    });
  }
}
