import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from '../../../src/errors.js';
import {
  parseResolveOption,
  targetFromArgument,
  targetsFromOrigins,
  targetsFromWhitelist,
} from '../../../src/probe/index.js';
import { parseWhitelist } from '../../../src/whitelist/parse.js';
import { splitMappedAddress } from '../../../src/probe/dns.js';

describe('parseResolveOption', () => {
  it('parses curl --resolve syntax, IPv6 with or without brackets', () => {
    assert.deepEqual(parseResolveOption('API.example.com:443:203.0.113.10'), [
      'api.example.com:443',
      '203.0.113.10',
    ]);
    assert.deepEqual(parseResolveOption('api.example.com:8443:[2001:db8::1]'), [
      'api.example.com:8443',
      '2001:db8::1',
    ]);
    assert.deepEqual(parseResolveOption('api.example.com:443:::1'), ['api.example.com:443', '::1']);
  });

  it('takes an optional port to dial instead of the origin port (curl --connect-to)', () => {
    assert.deepEqual(parseResolveOption('api.example.com:443:127.0.0.1:8443'), [
      'api.example.com:443',
      '127.0.0.1:8443',
    ]);
    assert.deepEqual(parseResolveOption('api.example.com:443:[::1]:8443'), [
      'api.example.com:443',
      '[::1]:8443',
    ]);
    assert.deepEqual(splitMappedAddress('[::1]:8443'), { address: '::1', port: 8443 });
    assert.deepEqual(splitMappedAddress('127.0.0.1:8443'), { address: '127.0.0.1', port: 8443 });
    assert.deepEqual(splitMappedAddress('2001:db8::1'), { address: '2001:db8::1' });
    assert.throws(
      () => parseResolveOption('api.example.com:443:127.0.0.1:70000'),
      /port must be a whole number/,
    );
  });

  it('explains what is wrong, in both languages', () => {
    const cases: [string, RegExp][] = [
      ['api.example.com', /three parts/],
      ['api.example.com:https:1.2.3.4', /port must be a whole number/],
      ['api.example.com:0:1.2.3.4', /port must be a whole number/],
      ['api.example.com:443:not-an-ip', /must be an IPv4 or IPv6 address/],
      [':443:1.2.3.4', /host name is empty/],
      ['bad host:443:1.2.3.4', /host name/],
    ];
    for (const [value, pattern] of cases) {
      assert.throws(
        () => parseResolveOption(value),
        (error: unknown) => {
          assert.ok(error instanceof ConfigError);
          assert.match(error.localized.en, pattern);
          assert.match(error.localized.en, /Expected HOST:PORT:ADDRESS/);
          assert.match(error.localized['zh-CN'], /格式应为/);
          return true;
        },
        value,
      );
    }
  });
});

describe('targetFromArgument', () => {
  it('accepts origins and bare hosts', () => {
    assert.deepEqual(targetFromArgument('https://API.example.com'), {
      target: 'https://API.example.com',
      host: 'api.example.com',
      port: 443,
      lists: [],
    });
    assert.equal(targetFromArgument('api.example.com:8443').port, 8443);
    assert.equal(targetFromArgument('wss://ws.example.com').host, 'ws.example.com');
    assert.equal(targetFromArgument('[2001:db8::1]:443').host, '2001:db8::1');
  });

  it('refuses non-TLS schemes, paths and junk', () => {
    assert.throws(() => targetFromArgument('http://api.example.com'), /only https and wss/);
    assert.throws(() => targetFromArgument('https://api.example.com/path'), /no path/);
    assert.throws(() => targetFromArgument('https://exa mple.com'), ConfigError);
  });
});

describe('targets from origins and the whitelist', () => {
  it('dedupes by host and port, merging lists in console order', () => {
    const targets = targetsFromOrigins([
      { origin: 'https://api.example.com', list: 'uploadFile' },
      { origin: 'https://api.example.com:443', list: 'request' },
      { origin: 'wss://api.example.com', list: 'socket' },
      { origin: 'https://api.example.com:8443', list: 'request' },
      { origin: 'http://plain.example.com', list: 'request' },
      { origin: 'not a url', list: 'request' },
    ]);
    assert.deepEqual(
      targets.map((t) => [t.host, t.port, t.lists.join(',')]),
      [
        ['api.example.com', 443, 'request,uploadFile,socket'],
        ['api.example.com', 8443, 'request'],
      ],
    );
  });

  it('takes every https/wss whitelist entry and keeps the verification file', () => {
    const yaml = [
      'request:',
      '  - https://api.example.com',
      'socket:',
      '  - wss://api.example.com',
      'webview:',
      '  - origin: https://h5.example.com',
      '    verifyFile: MP_verify_abc.txt',
      'udp:',
      '  - udp://udp.example.com',
      '',
    ].join('\n');
    const { whitelist, problems } = parseWhitelist(yaml, 'mp-domains.yml');
    assert.deepEqual(problems, []);
    const targets = targetsFromWhitelist(whitelist);
    assert.deepEqual(
      targets.map((t) => [t.host, t.lists.join(','), t.verifyFile?.name]),
      [
        ['api.example.com', 'request,socket', undefined],
        ['h5.example.com', 'webview', 'MP_verify_abc.txt'],
      ],
    );
  });
});
