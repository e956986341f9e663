import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { notWhitelisted } from '../../../../src/rules/endpoint/not-whitelisted.js';
import { checkEndpointCases, contextOf, endpoint, verdict } from '../support.js';

const WHITELIST = `
request:
  - https://example.com
  - https://www.shop.example.org
  - https://api.xn--bcher-kva.example
  - https://pinned.example.com:8443
webview:
  - https://h5.example.com
udp:
  - udp://udp.example.com
`;

describe('not-whitelisted', () => {
  checkEndpointCases(
    notWhitelisted,
    [
      {
        name: 'a subdomain of a listed parent domain',
        url: 'https://api.example.com/v1',
        whitelist: WHITELIST,
        expect: 'fail',
        message: [
          /https:\/\/api\.example\.com is not in the request list/,
          /https:\/\/example\.com is listed, but on WeChat a parent domain covers nothing/,
        ],
      },
      {
        name: 'a sibling of a listed host',
        url: 'https://api.shop.example.org/v1',
        whitelist: WHITELIST,
        expect: 'fail',
        message: [/closest entry is https:\/\/www\.shop\.example\.org/],
      },
      {
        name: 'a host with nothing near it',
        url: 'https://api.other.net/v1',
        whitelist: WHITELIST,
        expect: 'fail',
        message: [
          /Add https:\/\/api\.other\.net to the request list in the console under Development Management/,
        ],
      },
      {
        name: 'a new port of an unlisted host is what to add',
        url: 'https://new.example.net:8443/v1',
        whitelist: WHITELIST,
        expect: 'fail',
        message: [/Add https:\/\/new\.example\.net:8443/],
      },
      {
        name: 'a parent domain is not covered by its subdomain entry either',
        url: 'https://shop.example.org/',
        whitelist: WHITELIST,
        expect: 'fail',
      },
      { name: 'an exact entry', url: 'https://example.com/v1', whitelist: WHITELIST, expect: 'pass' },
      {
        name: 'an IDN written in Unicode matches its punycode entry',
        url: 'https://api.bücher.example/v1',
        whitelist: WHITELIST,
        expect: 'pass',
      },
      {
        name: 'host case does not matter',
        url: 'https://EXAMPLE.com/v1',
        whitelist: WHITELIST,
        expect: 'pass',
      },
      {
        name: 'a web-view page needs the business domain list',
        url: 'https://pay.example.com/checkout',
        list: 'webview',
        whitelist: WHITELIST,
        expect: 'fail',
        message: [/to the webview list/, /Business Domains/],
      },
      {
        name: 'a listed business domain',
        url: 'https://h5.example.com/page',
        list: 'webview',
        whitelist: WHITELIST,
        expect: 'pass',
      },
      {
        name: 'official account articles need no business domain',
        url: 'https://mp.weixin.qq.com/s/xyz',
        list: 'webview',
        whitelist: WHITELIST,
        expect: 'na',
      },
      {
        name: 'a UDP address',
        url: 'udp://udp.example.com:5000',
        list: 'udp',
        whitelist: WHITELIST,
        expect: 'pass',
      },
      {
        name: 'an unlisted UDP address',
        url: 'udp://game.example.com:5000',
        list: 'udp',
        whitelist: WHITELIST,
        expect: 'fail',
        message: [/udp:\/\/game\.example\.com/],
      },
      {
        name: 'a host in another list is wrong-list, not this',
        url: 'https://h5.example.com/api',
        whitelist: WHITELIST,
        expect: 'pass',
      },
      {
        name: 'a port mistake is reported by port-mismatch',
        url: 'https://pinned.example.com/v1',
        whitelist: WHITELIST,
        expect: 'na',
      },
      {
        name: 'an http endpoint is reported by scheme-not-secure',
        url: 'http://api.other.net/v1',
        whitelist: WHITELIST,
        expect: 'na',
      },
      {
        name: 'an IP endpoint is reported by host-is-ip',
        url: 'https://8.8.8.8/v1',
        whitelist: WHITELIST,
        expect: 'na',
      },
    ],
    it,
  );

  it('matches by first-level domain on Alipay', () => {
    const alipay = contextOf('platform: alipay\nrequest: [https://example.com.cn]\n');
    assert.equal(
      verdict(notWhitelisted.check(endpoint('https://api.example.com.cn/x'), alipay)).status,
      'pass',
    );
    assert.equal(verdict(notWhitelisted.check(endpoint('https://other.com.cn/x'), alipay)).status, 'fail');
    const result = verdict(notWhitelisted.check(endpoint('https://api.other.com/x'), alipay));
    assert.match(result.message ?? '', /Server Domain Whitelist/);
  });

  it('does not judge lists a platform has no whitelist for', () => {
    const baidu = contextOf('platform: baidu\n');
    assert.equal(
      verdict(notWhitelisted.check(endpoint('https://h5.example.com/', { list: 'webview' }), baidu)).status,
      'na',
    );
  });

  it('names the whitelist file it was checked against', () => {
    const context = contextOf('request: []\n');
    const result = verdict(notWhitelisted.check(endpoint('https://a.example.com/'), context));
    assert.match(result.message ?? '', /and in mp-domains\.yml/);
  });
});
