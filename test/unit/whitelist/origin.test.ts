import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatOrigin, parsePort, splitOrigin } from '../../../src/whitelist/origin.js';
import { validateEntry } from '../../../src/whitelist/entry.js';

describe('splitOrigin', () => {
  const cases: ReadonlyArray<[string, ReturnType<typeof splitOrigin>]> = [
    [
      'https://api.example.com',
      { scheme: 'https', userinfo: undefined, host: 'api.example.com', port: undefined, rest: '' },
    ],
    [
      'HTTPS://Api.Example.com:8443/v1?x#y',
      { scheme: 'https', userinfo: undefined, host: 'Api.Example.com', port: '8443', rest: '/v1?x#y' },
    ],
    [
      'wss://u:p@ws.example.com',
      { scheme: 'wss', userinfo: 'u:p', host: 'ws.example.com', port: undefined, rest: '' },
    ],
    [
      'https://[2001:db8::1]:443/',
      { scheme: 'https', userinfo: undefined, host: '2001:db8::1', port: '443', rest: '/' },
    ],
    [
      'https://2001:db8::1',
      { scheme: 'https', userinfo: undefined, host: '2001:db8::1', port: undefined, rest: '' },
    ],
    [
      'udp.example.com:5000',
      { scheme: undefined, userinfo: undefined, host: 'udp.example.com', port: '5000', rest: '' },
    ],
    [
      'https://a.example.com\\evil',
      { scheme: 'https', userinfo: undefined, host: 'a.example.com', port: undefined, rest: '\\evil' },
    ],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(splitOrigin(text), expected));
  }
});

describe('parsePort and formatOrigin', () => {
  it('takes only whole numbers from 1 to 65535', () => {
    assert.deepEqual(['1', '443', '65535', '0', '65536', '+80', ' 80', '8o', ''].map(parsePort), [
      1,
      443,
      65535,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
  it('brackets IPv6 hosts', () => {
    assert.equal(formatOrigin('https', '::1', 8443), 'https://[::1]:8443');
    assert.equal(formatOrigin('wss', 'ws.example.com'), 'wss://ws.example.com');
  });
});

describe('validateEntry', () => {
  const base = { line: 1, column: 1, platform: 'wechat' as const };
  it('accepts a bare host in the udp and tcp lists and writes it as the console does', () => {
    assert.equal(
      validateEntry({ ...base, raw: 'game.example.com', list: 'tcp' }).entry?.origin,
      'tcp://game.example.com',
    );
    assert.equal(validateEntry({ ...base, raw: 'game.example.com', list: 'request' }).entry, undefined);
  });
  it('normalises case, IDN and a trailing dot', () => {
    const verdict = validateEntry({ ...base, raw: 'https://Bücher.Example.COM.', list: 'request' });
    assert.deepEqual(verdict.problems, []);
    assert.equal(verdict.entry?.origin, 'https://xn--bcher-kva.example.com');
  });
  it('reports every independent problem of one entry', () => {
    const verdict = validateEntry({ ...base, raw: 'http://api.example.com/v1', list: 'request' });
    assert.deepEqual(
      verdict.problems.map((p) => p.key),
      ['whitelist.wrongScheme', 'whitelist.hasPath'],
    );
    assert.equal(verdict.entry, undefined);
  });
  it('keeps an explicit :443 entry as written: it pins calls to that spelling', () => {
    assert.equal(
      validateEntry({ ...base, raw: 'https://a.example.com:443', list: 'request' }).entry?.port,
      443,
    );
  });
});
