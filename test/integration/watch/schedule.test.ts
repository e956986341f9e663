import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github/index.js';
import {
  createTestPki,
  fakeLookup,
  startTlsServer,
  type RunningServer,
  type TestPki,
} from '../../helpers/tls/index.js';
import { runAction, type Payload } from '../action/harness.js';
import { readState } from '../../../src/watch/state.js';
import { WATCH_ISSUE_MARKER } from '../../../src/report/watch-issue.js';

const DAY = 86_400_000;
const REPO = 'octo/miniapp';
const NO_EVENT = {} as Payload;

describe('scheduled watch over several runs', { timeout: 120_000 }, () => {
  let fake: FakeGitHub;
  let pki: TestPki;
  let good: RunningServer;
  let soon: RunningServer;
  let silent: RunningServer;
  let workspace: string;
  const now = new Date();

  before(async () => {
    fake = await startFakeGitHub();
    fake.addRepo(REPO);
    pki = createTestPki({ name: 'Watch Test', now });
    good = await startTlsServer({ certChain: pki.chainFor(pki.issueLeaf('api.watch-demo.cn')) });
    soon = await startTlsServer({
      certChain: pki.chainFor(
        pki.issueLeaf('cart.watch-demo.cn', { notAfter: new Date(now.getTime() + 10 * DAY) }),
      ),
    });
    silent = await startTlsServer({ behaviour: 'silent' });
    workspace = await mkdtemp(join(tmpdir(), 'mpdg-watch-'));
    await writeFile(join(workspace, 'ca.pem'), pki.caPem);
  });

  after(async () => {
    await Promise.all([good.close(), soon.close(), silent.close(), fake.close()]);
    await rm(workspace, { recursive: true, force: true });
  });

  const hosts = () => ({
    api: `https://api.watch-demo.cn:${good.port}`,
    cart: `https://cart.watch-demo.cn:${soon.port}`,
    dead: `https://dead.watch-demo.cn:${silent.port}`,
  });

  async function scheduledRun(entries: readonly string[], extra: { token?: string; lang?: string } = {}) {
    await writeFile(
      join(workspace, 'mp-domains.yml'),
      `request:\n${entries.map((e) => `  - ${e}`).join('\n')}\n`,
    );
    const resolve = [
      `api.watch-demo.cn:${good.port}:127.0.0.1`,
      `cart.watch-demo.cn:${soon.port}:127.0.0.1`,
      `dead.watch-demo.cn:${silent.port}:127.0.0.1`,
    ].join('\n');
    return runAction(fake, {
      event: NO_EVENT,
      eventName: 'schedule',
      workspace,
      ...(extra.token ? { token: extra.token } : {}),
      inputs: { resolve, 'ca-file': 'ca.pem', language: extra.lang ?? 'en' },
      options: { probeOverrides: { lookup: fakeLookup({}), timeoutMs: 2000 }, now },
    });
  }

  const trackingIssues = () => fake.repo(REPO).issues.filter((i) => i.body.includes(WATCH_ISSUE_MARKER));

  it('opens no issue while every domain is healthy', async () => {
    const run = await scheduledRun([hosts().api]);
    assert.equal(run.outputs['failing-count'], '0');
    assert.equal(run.outputs['status'], 'success');
    assert.match(run.outputs['earliest-expiry-days'] ?? '', /^(89|90)$/);
    assert.equal(trackingIssues().length, 0);
    assert.equal(run.writes.length, 0);
    assert.match(run.summary, /api\.watch-demo\.cn/);
    assert.equal(run.exitCode, undefined);
  });

  it('opens one labelled issue when a certificate expires within the warning window', async () => {
    const run = await scheduledRun([hosts().api, hosts().cart]);
    const issues = trackingIssues();
    assert.equal(issues.length, 1);
    assert.deepEqual(issues[0]?.labels, ['mp-domain-guard']);
    assert.equal(issues[0]?.state, 'open');
    assert.match(issues[0]?.body ?? '', /cart\.watch-demo\.cn/);
    assert.ok(
      (issues[0]?.body ?? '').indexOf('cart.watch-demo.cn') <
        (issues[0]?.body ?? '').indexOf('api.watch-demo.cn'),
    );
    assert.equal(run.outputs['failing-count'], '1');
    assert.match(run.outputs['earliest-expiry-days'] ?? '', /^(9|10)$/);
    // cert-expiring-soon is a warning: with fail-level error the step still succeeds.
    assert.equal(run.exitCode, undefined);
  });

  it('updates the same issue when nothing changed, keeping since when the problem is seen', async () => {
    const firstSeen = readState(trackingIssues()[0]?.body).firstSeen;
    const run = await scheduledRun([hosts().api, hosts().cart]);
    assert.equal(trackingIssues().length, 1);
    assert.deepEqual(readState(trackingIssues()[0]?.body).firstSeen, firstSeen);
    assert.deepEqual(
      run.writes.map((w) => w.method),
      ['PATCH'],
    );
  });

  it('closes the issue with a comment when everything is fine again', async () => {
    const run = await scheduledRun([hosts().api]);
    const [issue] = trackingIssues();
    assert.equal(issue?.state, 'closed');
    assert.deepEqual(run.writes.map((w) => w.method).sort(), ['PATCH', 'POST']);
    const comment = fake.repo(REPO).issueComments.find((c) => c.issueNumber === issue?.number);
    assert.match(comment?.body ?? '', /Closing/);
  });

  it('reopens the same issue when a problem comes back, and reports an unreachable domain as such', async () => {
    const run = await scheduledRun([hosts().api, hosts().dead]);
    const issues = trackingIssues();
    assert.equal(issues.length, 1, 'no duplicate issue');
    assert.equal(issues[0]?.state, 'open');
    assert.match(issues[0]?.body ?? '', /dead\.watch-demo\.cn/);
    assert.match(issues[0]?.body ?? '', /unreachable/);
    assert.equal(run.outputs['status'], 'failure');
    assert.equal(run.exitCode, 1);
    assert.match(run.summary, /api\.watch-demo\.cn/);
  });

  it('falls back to the job summary with one warning when the token cannot write issues', async () => {
    fake.inject({
      method: 'PATCH',
      path: /\/issues\/\d+$/,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const run = await scheduledRun([hosts().api, hosts().cart], { lang: 'zh-CN' });
    const warnings = run.logs.filter((l) => l.level === 'warning');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]?.message ?? '', /issues: write/);
    assert.match(run.summary, /cart\.watch-demo\.cn/);
    assert.match(run.summary, /剩余天数/);
  });
});

