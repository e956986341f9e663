import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { normaliseChangedFiles } from '../../../src/changes/changed-files.js';
import { blobQuery } from '../../../src/github/blobs.js';
import { countCommitsTouching, startOfMonthUtc } from '../../../src/github/commits.js';
import { decodeBase64Lenient, fetchFileAtRef } from '../../../src/github/contents.js';
import { GitHubFileReader } from '../../../src/github/file-reader.js';
import { listPullRequestFiles } from '../../../src/github/pulls.js';
import { githubSource } from '../../../src/github/source.js';
import { listWorkspaceFiles, workspaceHeadSha, workspaceReader } from '../../../src/github/workspace.js';
import { silentLogger } from '../../../src/logger.js';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github/index.js';
import { testClient } from '../../helpers/github-client.js';

const repoRef = { owner: 'octo', repo: 'app' };

describe('reading a pull request through the API', () => {
  let fake: FakeGitHub;
  before(async () => {
    fake = await startFakeGitHub({ contentsInlineLimit: 64, graphqlTextLimit: 100 });
    const repo = fake.addRepo('octo/app');
    repo.setTree('head', {
      'a.js': "wx.request({ url: 'https://a.example.com' })",
      'big.js': 'x'.repeat(200),
      'image.png': { binary: Buffer.from([0, 1, 2, 255]) },
      'link.js': { symlink: '/etc/passwd' },
      'same.yml': 'unchanged',
      'dir/one.js': '1',
      'new.js': 'new',
    });
    repo.setTree('base', { 'a.js': 'old', 'same.yml': 'unchanged-at-base-tip', 'old.js': 'renamed away' });
    const many = Array.from({ length: 3005 }, (_, i) => ({
      filename: `f${i}.js`,
      status: 'added' as const,
      patch: '@@ -0,0 +1 @@\n+x',
    }));
    fake.addPull('octo/app', {
      number: 1,
      head: { sha: 'head', ref: 'f', repoFullName: 'octo/app' },
      base: { sha: 'base', ref: 'main' },
      files: many,
    });
    fake.addPull('octo/app', {
      number: 2,
      head: { sha: 'head', ref: 'f', repoFullName: 'octo/app' },
      base: { sha: 'base', ref: 'main' },
      files: Array.from({ length: 250 }, (_, i) => ({
        filename: `g${i}.js`,
        status: 'modified' as const,
        patch: '@@ -1 +1 @@\n-a\n+b',
      })),
    });
    const now = new Date();
    const month = startOfMonthUtc(now);
    const day = (d: number) => new Date(month.getTime() + d * 86_400_000 + 3_600_000).toISOString();
    repo.commits.push(
      { sha: 'c1', date: day(0), paths: ['mp-domains.yml'] },
      { sha: 'c2', date: day(0), paths: ['mp-domains.yml', 'a.js'] },
      { sha: 'c3', date: day(0), paths: ['a.js'] },
      { sha: 'c4', date: new Date(month.getTime() - 86_400_000).toISOString(), paths: ['mp-domains.yml'] },
      { sha: 'c5', date: day(0), paths: ['mp-domains.yml'], branch: 'other' },
    );
  });
  after(() => fake.close());
  beforeEach(() => fake.clearRequests());

  it('pages through pull request files 100 at a time', async () => {
    const { client } = testClient(fake);
    const listing = await listPullRequestFiles(client, repoRef, 2);
    assert.equal(listing.rows.length, 250);
    assert.equal(listing.truncated, false);
    assert.deepEqual(
      fake.requests.map((r) => r.query['page'] ?? '1'),
      ['1', '2', '3'],
    );
    assert.ok(fake.requests.every((r) => r.query['per_page'] === '100'));
  });

  it("stops at GitHub's 3,000-file cap and says so", async () => {
    const { client } = testClient(fake);
    const listing = await listPullRequestFiles(client, repoRef, 1);
    assert.equal(listing.rows.length, 3000);
    assert.equal(listing.truncated, true);
    assert.equal(fake.requests.length, 30);
  });

  it('decodes wrapped base64 and refetches large files with the raw media type', async () => {
    const { client } = testClient(fake);
    assert.deepEqual(await fetchFileAtRef(client, repoRef, 'a.js', 'head'), {
      status: 'ok',
      text: "wx.request({ url: 'https://a.example.com' })",
      size: 44,
    });
    assert.equal(fake.requests.length, 1);
    fake.clearRequests();
    const big = await fetchFileAtRef(client, repoRef, 'big.js', 'head');
    assert.equal(big.status === 'ok' && big.text.length, 200);
    assert.equal(fake.requests.length, 2);
    assert.match(String(fake.requests[1]?.headers['accept']), /application\/vnd\.github(\.v3)?\.raw/);
    assert.deepEqual(await fetchFileAtRef(client, repoRef, 'nope.js', 'head'), { status: 'missing' });
    assert.deepEqual(await fetchFileAtRef(client, repoRef, 'link.js', 'head'), {
      status: 'not-a-file',
      type: 'symlink',
    });
    assert.deepEqual(await fetchFileAtRef(client, repoRef, 'dir', 'head'), {
      status: 'not-a-file',
      type: 'dir',
    });
  });

  it('decodes base64 leniently', () => {
    assert.equal(decodeBase64Lenient('aGVs\nbG8g\r\nd29y bGQ=\n'), 'hello world');
  });

  it('batches concurrent reads into one GraphQL query and falls back to contents for truncated blobs', async () => {
    const { client } = testClient(fake);
    const reader = new GitHubFileReader({
      client,
      graphqlUrl: fake.graphqlUrl,
      repo: repoRef,
      logger: silentLogger,
    });
    const texts = await Promise.all([
      reader.read('head', 'a.js'),
      reader.read('head', 'big.js'),
      reader.read('head', 'missing.js'),
      reader.read('base', 'a.js'),
      reader.read('head', 'link.js'),
    ]);
    assert.equal(texts[0], "wx.request({ url: 'https://a.example.com' })");
    assert.equal(texts[1]?.length, 200);
    assert.equal(texts[2], undefined);
    assert.equal(texts[3], 'old');
    assert.equal(texts[4], undefined, 'symlinks are not followed');
    const paths = fake.requests.map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(paths, [
      'POST /graphql',
      'GET /repos/octo/app/contents/big.js',
      'GET /repos/octo/app/contents/big.js',
    ]);
    assert.equal(reader.knownSize('head', 'a.js'), 44);
    fake.clearRequests();
    assert.equal(await reader.read('head', 'a.js'), texts[0]);
    assert.equal(fake.requests.length, 0, 'cached');
  });

  it('prefetches through GraphQL only: binary and large files cost a contents call only when read', async () => {
    const { client } = testClient(fake);
    const reader = new GitHubFileReader({
      client,
      graphqlUrl: fake.graphqlUrl,
      repo: repoRef,
      logger: silentLogger,
    });
    await reader.prefetch([
      { ref: 'head', path: 'a.js' },
      { ref: 'head', path: 'image.png' },
      { ref: 'head', path: 'big.js' },
    ]);
    assert.deepEqual(
      fake.requests.map((r) => r.path),
      ['/graphql'],
    );
    assert.equal(reader.knownSize('head', 'image.png'), 4);
    assert.equal(reader.knownSize('head', 'big.js'), 200);
    await reader.read('head', 'a.js');
    assert.equal(fake.requests.length, 1, 'served from the prefetched answer');
    assert.equal((await reader.read('head', 'image.png'))?.length, 4);
    assert.equal(fake.requests.length, 2);
  });

  it('reads file by file when GraphQL fails', async () => {
    fake.inject({ path: '/graphql', status: 502, times: 10 });
    const { client, logger } = testClient(fake, { timing: { maxRetries: 0 } });
    const reader = new GitHubFileReader({ client, graphqlUrl: fake.graphqlUrl, repo: repoRef, logger });
    const [a, n] = await Promise.all([reader.read('head', 'a.js'), reader.read('head', 'new.js')]);
    assert.equal(a, "wx.request({ url: 'https://a.example.com' })");
    assert.equal(n, 'new');
    assert.ok(logger.messages.some((m) => /GraphQL file reads failed/.test(m.message)));
    fake.faults.length = 0;
    fake.clearRequests();
    await reader.read('head', 'same.yml');
    assert.deepEqual(
      fake.requests.map((r) => r.path),
      ['/repos/octo/app/contents/same.yml'],
      'GraphQL stays off',
    );
  });

  it('builds a valid query with one variable per file', () => {
    assert.match(blobQuery(2), /\$e0: String!, \$e1: String!/);
    assert.match(blobQuery(2), /f1: object\(expression: \$e1\)/);
  });

  it('serves both sides of a pull request: base reads only what the PR changed', async () => {
    const { client } = testClient(fake);
    const reader = new GitHubFileReader({
      client,
      graphqlUrl: fake.graphqlUrl,
      repo: repoRef,
      logger: silentLogger,
    });
    const changes = {
      files: normaliseChangedFiles(
        [
          { filename: 'a.js', status: 'modified', patch: '@@ -1 +1 @@\n-old\n+new' },
          {
            filename: 'new.js',
            status: 'renamed',
            previous_filename: 'old.js',
            additions: 1,
            deletions: 1,
            patch: '@@ -1 +1 @@\n-a\n+b',
          },
          { filename: 'gone.js', status: 'removed' },
        ],
        silentLogger,
      ),
      truncated: false,
    };
    const { head, base } = githubSource({
      head: { kind: 'api', reader, sha: 'head' },
      api: reader,
      baseSha: 'base',
      changes,
      repoName: 'octo/app',
    });
    assert.deepEqual(await head.listFiles(), ['a.js', 'new.js']);
    assert.deepEqual([...(await base.listFiles())].sort(), ['a.js', 'gone.js', 'old.js']);
    assert.equal(await base.readFile('a.js'), 'old');
    assert.equal(await base.readFile('old.js'), 'renamed away');
    assert.equal(await base.readFile('new.js'), undefined, 'a rename target did not exist at base');
    assert.equal(
      await base.readFile('same.yml'),
      'unchanged',
      'an untouched file is read at head, as the diff sees it',
    );
    assert.equal(await head.readFile('same.yml'), 'unchanged');
    assert.match(head.label, /^github:octo\/app@head/);
  });

  it('lists whole trees when given the head tree: base is head with the changes undone', async () => {
    const { client } = testClient(fake);
    const reader = new GitHubFileReader({
      client,
      graphqlUrl: fake.graphqlUrl,
      repo: repoRef,
      logger: silentLogger,
    });
    const changes = {
      files: normaliseChangedFiles(
        [
          {
            filename: 'new.js',
            status: 'renamed',
            previous_filename: 'old.js',
            additions: 1,
            deletions: 1,
            patch: '@@ -1 +1 @@\n-a\n+b',
          },
          { filename: 'added.js', status: 'added', patch: '@@ -0,0 +1 @@\n+x' },
          { filename: 'gone.js', status: 'removed' },
        ],
        silentLogger,
      ),
      truncated: false,
    };
    let calls = 0;
    const { head, base } = githubSource({
      head: { kind: 'api', reader, sha: 'head' },
      api: reader,
      baseSha: 'base',
      changes,
      repoName: 'octo/app',
      listHeadTree: async () => {
        calls++;
        return {
          files: new Map([
            ['new.js', 3],
            ['added.js', 1],
            ['lib/util.js', 10],
          ]),
          truncated: false,
        };
      },
    });
    assert.deepEqual([...(await head.listFiles())].sort(), ['added.js', 'lib/util.js', 'new.js']);
    assert.deepEqual([...(await base.listFiles())].sort(), ['gone.js', 'lib/util.js', 'old.js']);
    assert.equal(await head.fileSize?.('lib/util.js'), 10);
    assert.equal(calls, 1, 'the tree is listed once');
  });

  it('counts commits that changed a file this month on a branch', async () => {
    const { client } = testClient(fake);
    const since = startOfMonthUtc(new Date());
    assert.deepEqual(
      await countCommitsTouching(client, repoRef, { path: 'mp-domains.yml', since, branch: 'main' }),
      { count: 2, capped: false },
    );
    assert.deepEqual(
      await countCommitsTouching(client, repoRef, { path: 'mp-domains.yml', since, maxCount: 1 }),
      { count: 1, capped: true },
    );
    assert.equal(fake.requests[0]?.query['path'], 'mp-domains.yml');
    assert.equal(fake.requests[0]?.query['since'], since.toISOString());
    assert.equal(startOfMonthUtc(new Date('2026-03-31T23:59:59Z')).toISOString(), '2026-03-01T00:00:00.000Z');
  });
});

