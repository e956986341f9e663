import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ipKind,
  isLocalhostName,
  isSelfHost,
  isSubdomainOf,
  isValidDomainName,
  normaliseHost,
  registrableDomain,
} from '../../../src/platform/hosts.js';

describe('normaliseHost', () => {
  const cases: ReadonlyArray<[string, string | undefined]> = [
    ['API.Example.COM', 'api.example.com'],
    ['api.example.com.', 'api.example.com'],
    ['Bücher.example', 'xn--bcher-kva.example'],
    ['ａｐｉ.example.com', 'api.example.com'],
    ['[2001:DB8::1]', '2001:db8::1'],
    ['127.1', '127.0.0.1'],
    ['0x7f000001', '127.0.0.1'],
    ['exa mple.com', undefined],
    ['', undefined],
    ['.', undefined],
  ];
  for (const [raw, expected] of cases)
    it(JSON.stringify(raw), () => assert.equal(normaliseHost(raw), expected));
});

describe('ipKind', () => {
  const cases: ReadonlyArray<[string, string | undefined]> = [
    ['127.0.0.1', 'loopback'],
    ['127.200.1.1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['169.254.1.1', 'link-local'],
    ['8.8.8.8', 'public'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fd12:3456::1', 'private'],
    ['fe80::1', 'link-local'],
    ['::ffff:192.168.1.1', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['2001:db8::1', 'public'],
    ['api.example.com', undefined],
  ];
  for (const [host, expected] of cases) it(host, () => assert.equal(ipKind(host), expected));
});

describe('host names', () => {
  it('recognises localhost names and self hosts', () => {
    assert.ok(isLocalhostName('localhost') && isLocalhostName('a.localhost'));
    assert.ok(!isLocalhostName('localhost.example.com'));
    assert.ok(isSelfHost('::1') && isSelfHost('0.0.0.0') && isSelfHost('localhost'));
    assert.ok(!isSelfHost('192.168.1.1'));
  });

  it('accepts domain names the console could take, and nothing else', () => {
    for (const good of [
      'api.example.com',
      'xn--bcher-kva.example',
      'a-b.example.cn',
      `${'a'.repeat(63)}.com`,
    ]) {
      assert.ok(isValidDomainName(good), good);
    }
    for (const bad of [
      'intranet',
      'a_b.example.com',
      '-a.example.com',
      'a-.example.com',
      'a..b',
      '1.2.3.4',
      `${'a'.repeat(64)}.com`,
    ]) {
      assert.ok(!isValidDomainName(bad), bad);
    }
  });

  it('finds the first-level domain, including common country-code second levels', () => {
    assert.equal(registrableDomain('a.b.example.com'), 'example.com');
    assert.equal(registrableDomain('api.example.com.cn'), 'example.com.cn');
    assert.equal(registrableDomain('www.example.co.uk'), 'example.co.uk');
    assert.equal(registrableDomain('example.com'), 'example.com');
    assert.equal(registrableDomain('shop.example.cn'), 'example.cn');
  });

  it('knows proper subdomains', () => {
    assert.ok(isSubdomainOf('api.example.com', 'example.com'));
    assert.ok(!isSubdomainOf('example.com', 'example.com'));
    assert.ok(!isSubdomainOf('badexample.com', 'example.com'));
  });
});
