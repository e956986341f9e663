import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestEntry, entriesForHost, findWhitelistEntry } from '../../../src/policy/match.js';
import { whitelistOf } from '../rules/support.js';

const wechat = whitelistOf(`
request:
  - https://api.example.com
  - https://pinned.example.com:8443
  - https://example.org
  - https://www.shop.example.net
socket:
  - wss://ws.example.com
webview:
  - https://h5.example.com
`);

describe('findWhitelistEntry', () => {
  const cases: ReadonlyArray<[string, Parameters<typeof findWhitelistEntry>[1], string | undefined]> = [
    ['exact host, no port', { list: 'request', host: 'api.example.com' }, 'https://api.example.com'],
    [
      'host case and IDN are normalised',
      { list: 'request', host: 'API.example.com.' },
      'https://api.example.com',
    ],
    [
      'explicit :443 is not the port-less entry',
      { list: 'request', host: 'api.example.com', port: 443 },
      undefined,
    ],
    [
      'pinned port',
      { list: 'request', host: 'pinned.example.com', port: 8443 },
      'https://pinned.example.com:8443',
    ],
    ['pinned entry, no port', { list: 'request', host: 'pinned.example.com' }, undefined],
    ['a parent domain covers nothing', { list: 'request', host: 'api.example.org' }, undefined],
    ['another list', { list: 'uploadFile', host: 'api.example.com' }, undefined],
    ['wss on any port', { list: 'socket', host: 'ws.example.com', port: 7000 }, 'wss://ws.example.com'],
    ['business domain', { list: 'webview', host: 'h5.example.com' }, 'https://h5.example.com'],
  ];
  for (const [name, target, expected] of cases) {
    it(name, () => assert.equal(findWhitelistEntry(wechat, target)?.origin, expected));
  }

  it('matches the first-level domain on Alipay, and maps uploads to the request list', () => {
    const alipay = whitelistOf('platform: alipay\nrequest: [https://api.example.com.cn]\n');
    assert.equal(
      findWhitelistEntry(alipay, { list: 'request', host: 'img.example.com.cn' })?.origin,
      'https://api.example.com.cn',
    );
    assert.equal(
      findWhitelistEntry(alipay, { list: 'uploadFile', host: 'up.example.com.cn', port: 8443 })?.origin,
      'https://api.example.com.cn',
    );
    assert.equal(findWhitelistEntry(alipay, { list: 'request', host: 'other.com.cn' }), undefined);
    assert.equal(findWhitelistEntry(alipay, { list: 'socket', host: 'api.example.com.cn' }), undefined);
  });

  it('can judge one whitelist as another platform would', () => {
    assert.equal(
      findWhitelistEntry(wechat, { list: 'request', host: 'www.example.org' }, 'alipay')?.origin,
      'https://example.org',
    );
  });
});

describe('entriesForHost and closestEntry', () => {
  it('finds a host in every list', () => {
    const both = whitelistOf('request: [https://a.example.com]\nuploadFile: [https://a.example.com]\n');
    assert.deepEqual(
      entriesForHost(both, 'a.example.com').map((e) => e.list),
      ['request', 'uploadFile'],
    );
  });

  it('prefers the nearest parent, then a sibling, on exact-match platforms only', () => {
    assert.deepEqual(closestEntry(wechat, { list: 'request', host: 'a.b.example.org' }), {
      entry: wechat.entries.find((e) => e.origin === 'https://example.org'),
      relation: 'parent',
    });
    assert.equal(
      closestEntry(wechat, { list: 'request', host: 'api.shop.example.net' })?.relation,
      'sibling',
    );
    assert.equal(closestEntry(wechat, { list: 'request', host: 'api.unrelated.com' }), undefined);
    assert.equal(closestEntry(wechat, { list: 'request', host: 'api.example.org' }, 'alipay'), undefined);
  });
});
