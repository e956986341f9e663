import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github/index.js';
import { createTestPki, fakeLookup, startTlsServer, type RunningServer } from '../../helpers/tls/index.js';
import { BASE_SHA, HEAD_SHA, loadEvent, runAction } from './harness.js';

const DAY = 86_400_000;

describe('the TLS verdict in the summary', { timeout: 60_000 }, () => {
  let fake: FakeGitHub;
  let server: RunningServer;
  let dir: string;
  const now = new Date();
  before(async () => {
    const pki = createTestPki({ name: 'PR Probe Test', now });
    const leaf = pki.issueLeaf('pay.example.com', {
      notAfter: new Date(now.getTime() + 10 * DAY + 3_600_000),
    });
    server = await startTlsServer({ certChain: pki.chainFor(leaf) });
    dir = await mkdtemp(join(tmpdir(), 'mpdg-probe-'));
    await writeFile(join(dir, 'ca.pem'), pki.caPem);
    fake = await startFakeGitHub();
    const repo = fake.addRepo('octo/miniapp');
    const whitelist = 'platform: wechat\nrequest:\n  - https://api.example.com\n';
    const origin = `https://pay.example.com:${server.port}`;
    repo.setTree(BASE_SHA, { 'mp-domains.yml': whitelist });
    repo.setTree(HEAD_SHA, {
      'mp-domains.yml': `${whitelist}  - ${origin}\n`,
      'pages/pay.js': `wx.request({ url: '${origin}/v1/orders' });\n`,
    });
    fake.addPull('octo/miniapp', {
      number: 42,
      head: { sha: HEAD_SHA, ref: 'pay', repoFullName: 'octo/miniapp' },
      base: { sha: BASE_SHA, ref: 'main' },
      files: [
        {
          filename: 'mp-domains.yml',
          status: 'modified',
          patch: `@@ -1,3 +1,4 @@\n platform: wechat\n request:\n   - https://api.example.com\n+  - ${origin}`,
        },
        {
          filename: 'pages/pay.js',
          status: 'added',
          patch: `@@ -0,0 +1 @@\n+wx.request({ url: '${origin}/v1/orders' });`,
        },
      ],
    });
  });
  after(async () => {
    await fake.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('probes the domain the pull request adds and reports days to expiry', async () => {
    const lookup = fakeLookup({});
    const run = await runAction(fake, {
      event: await loadEvent('pull_request.synchronize.json'),
      inputs: {
        probe: 'true',
        resolve: `pay.example.com:${server.port}:127.0.0.1`,
        'ca-file': join(dir, 'ca.pem'),
      },
      options: { probeOverrides: { lookup }, now },
    });
    assert.ok(server.connections() > 0, 'the local server was probed');
    assert.deepEqual(lookup.calls, [], 'no DNS lookup for a resolved host');
    const summary = fake.repo('octo/miniapp').issueComments[0]?.body ?? '';
    const row = summary.split('\n').find((l) => l.startsWith(`| \`pay.example.com:${server.port}\``)) ?? '';
    assert.match(row, /cert-expiring-soon/, summary);
    assert.match(row, /\| (9|10) \|$/);
    assert.match(row, /PR Probe Test/);
    assert.match(summary, /added to the whitelist at \[`mp-domains\.yml:4`\]/);
    assert.match(summary, /Merging this pull request uses one more console change/);
    assert.equal(run.outputs['status'], 'success', 'an expiring certificate is a warning');
  });
});

describe('a workspace that holds the head commit', { timeout: 60_000 }, () => {
  it('is read from disk, and lets the summary name the entries the pull request makes unused', async () => {
    const fake = await startFakeGitHub();
    const ws = await mkdtemp(join(tmpdir(), 'mpdg-ws-'));
    try {
      const whitelist =
        'platform: wechat\nrequest:\n  - https://api.example.com\n  - https://old.example.com\n';
      const baseOrders = "wx.request({ url: 'https://old.example.com/orders' });\n";
      const headOrders = "wx.request({ url: 'https://api.example.com/orders' });\n";
      const repo = fake.addRepo('octo/miniapp');
      repo.setTree(BASE_SHA, {
        'mp-domains.yml': whitelist,
        'pages/orders.js': baseOrders,
        'pages/home.js': "wx.request({ url: 'https://api.example.com/home' });\n",
      });
      fake.addPull('octo/miniapp', {
        number: 42,
        head: { sha: HEAD_SHA, ref: 'cleanup', repoFullName: 'octo/miniapp' },
        base: { sha: BASE_SHA, ref: 'main' },
        files: [
          {
            filename: 'pages/orders.js',
            status: 'modified',
            patch: `@@ -1 +1 @@\n-${baseOrders.trimEnd()}\n+${headOrders.trimEnd()}`,
          },
        ],
      });
      const files: Record<string, string> = {
        '.git/HEAD': `${HEAD_SHA}\n`,
        'mp-domains.yml': whitelist,
        'pages/orders.js': headOrders,
        'pages/home.js': "wx.request({ url: 'https://api.example.com/home' });\n",
      };
      for (const [path, text] of Object.entries(files)) {
        await mkdir(dirname(join(ws, path)), { recursive: true });
        await writeFile(join(ws, path), text);
      }
      const run = await runAction(fake, {
        event: await loadEvent('pull_request.synchronize.json'),
        workspace: ws,
      });
      const graphql = run.requests.filter((r) => r.path === '/graphql');
      const asked = graphql.flatMap((r) =>
        Object.values((r.body as { variables: Record<string, string> }).variables),
      );
      assert.ok(
        asked.every((v) => !v.startsWith(`${HEAD_SHA}:`)),
        `head files come from disk: ${asked.join(', ')}`,
      );
      assert.ok(asked.includes(`${BASE_SHA}:pages/orders.js`), 'the base side still comes from the API');
      assert.ok(run.logs.some((l) => /Reading files from the workspace/.test(l.message)));
      const summary = fake.repo('octo/miniapp').issueComments[0]?.body ?? '';
      assert.match(
        summary,
        /➖ remove `https:\/\/old\.example\.com`: no longer used after this pull request/,
      );
      assert.match(summary, /To remove from request:\n\n```text\nhttps:\/\/old\.example\.com\n```/);
      assert.deepEqual(JSON.parse(run.outputs['required-updates'] ?? '{}'), {
        add: [],
        remove: [{ list: 'request', origin: 'https://old.example.com' }],
      });
    } finally {
      await fake.close();
      await rm(ws, { recursive: true, force: true });
    }
  });
});
