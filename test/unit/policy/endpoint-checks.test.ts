import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blockingRule, portIssue, standing } from '../../../src/policy/endpoint-checks.js';
import { contextOf, endpoint } from '../rules/support.js';

const context = contextOf('request:\n  - https://api.example.com\n  - https://pinned.example.com:8443\n');

describe('blockingRule: one endpoint, one finding', () => {
  const cases: ReadonlyArray<[string, string | undefined]> = [
    ['http://localhost:3000/api', 'host-is-localhost'],
    ['http://127.0.0.1/api', 'host-is-localhost'],
    ['http://192.168.1.2/api', 'host-is-ip'],
    ['http://api.weixin.qq.com/sns', 'forbidden-host'],
    ['http://api.example.com/v1', 'scheme-not-secure'],
    ['https://api.example.com:443/v1', 'port-mismatch'],
    ['https://pinned.example.com/v1', 'port-mismatch'],
    ['https://api.example.com/v1', undefined],
    ['https://unlisted.example.com/v1', undefined],
  ];
  for (const [url, expected] of cases)
    it(url, () => assert.equal(blockingRule(endpoint(url), context), expected));
});

describe('standing', () => {
  it('fails the first rule, is n/a for the rules after it and passes the rules before it', () => {
    const ep = endpoint('http://api.example.com/v1');
    assert.equal(standing('scheme-not-secure', ep, context), 'fail');
    assert.equal(standing('port-mismatch', ep, context), 'na');
    assert.equal(standing('host-is-ip', ep, context), 'pass');
    assert.equal(standing(undefined, ep, context), 'na');
    assert.equal(standing(undefined, endpoint('https://api.example.com/'), context), 'pass');
  });
});

describe('portIssue', () => {
  it('names the kind of port problem', () => {
    assert.equal(portIssue(endpoint('https://api.example.com:443/'), context)?.kind, 'default-port-written');
    assert.equal(portIssue(endpoint('https://new.example.com:443/'), context)?.kind, 'default-port-written');
    assert.equal(portIssue(endpoint('https://pinned.example.com:9/'), context)?.kind, 'mismatch');
    assert.equal(portIssue(endpoint('https://new.example.com:8443/'), context), undefined);
    assert.equal(
      portIssue(endpoint('https://h5.example.com:8443/', { list: 'webview' }), context)?.kind,
      'webview-port',
    );
    assert.equal(portIssue(endpoint('wss://ws.example.com:1/'), context), undefined);
  });
});
