import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { describeGitHubError, httpStatus, isWriteDenied } from '../../../src/github/errors.js';
import { gitHubEndpoints, blobUrl } from '../../../src/github/environment.js';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github/index.js';
import { testClient } from '../../helpers/github-client.js';

describe('createGitHubClient', () => {
  let fake: FakeGitHub;
  before(async () => {
    fake = await startFakeGitHub();
    const repo = fake.addRepo('octo/app');
    repo.setTree('h1', { 'a.txt': 'hello' });
  });
  after(() => fake.close());
  beforeEach(() => {
    fake.clearRequests();
    fake.faults.length = 0;
  });

  it('retries 502s and counts every exchange', async () => {
    fake.inject({ path: '/repos/octo/app/contents/a.txt', status: 502, times: 2 });
    const { client, requests } = testClient(fake);
    const { data } = await client.rest.repos.getContent({
      owner: 'octo',
      repo: 'app',
      path: 'a.txt',
      ref: 'h1',
    });
    assert.equal((data as { type: string }).type, 'file');
    assert.deepEqual(
      fake.requests.map((r) => r.status),
      [502, 502, 200],
    );
    assert.equal(requests.length, 3);
  });

  it('honours retry-after on a 403 secondary rate limit', async () => {
    fake.injectSecondaryRateLimit({ method: 'POST', path: /\/issues\/\d+\/comments$/ }, 30, 403);
    fake.addPull('octo/app', {
      number: 7,
      head: { sha: 'h1', ref: 'f', repoFullName: 'octo/app' },
      base: { sha: 'b1', ref: 'main' },
      files: [],
    });
    const { client, logger } = testClient(fake, { timing: { retryBaseMs: 3 } });
    const started = Date.now();
    await client.rest.issues.createComment({ owner: 'octo', repo: 'app', issue_number: 7, body: 'x' });
    assert.ok(Date.now() - started >= 30 * 3, 'waited retry-after × base');
    assert.deepEqual(
      fake.requests.map((r) => r.status),
      [403, 201],
    );
    assert.ok(
      logger.messages.some(
        (m) => /secondary rate limit/.test(m.message) && /retrying in 30s/.test(m.message),
      ),
    );
  });

  it('honours retry-after on a 429 secondary rate limit too', async () => {
    fake.injectSecondaryRateLimit({ path: '/repos/octo/app/contents/a.txt' }, 2, 429);
    const { client } = testClient(fake);
    await client.rest.repos.getContent({ owner: 'octo', repo: 'app', path: 'a.txt', ref: 'h1' });
    assert.deepEqual(
      fake.requests.map((r) => r.status),
      [429, 200],
    );
  });

  it('gives up when retry-after is longer than a CI step should wait', async () => {
    fake.injectSecondaryRateLimit({ path: '/repos/octo/app/contents/a.txt' }, 3600, 403);
    const { client, logger } = testClient(fake);
    await assert.rejects(
      client.rest.repos.getContent({ owner: 'octo', repo: 'app', path: 'a.txt', ref: 'h1' }),
      (e: unknown) => httpStatus(e) === 403 && !isWriteDenied(e),
    );
    assert.ok(logger.messages.some((m) => m.level === 'warning' && /giving up/.test(m.message)));
  });

  it('does not retry a permission error, which callers see as write-denied', async () => {
    const { client } = testClient(fake, { token: 'read-only-token' });
    fake.addPull('octo/app', {
      number: 8,
      head: { sha: 'h1', ref: 'f', repoFullName: 'fork/app' },
      base: { sha: 'b1', ref: 'main' },
      files: [],
    });
    const error = await client.rest.issues
      .createComment({ owner: 'octo', repo: 'app', issue_number: 8, body: 'x' })
      .catch((e: unknown) => e);
    assert.equal(isWriteDenied(error), true);
    assert.match(describeGitHubError(error), /^403 Resource not accessible by integration/);
    assert.equal(fake.requests.length, 1);
  });

  it('sends the token and a user agent', async () => {
    const { client } = testClient(fake);
    await client.rest.repos.getContent({ owner: 'octo', repo: 'app', path: 'a.txt', ref: 'h1' });
    assert.equal(fake.requests[0]?.headers['authorization'], 'token test-token');
    assert.match(String(fake.requests[0]?.headers['user-agent']), /^mp-domain-guard\//);
  });
});

describe('gitHubEndpoints', () => {
  it('uses github.com defaults', () => {
    assert.deepEqual(gitHubEndpoints({}), {
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      graphqlUrl: 'https://api.github.com/graphql',
    });
  });

  it('derives GHES URLs from the runner environment', () => {
    const e = gitHubEndpoints({
      GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
      GITHUB_SERVER_URL: 'https://ghe.example.com',
    });
    assert.equal(e.apiUrl, 'https://ghe.example.com/api/v3');
    assert.equal(e.graphqlUrl, 'https://ghe.example.com/api/graphql');
    assert.equal(
      gitHubEndpoints({ GITHUB_GRAPHQL_URL: 'https://x.example/gql' }).graphqlUrl,
      'https://x.example/gql',
    );
  });

  it('rejects a URL that is not http(s), naming the variable', () => {
    assert.throws(
      () => gitHubEndpoints({ GITHUB_API_URL: 'file:///etc' }),
      /GITHUB_API_URL must be an http\(s\) URL/,
    );
    assert.throws(
      () => gitHubEndpoints({ GITHUB_SERVER_URL: 'not a url' }),
      /GITHUB_SERVER_URL is not a URL/,
    );
  });

  it('builds blob links with encoded paths', () => {
    assert.equal(
      blobUrl({ serverUrl: 'https://ghe.example.com' }, { owner: 'o', repo: 'r' }, 'abc', 'pages/a b#.js', 3),
      'https://ghe.example.com/o/r/blob/abc/pages/a%20b%23.js#L3',
    );
  });
});
