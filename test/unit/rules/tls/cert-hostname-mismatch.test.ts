import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certHostnameMismatch, matchesDnsName } from '../../../../src/rules/tls/cert-hostname-mismatch.js';
import { assertFails, assertGoodServerPasses, leaf, observation, pki, run } from './support.js';

describe('cert-hostname-mismatch', () => {
  it('passes a certificate that lists the host', () => assertGoodServerPasses(certHostnameMismatch));

  it('fails a certificate for other names, listing them', () => {
    const other = leaf({ commonName: 'api.example.test', dnsNames: ['www.example.test', 'example.test'] });
    assertFails(
      run(certHostnameMismatch, observation({ chain: pki.chainFor(other) })),
      /api\.example\.test is not among the names in the certificate: www\.example\.test, example\.test/,
      /not the common name "api\.example\.test"/,
    );
  });

  it('accepts a wildcard for exactly one left-most label', () => {
    const wildcard = leaf({ dnsNames: ['*.example.test'] });
    assert.equal(run(certHostnameMismatch, observation({ chain: pki.chainFor(wildcard) })).status, 'pass');
    const deep = observation({ host: 'a.api.example.test', chain: pki.chainFor(wildcard) });
    assert.equal(run(certHostnameMismatch, deep).status, 'fail');
  });

  it('matches IP addresses only against IP subject alternative names', () => {
    const byIp = leaf({ dnsNames: ['1.2.3.4'], ipAddresses: ['203.0.113.9'] });
    assert.equal(
      run(certHostnameMismatch, observation({ host: '203.0.113.9', chain: pki.chainFor(byIp) })).status,
      'pass',
    );
    assert.equal(
      run(certHostnameMismatch, observation({ host: '1.2.3.4', chain: pki.chainFor(byIp) })).status,
      'fail',
    );
  });

  it('implements RFC 6125 wildcard matching strictly', () => {
    const cases: [string, string, boolean][] = [
      ['api.example.test', 'API.Example.Test', true],
      ['api.example.test.', 'api.example.test', true],
      ['*.example.test', 'api.example.test', true],
      ['*.example.test', 'example.test', false],
      ['*.example.test', 'a.b.example.test', false],
      ['*.test', 'example.test', false],
      ['a*.example.test', 'abc.example.test', false],
      ['api.*.test', 'api.example.test', false],
      ['*.*.test', 'a.b.test', false],
      ['', 'api.example.test', false],
    ];
    for (const [pattern, host, expected] of cases)
      assert.equal(matchesDnsName(pattern, host), expected, `${pattern} ~ ${host}`);
  });
});
