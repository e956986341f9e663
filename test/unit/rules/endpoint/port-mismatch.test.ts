import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { portMismatch } from '../../../../src/rules/endpoint/port-mismatch.js';
import { checkEndpointCases, contextOf, endpoint, verdict } from '../support.js';

const WHITELIST = `
request:
  - https://api.example.com
  - https://pinned.example.com:8443
  - https://both.example.com
  - https://both.example.com:443
socket:
  - wss://ws.example.com
uploadFile:
  - https://upload.example.com
`;

describe('port-mismatch', () => {
  checkEndpointCases(
    portMismatch,
    [
      {
        name: ':443 written against an entry without a port',
        url: 'https://api.example.com:443/v1',
        whitelist: WHITELIST,
        expect: 'fail',
        message: [/:443 written/, /entry https:\/\/api\.example\.com has no port/, /Remove :443/],
      },
      {
        name: ':443 written with no entry for the host at all: still a code fix',
        url: 'https://new.example.com:443/v1',
        whitelist: WHITELIST,
        expect: 'fail',
        message: [/Remove :443 from the URL and add https:\/\/new\.example\.com/],
      },
      {
        name: ':443 written where only another list has the host',
        url: 'https://upload.example.com:443/v1',
        whitelist: WHITELIST,
        expect: 'fail',
      },
      {
        name: 'no port against a pinned entry',
        url: 'https://pinned.example.com/v1',
        whitelist: WHITELIST,
        expect: 'fail',
        message: [/without a port/, /https:\/\/pinned\.example\.com:8443/],
      },
      {
        name: 'another port against a pinned entry',
        url: 'https://pinned.example.com:9000/v1',
        whitelist: WHITELIST,
        expect: 'fail',
        message: [/on port 9000/, /add https:\/\/pinned\.example\.com:9000/],
      },
      {
        name: 'the pinned port',
        url: 'https://pinned.example.com:8443/v1',
        whitelist: WHITELIST,
        expect: 'pass',
      },
      {
        name: 'no port against an entry without one',
        url: 'https://api.example.com/v1',
        whitelist: WHITELIST,
        expect: 'pass',
      },
      {
        name: ':443 against an entry that configures :443',
        url: 'https://both.example.com:443/',
        whitelist: WHITELIST,
        expect: 'pass',
      },
      {
        name: 'wss allows any port',
        url: 'wss://ws.example.com:9999/live',
        whitelist: WHITELIST,
        expect: 'pass',
      },
      {
        name: 'wss with :443 is fine too',
        url: 'wss://ws.example.com:443/live',
        whitelist: WHITELIST,
        expect: 'pass',
      },
      {
        name: 'an unknown host with another port is a whitelist matter',
        url: 'https://other.example.com:8443/',
        whitelist: WHITELIST,
        expect: 'pass',
      },
      {
        name: 'a business domain never carries a port',
        url: 'https://h5.example.com:8443/page',
        list: 'webview',
        whitelist: 'webview: [https://h5.example.com]\n',
        expect: 'fail',
        message: [/business domain cannot carry a port/, /drop :8443/],
      },
      {
        name: 'tcp ports are connect() arguments',
        url: 'tcp://tcp.example.com:7000',
        list: 'tcp',
        whitelist: 'tcp: [tcp://tcp.example.com]\n',
        expect: 'pass',
      },
      {
        name: 'http with a port is a scheme problem first',
        url: 'http://api.example.com:443/',
        whitelist: WHITELIST,
        expect: 'na',
      },
    ],
    it,
  );

  it('refuses every explicit port on Baidu', () => {
    const baidu = contextOf('platform: baidu\nrequest: [https://api.example.com]\n');
    const result = verdict(portMismatch.check(endpoint('https://api.example.com:8080/x'), baidu));
    assert.equal(result.status, 'fail');
    assert.match(result.message ?? '', /Baidu server domains cannot carry a port/);
    assert.equal(verdict(portMismatch.check(endpoint('https://api.example.com/x'), baidu)).status, 'pass');
  });

  it('does not judge ports on Alipay, whose documentation says nothing about them', () => {
    const alipay = contextOf('platform: alipay\nrequest: [https://api.example.com]\n');
    assert.equal(
      verdict(portMismatch.check(endpoint('https://api.example.com:443/x'), alipay)).status,
      'pass',
    );
  });

  it('gives each kind of port problem its own fingerprint key', () => {
    const context = contextOf(WHITELIST);
    const outcome = portMismatch.check(endpoint('https://api.example.com:443/'), context);
    assert.equal(outcome.status, 'fail');
    if (outcome.status === 'fail') assert.equal(outcome.failures[0]?.key, 'default-port-written');
  });
});
