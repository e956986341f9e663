import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyWhitelist, parseWhitelist } from '../../../../src/whitelist/parse.js';
import { whitelistInvalid } from '../../../../src/rules/whitelist/whitelist-invalid.js';
import { verdict } from '../support.js';

const context = {
  whitelist: emptyWhitelist('mp-domains.yml'),
  endpoints: [],
  unresolved: [],
  wholeRepo: true,
};

describe('whitelist-invalid', () => {
  it('turns every parser problem into its localized message', () => {
    const { problems } = parseWhitelist(
      'request:\n  - http://api.example.com\n  - https://8.8.8.8\n',
      'mp-domains.yml',
    );
    assert.equal(problems.length, 2);
    const messages = problems.map((problem) => verdict(whitelistInvalid.check(problem, context)));
    assert.deepEqual(
      messages.map((m) => m.status),
      ['fail', 'fail'],
    );
    assert.match(messages[0]?.message ?? '', /only takes https:\/\/ entries/);
    assert.match(messages[1]?.message ?? '', /8\.8\.8\.8 is an IP address/);
  });

  it('renders the Chinese message too', () => {
    const { problems } = parseWhitelist('request: [https://localhost]\n', 'mp-domains.yml');
    const outcome = whitelistInvalid.check(problems[0]!, context);
    assert.equal(outcome.status, 'fail');
    if (outcome.status === 'fail')
      assert.match(outcome.failures[0]?.message['zh-CN'] ?? '', /控制台不接受 localhost/);
  });

  it('throws on a key that is not in the catalog, so the runner reports a bug instead of an empty message', () => {
    const bogus = { path: 'mp-domains.yml', line: 1, column: 1, key: 'whitelist.noSuchKey', params: {} };
    assert.throws(() => whitelistInvalid.check(bogus, context), /unknown whitelist message key/);
  });
});
