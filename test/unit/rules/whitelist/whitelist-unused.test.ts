import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Endpoint, UnresolvedCall } from '../../../../src/model/endpoint.js';
import type { WhitelistEntry } from '../../../../src/model/whitelist.js';
import { whitelistUnused } from '../../../../src/rules/whitelist/whitelist-unused.js';
import { endpoint, verdict, whitelistOf } from '../support.js';

const whitelist = whitelistOf(`
request:
  - https://api.example.com
  - https://old.example.com
  - https://pinned.example.com:8443
socket:
  - wss://ws.example.com
`);
const entry = (origin: string): WhitelistEntry => {
  const found = whitelist.entries.find((e) => e.origin === origin);
  assert.ok(found, origin);
  return found;
};
const run = (
  origin: string,
  endpoints: Endpoint[],
  options: { wholeRepo?: boolean; unresolved?: UnresolvedCall[] } = {},
) =>
  verdict(
    whitelistUnused.check(entry(origin), {
      whitelist,
      endpoints,
      unresolved: options.unresolved ?? [],
      wholeRepo: options.wholeRepo ?? true,
    }),
  );

const uses = [
  endpoint('https://api.example.com/v1'),
  endpoint('wss://ws.example.com:9000/live'),
  endpoint('https://pinned.example.com:9000/'),
];

describe('whitelist-unused', () => {
  it('passes for entries some call uses (wss on any port)', () => {
    assert.equal(run('https://api.example.com', uses).status, 'pass');
    assert.equal(run('wss://ws.example.com', uses).status, 'pass');
  });

  it('reports an entry no call uses, with the list, the file and the console path', () => {
    const result = run('https://old.example.com', uses);
    assert.equal(result.status, 'fail');
    assert.match(
      result.message ?? '',
      /https:\/\/old\.example\.com is in the request list of mp-domains\.yml/,
    );
    assert.match(result.message ?? '', /服务器域名/);
  });

  it('counts a call on another port as using the entry: fixing the port mistake needs it', () => {
    assert.equal(run('https://pinned.example.com:8443', uses).status, 'pass');
  });

  it('counts a call from another list as not using the entry', () => {
    assert.equal(
      run('https://old.example.com', [endpoint('https://old.example.com/f', { list: 'uploadFile' })]).status,
      'fail',
    );
  });

  it('warns that run-time URLs of the same list might need it', () => {
    const unresolved: UnresolvedCall[] = [
      {
        api: 'wx.request',
        list: 'request',
        file: 'a.js',
        line: 1,
        expression: 'url',
        reason: 'runtime-value',
      },
      {
        api: 'wx.connectSocket',
        list: 'socket',
        file: 'a.js',
        line: 2,
        expression: 'u',
        reason: 'runtime-value',
      },
    ];
    const result = run('https://old.example.com', uses, { unresolved });
    assert.match(result.message ?? '', /known only at run time: 1;/);
  });

  it('does not judge in a diff, which sees only part of the code', () => {
    assert.equal(run('https://old.example.com', uses, { wholeRepo: false }).status, 'na');
  });
});
