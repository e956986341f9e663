import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { webviewVerifyFile } from '../../../../src/rules/tls/webview-verify-file.js';
import { assertFails, assertGoodServerPasses, observation, run } from './support.js';

const file = { name: 'MP_verify_abc123.txt', content: 'abc123' };
const url = 'https://api.example.test/MP_verify_abc123.txt';

describe('webview-verify-file', () => {
  it('passes when no verification file is configured', () => assertGoodServerPasses(webviewVerifyFile));

  it('passes a file with the expected content', () => {
    const obs = observation({
      lists: ['webview'],
      verifyFile: { url, file, status: 200, bodyExcerpt: 'abc123', contentMatches: true },
    });
    assert.equal(run(webviewVerifyFile, obs).status, 'pass');
  });

  it('fails a missing file (404)', () => {
    const obs = observation({
      lists: ['webview'],
      verifyFile: { url, file, status: 404, bodyExcerpt: 'not found' },
    });
    assertFails(
      run(webviewVerifyFile, obs),
      /answered HTTP 404/,
      /serve MP_verify_abc123\.txt at the root of api\.example\.test/,
    );
  });

  it('fails different content, quoting both', () => {
    const obs = observation({
      lists: ['webview'],
      verifyFile: { url, file, status: 200, bodyExcerpt: '<html>', contentMatches: false },
    });
    assertFails(run(webviewVerifyFile, obs), /expected "abc123", got "<html>"/);
  });

  it('fails when the file cannot be fetched', () => {
    const obs = observation({
      lists: ['webview'],
      verifyFile: { url, file, failure: { reason: 'reset', stage: 'http' } },
    });
    assertFails(run(webviewVerifyFile, obs), /could not be fetched: the server reset the connection/);
  });
});
