import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { UnresolvedCall, UrlCheckDisabled } from '../../../src/model/endpoint.js';
import type { Finding } from '../../../src/model/finding.js';
import { evaluatePolicy, type PolicyInput } from '../../../src/policy/evaluate.js';
import { parseWhitelist } from '../../../src/whitelist/parse.js';
import { endpoint } from '../rules/support.js';

const WHITELIST = `platform: wechat
request:
  - https://api.example.com
  - https://old.example.com
  - http://insecure.example.com
uploadFile:
  - https://upload.example.com
socket:
  - wss://ws.example.com
`;

const parsed = parseWhitelist(WHITELIST, 'mp-domains.yml');
const unresolved: UnresolvedCall[] = [
  {
    api: 'wx.request',
    list: 'request',
    file: 'utils/http.js',
    line: 20,
    column: 3,
    expression: 'options.url',
    reason: 'runtime-value',
  },
];
const urlCheckDisabled: UrlCheckDisabled[] = [
  { file: 'project.config.json', line: 7, column: 5, key: 'setting.urlCheck' },
];

function input(overrides: Partial<PolicyInput> = {}): PolicyInput {
  return {
    endpoints: [
      endpoint('https://api.example.com/v1/cart', { line: 3 }),
      endpoint('http://api.example.com/v1/legacy', { line: 4 }),
      endpoint('https://upload.example.com/v1/avatar', { line: 5 }),
      endpoint('https://upload.example.com/v1/avatar', { list: 'uploadFile', api: 'wx.uploadFile', line: 6 }),
      endpoint('wss://ws.example.com:8443/live', { line: 7 }),
      endpoint('https://cdn.example.com:443/a.png', {
        list: 'downloadFile',
        api: 'wx.downloadFile',
        line: 8,
      }),
    ],
    unresolved,
    urlCheckDisabled,
    whitelist: parsed.whitelist,
    whitelistProblems: parsed.problems,
    excludedRules: new Set(),
    wholeRepo: true,
    ...overrides,
  };
}

const summary = (findings: readonly Finding[]) => findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`);

describe('evaluatePolicy', () => {
  it('reports each problem once, where it is, with the rule severity', () => {
    const findings = evaluatePolicy(input());
    assert.deepEqual(summary(findings), [
      'whitelist-invalid mp-domains.yml:5',
      'scheme-not-secure pages/index/index.js:4',
      'wrong-list pages/index/index.js:5',
      'port-mismatch pages/index/index.js:8',
      'unresolved-url utils/http.js:20',
      'url-check-disabled project.config.json:7',
      'whitelist-unused mp-domains.yml:4',
    ]);
    const severities = Object.fromEntries(findings.map((f) => [f.ruleId, f.severity]));
    assert.equal(severities['scheme-not-secure'], 'error');
    assert.equal(severities['unresolved-url'], 'notice');
    assert.equal(severities['whitelist-unused'], 'notice');
  });

  it('anchors endpoint findings with host, list, url and column, and whitelist findings into the file', () => {
    const findings = evaluatePolicy(input());
    const wrong = findings.find((f) => f.ruleId === 'wrong-list');
    assert.deepEqual(
      { host: wrong?.host, list: wrong?.list, url: wrong?.url, column: wrong?.column },
      { host: 'upload.example.com', list: 'request', url: 'https://upload.example.com/v1/avatar', column: 5 },
    );
    const invalid = findings.find((f) => f.ruleId === 'whitelist-invalid');
    assert.deepEqual(
      { file: invalid?.file, line: invalid?.line, column: invalid?.column, list: invalid?.list },
      { file: 'mp-domains.yml', line: 5, column: 5, list: 'request' },
    );
    const unused = findings.find((f) => f.ruleId === 'whitelist-unused');
    assert.equal(unused?.url, 'https://old.example.com');
    assert.ok(findings.every((f) => /^[0-9a-f]{16}$/.test(f.fingerprint)));
  });

  it('leaves out excluded rules and nothing else', () => {
    const findings = evaluatePolicy(
      input({ excludedRules: new Set(['scheme-not-secure', 'whitelist-unused']) }),
    );
    assert.ok(!findings.some((f) => f.ruleId === 'scheme-not-secure' || f.ruleId === 'whitelist-unused'));
    // An http endpoint does not fall through to not-whitelisted when its own rule is off.
    assert.ok(!findings.some((f) => f.line === 4));
    assert.equal(findings.length, 5);
  });

  it('judges whitelist-unused only on whole-repository scans', () => {
    assert.ok(!evaluatePolicy(input({ wholeRepo: false })).some((f) => f.ruleId === 'whitelist-unused'));
  });

  it('reports every endpoint as not whitelisted against an empty whitelist', () => {
    const empty = parseWhitelist('request: []\n', 'mp-domains.yml');
    const findings = evaluatePolicy(
      input({
        whitelist: empty.whitelist,
        whitelistProblems: [],
        unresolved: [],
        urlCheckDisabled: [],
        endpoints: [endpoint('https://a.example.com/')],
      }),
    );
    assert.deepEqual(summary(findings), ['not-whitelisted pages/index/index.js:12']);
  });

  it('gives the same endpoint in two places the same fingerprint only within a file', () => {
    const twice = evaluatePolicy(
      input({
        endpoints: [
          endpoint('https://x.example.com/a', { line: 1 }),
          endpoint('https://x.example.com/a', { file: 'b.js', line: 1 }),
        ],
        unresolved: [],
        urlCheckDisabled: [],
        whitelistProblems: [],
      }),
    ).filter((f) => f.ruleId === 'not-whitelisted');
    assert.equal(twice.length, 2);
    assert.notEqual(twice[0]?.fingerprint, twice[1]?.fingerprint);
  });
});