describe('scheduled watch of a full whitelist', { timeout: 120_000 }, () => {
  it('probes 200 domains within the default time and reports each one', async () => {
    const fake = await startFakeGitHub();
    fake.addRepo(REPO);
    const now = new Date();
    const pki = createTestPki({ name: 'Fleet Test', now });
    const server = await startTlsServer({
      certChain: pki.chainFor(pki.issueLeaf(['*.fleet.watch-demo.cn'])),
    });
    const workspace = await mkdtemp(join(tmpdir(), 'mpdg-fleet-'));
    try {
      const hosts = Array.from({ length: 200 }, (_, i) => `h${i}.fleet.watch-demo.cn`);
      await writeFile(join(workspace, 'ca.pem'), pki.caPem);
      await writeFile(
        join(workspace, 'mp-domains.yml'),
        `request:\n${hosts.map((h) => `  - https://${h}:${server.port}`).join('\n')}\n`,
      );
      const started = Date.now();
      const run = await runAction(fake, {
        event: NO_EVENT,
        eventName: 'schedule',
        workspace,
        inputs: {
          resolve: hosts.map((h) => `${h}:${server.port}:127.0.0.1`).join('\n'),
          'ca-file': 'ca.pem',
        },
        options: { probeOverrides: { lookup: fakeLookup({}) }, now },
      });
      const elapsed = Date.now() - started;
      const report = JSON.parse(run.reportJson ?? '{}') as { probes: { status: string }[] };
      assert.equal(report.probes.length, 200);
      assert.equal(report.probes.filter((p) => p.status === 'ok').length, 200);
      assert.equal(run.outputs['failing-count'], '0');
      assert.ok(elapsed < 60_000, `200 domains took ${elapsed} ms`);
    } finally {
      await server.close();
      await fake.close();
      await rm(workspace, { recursive: true, force: true });
    }
  });
});