describe('workspace', () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'mpdg-ws-'));
    await mkdir(join(root, '.git', 'refs', 'heads'), { recursive: true });
    await mkdir(join(root, 'src'));
    await writeFile(join(root, 'src', 'a.js'), 'A');
    await writeFile(join(tmpdir(), 'mpdg-outside.txt'), 'secret');
    await symlink(join(tmpdir(), 'mpdg-outside.txt'), join(root, 'src', 'evil.js'));
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('reads the checked-out commit from .git without running git', async () => {
    const sha = 'a'.repeat(40);
    await writeFile(join(root, '.git', 'HEAD'), `${sha}\n`);
    assert.equal(await workspaceHeadSha(root), sha);
    await writeFile(join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    await writeFile(join(root, '.git', 'refs', 'heads', 'main'), `${'b'.repeat(40)}\n`);
    assert.equal(await workspaceHeadSha(root), 'b'.repeat(40));
    await writeFile(join(root, '.git', 'HEAD'), 'ref: refs/heads/packed\n');
    await writeFile(join(root, '.git', 'packed-refs'), `# pack-refs\n${'c'.repeat(40)} refs/heads/packed\n`);
    assert.equal(await workspaceHeadSha(root), 'c'.repeat(40));
    assert.equal(await workspaceHeadSha(join(root, 'src')), undefined);
  });

  it('reads files but refuses symlinks, absolute paths and paths that climb out', async () => {
    const reader = workspaceReader(root);
    assert.equal(await reader.read('src/a.js'), 'A');
    assert.equal(await reader.size('src/a.js'), 1);
    assert.equal(await reader.read('src/evil.js'), undefined);
    assert.equal(await reader.read('../mpdg-outside.txt'), undefined);
    assert.equal(await reader.read(join(tmpdir(), 'mpdg-outside.txt')), undefined);
    assert.equal(await reader.read('src/missing.js'), undefined);
    assert.equal(await reader.read('src'), undefined);
  });

  it('lists work-tree files without .git, node_modules or symlinks', async () => {
    await mkdir(join(root, 'node_modules', 'x'), { recursive: true });
    await writeFile(join(root, 'node_modules', 'x', 'i.js'), '');
    const { files, truncated } = await listWorkspaceFiles(root);
    assert.deepEqual([...files.keys()].sort(), ['src/a.js']);
    assert.equal(truncated, false);
    assert.equal((await listWorkspaceFiles(root, 0)).truncated, true);
  });
});
