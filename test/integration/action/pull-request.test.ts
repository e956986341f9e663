import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { codePointLength } from '../../../src/report/pr-budget.js';
import { findingFingerprintOf } from '../../../src/report/pr-markers.js';
import { startFakeGitHub, type FakeGitHub, type RecordedRequest } from '../../helpers/fake-github/index.js';
import { BASE_SHA, HEAD_SHA, loadEvent, runAction, withHead } from './harness.js';
import { HEAD2_SHA, pushHead2, setUpMiniapp } from './miniapp.js';

type ReviewBody = {
  commit_id: string;
  event: string;
  body: string;
  comments: { path: string; line: number; side: string; start_line?: number; body: string }[];
};

const reviewPosts = (requests: readonly RecordedRequest[]) =>
  requests
    .filter((r) => r.method === 'POST' && /\/pulls\/\d+\/reviews$/.test(r.path))
    .map((r) => r.body as ReviewBody);

describe('pull request runs against the fake GitHub', { timeout: 60_000 }, () => {
  let fake: FakeGitHub;
  before(async () => {
    fake = await startFakeGitHub();
    setUpMiniapp(fake);
  });
  after(() => fake.close());

  it('posts one review anchored on the added lines, a summary comment, and fails on errors', async () => {
    const run = await runAction(fake, { event: await loadEvent('pull_request.synchronize.json') });
    const [review, ...more] = reviewPosts(run.requests);
    assert.equal(more.length, 0, 'one review per run');
    assert.equal(review?.event, 'COMMENT');
    assert.equal(review?.commit_id, HEAD_SHA);
    assert.deepEqual(
      review?.comments.map((c) => [c.path, c.line, c.side, c.start_line]),
      [
        ['pages/orders/orders.js', 7, 'RIGHT', undefined],
        ['pages/orders/orders.js', 8, 'RIGHT', undefined],
        ['pages/orders/orders.js', 9, 'RIGHT', undefined],
      ],
    );
    assert.match(
      review?.comments[0]?.body ?? '',
      /https:\/\/orders\.example\.com is not in the request list/,
    );
    assert.match(review?.comments[2]?.body ?? '', /scheme-not-secure/);

    const summaries = run.requests.filter(
      (r) => r.method === 'POST' && r.path === '/repos/octo/miniapp/issues/42/comments',
    );
    assert.equal(summaries.length, 1);
    const summary = (summaries[0]?.body as { body: string }).body;
    assert.match(summary, /^<!-- mp-domain-guard:summary key=mp-domains\.yml -->/);
    assert.match(
      summary,
      /#### request\n\n- ➕ add `https:\/\/orders\.example\.com`: used at \[`pages\/orders\/orders\.js:7`\]\(https:\/\/github\.test\/octo\/miniapp\/blob\/2{40}\/pages\/orders\/orders\.js#L7\)/,
    );
    assert.match(summary, /#### socket\n\n- ➕ add `wss:\/\/live\.example\.com`/);
    assert.match(
      summary,
      /```text\nhttps:\/\/upload\.example\.com\n```/,
      'the file without a patch is scanned too',
    );
    assert.match(
      summary,
      /\| 🔴 error \| .*`pages\/upload\/upload\.js:3`/,
      'its finding is in the summary, not inline',
    );
    assert.match(summary, /0 of 5 changes used this month/);
    assert.match(summary, /1 changed files came without a diff/);

    assert.equal(run.outputs['status'], 'failure');
    assert.equal(run.outputs['findings-count'], '4');
    assert.deepEqual(JSON.parse(run.outputs['required-updates'] ?? ''), {
      add: [
        { list: 'request', origin: 'https://orders.example.com' },
        { list: 'uploadFile', origin: 'https://upload.example.com' },
        { list: 'socket', origin: 'wss://live.example.com' },
      ],
      remove: [],
    });
    assert.equal(run.exitCode, 1);
    assert.match(run.summary, /## 🛡️ mp-domain-guard/);
    assert.deepEqual(
      run.annotations.map(([s, , p]) => [s, p.file, p.startLine]),
      [['error', 'pages/upload/upload.js', 3]],
      'annotations carry what the review could not',
    );
    const report = JSON.parse(run.reportJson ?? '{}') as { findings: unknown[] };
    assert.equal(report.findings.length, 4);
    assert.equal((JSON.parse(run.sarif ?? '{}') as { version: string }).version, '2.1.0');
  });

  it('posts nothing on a second run over the same commit', async () => {
    const run = await runAction(fake, { event: await loadEvent('pull_request.synchronize.json') });
    assert.deepEqual(
      run.writes.map((r) => `${r.method} ${r.path}`),
      [],
    );
    assert.equal(fake.repo('octo/miniapp').reviewComments.length, 3);
    assert.equal(fake.repo('octo/miniapp').issueComments.length, 1);
    assert.equal(run.exitCode, 1);
  });

  it('deletes the comment of a finding a later push removed, and edits the summary in place', async () => {
    pushHead2(fake);
    const summaryId = fake.repo('octo/miniapp').issueComments[0]?.id;
    const run = await runAction(fake, {
      event: withHead(await loadEvent('pull_request.synchronize.json'), HEAD2_SHA),
    });
    const deletes = run.writes.filter((r) => r.method === 'DELETE');
    assert.equal(deletes.length, 1);
    const left = fake.repo('octo/miniapp').reviewComments;
    assert.deepEqual(left.map((c) => c.line).sort(), [7, 8]);
    assert.ok(left.every((c) => !/scheme-not-secure/.test(c.body)));
    assert.deepEqual(
      run.writes.map((r) => `${r.method} ${r.path}`),
      [`DELETE ${deletes[0]?.path}`, `PATCH /repos/octo/miniapp/issues/comments/${summaryId}`],
    );
    assert.equal(fake.repo('octo/miniapp').issueComments.length, 1);
    assert.match(fake.repo('octo/miniapp').issueComments[0]?.body ?? '', /Checked commit `3333333`/);
    assert.equal(run.outputs['findings-count'], '3');
  });

  it('keeps a comment someone replied to, even when its finding is gone', async () => {
    setUpMiniapp(fake, { number: 50 });
    await runAction(fake, {
      event: withHead(await loadEvent('pull_request.synchronize.json'), HEAD_SHA, 50),
    });
    const insecure = fake
      .repo('octo/miniapp')
      .reviewComments.find((c) => c.pullNumber === 50 && /scheme-not-secure/.test(c.body));
    assert.ok(insecure);
    fake.addReviewComment('octo/miniapp', {
      pullNumber: 50,
      body: 'The CDN gets https next week.',
      path: insecure.path,
      line: insecure.line,
      side: 'RIGHT',
      commit_id: HEAD_SHA,
      in_reply_to_id: insecure.id,
      user: { login: 'dev-li', type: 'User' },
    });
    pushHead2(fake, 50);
    const run = await runAction(fake, {
      event: withHead(await loadEvent('pull_request.synchronize.json'), HEAD2_SHA, 50),
    });
    assert.equal(run.writes.filter((r) => r.method === 'DELETE').length, 0);
  });

  it('writes the summary and the inline comments in Simplified Chinese', async () => {
    setUpMiniapp(fake, { number: 43 });
    const run = await runAction(fake, {
      event: withHead(await loadEvent('pull_request.synchronize.json'), HEAD_SHA, 43),
      inputs: { language: 'zh-CN' },
    });
    const summary = (
      run.requests.find((r) => r.method === 'POST' && r.path.endsWith('/issues/43/comments'))?.body as {
        body: string;
      }
    ).body;
    assert.match(summary, /## 🛡️ mp-domain-guard：小程序域名检查/);
    assert.match(summary, /### 需要更新的后台服务器域名/);
    assert.match(summary, /➕ 添加 `https:\/\/orders\.example\.com`：在 \[`pages\/orders\/orders\.js:7`\]/);
    assert.match(summary, /可直接粘贴到「request 合法域名」，每行一条/);
    assert.match(summary, /本月已用 0 \/ 5 次/);
    const review = reviewPosts(run.requests)[0];
    assert.match(review?.body ?? '', /改动行上有 3 个新问题/);
    assert.match(review?.comments[0]?.body ?? '', /修复方法：/);
    assert.match(run.summary, /需要更新的后台服务器域名/);
  });

  it('falls back to the job summary and annotations on a fork pull request, writing nothing', async () => {
    setUpMiniapp(fake, { number: 44, headRepo: 'dev-wang/miniapp' });
    const event = withHead(await loadEvent('pull_request.fork.json'), HEAD_SHA, 44);
    const run = await runAction(fake, { event, token: 'read-only-token' });
    assert.deepEqual(run.writes, []);
    const warnings = run.logs.filter((l) => l.level === 'warning');
    assert.equal(warnings.length, 1, 'one clear warning');
    assert.match(warnings[0]?.message ?? '', /comes from a fork/);
    assert.match(run.summary, /> \[!WARNING\]\n> This pull request comes from a fork/);
    assert.match(run.summary, /https:\/\/orders\.example\.com/);
    assert.equal(run.annotations.length, 4, 'every finding becomes an annotation');
    assert.ok(run.annotations.some(([, , p]) => p.file === 'pages/orders/orders.js' && p.startLine === 7));
    assert.equal(run.exitCode, 1, 'the findings still fail the step');
  });

  it('falls back when GitHub refuses the writes with 403, without crashing', async () => {
    setUpMiniapp(fake, { number: 45 });
    const run = await runAction(fake, {
      event: withHead(await loadEvent('pull_request.synchronize.json'), HEAD_SHA, 45),
      token: 'read-only-token',
    });
    assert.deepEqual(
      run.writes.map((r) => [r.method, r.status]),
      [['POST', 403]],
      'the review was refused and nothing else was tried',
    );
    assert.match(
      run.logs.find((l) => l.level === 'warning')?.message ?? '',
      /could not write to the pull request \(403 Resource not accessible by integration\)/,
    );
    assert.match(run.summary, /> \[!WARNING\]/);
    assert.equal(run.annotations.length, 4);
    assert.equal(run.outputs['findings-count'], '4');
  });

  it('falls back on 404 for the summary comment too', async () => {
    setUpMiniapp(fake, { number: 46 });
    fake.inject({
      method: 'POST',
      path: '/repos/octo/miniapp/issues/46/comments',
      status: 404,
      body: { message: 'Not Found' },
    });
    const run = await runAction(fake, {
      event: withHead(await loadEvent('pull_request.synchronize.json'), HEAD_SHA, 46),
    });
    assert.equal(reviewPosts(run.requests).length, 1, 'the review went through');
    assert.match(run.logs.find((l) => l.level === 'warning')?.message ?? '', /404/);
    assert.match(run.summary, /> \[!WARNING\]/);
  });

  it('retries a 502 and a secondary rate limit with retry-after', async () => {
    setUpMiniapp(fake, { number: 47 });
    fake.inject({
      path: '/repos/octo/miniapp/pulls/47/files',
      status: 502,
      body: { message: 'Server Error' },
    });
    fake.injectSecondaryRateLimit({ method: 'POST', path: '/repos/octo/miniapp/pulls/47/reviews' }, 2, 403);
    fake.injectSecondaryRateLimit({ method: 'POST', path: '/repos/octo/miniapp/issues/47/comments' }, 1, 429);
    const run = await runAction(fake, {
      event: withHead(await loadEvent('pull_request.synchronize.json'), HEAD_SHA, 47),
    });
    const statuses = (pattern: RegExp) =>
      run.requests
        .filter(
          (r) =>
            (pattern.test(r.path) && r.method !== 'GET') || (pattern.test(r.path) && /files$/.test(r.path)),
        )
        .map((r) => r.status);
    assert.deepEqual(statuses(/\/pulls\/47\/files$/), [502, 200]);
    assert.deepEqual(statuses(/\/pulls\/47\/reviews$/), [403, 200]);
    assert.deepEqual(statuses(/\/issues\/47\/comments$/), [429, 201]);
    assert.equal(run.logs.filter((l) => l.level === 'warning').length, 0, 'no fallback');
    assert.ok(run.logs.some((l) => /secondary rate limit on POST .*retrying in 2s/.test(l.message)));
  });

  it('does not fail the step when fail-level is none', async () => {
    setUpMiniapp(fake, { number: 48 });
    const run = await runAction(fake, {
      event: withHead(await loadEvent('pull_request.synchronize.json'), HEAD_SHA, 48),
      inputs: { 'fail-level': 'none' },
    });
    assert.equal(run.exitCode, undefined);
    assert.equal(run.outputs['status'], 'success');
  });

  it('reports old problems of a changed file only with filter-mode file, and never inline off the diff', async () => {
    const legacyBase = `wx.request({ url: 'https://legacy.example.com/v1' });\n${'// padding\n'.repeat(8)}`;
    const legacyHead = `${legacyBase}wx.request({ url: 'https://api.example.com/v2' });\n`;
    const repo = fake.repo('octo/miniapp');
    repo.setTree('dddd000000000000000000000000000000000000', {
      'mp-domains.yml': 'platform: wechat\nrequest:\n  - https://api.example.com\n',
      'pages/legacy.js': legacyBase,
    });
    repo.setTree('cccc000000000000000000000000000000000000', {
      'mp-domains.yml': 'platform: wechat\nrequest:\n  - https://api.example.com\n',
      'pages/legacy.js': legacyHead,
    });
    fake.addPull('octo/miniapp', {
      number: 49,
      head: { sha: 'cccc000000000000000000000000000000000000', ref: 'legacy', repoFullName: 'octo/miniapp' },
      base: { sha: 'dddd000000000000000000000000000000000000', ref: 'main' },
      files: [
        {
          filename: 'pages/legacy.js',
          status: 'modified',
          patch:
            "@@ -8,2 +8,3 @@\n // padding\n // padding\n+wx.request({ url: 'https://api.example.com/v2' });",
        },
      ],
    });
    const event = withHead(
      await loadEvent('pull_request.synchronize.json'),
      'cccc000000000000000000000000000000000000',
      49,
    );
    (event.pull_request['base'] as { sha: string }).sha = 'dddd000000000000000000000000000000000000';
    const added = await runAction(fake, { event, inputs: { 'filter-mode': 'added' } });
    assert.equal(added.outputs['findings-count'], '0', 'the old call is not what this change introduced');
    assert.match(
      fake.repo('octo/miniapp').issueComments.find((c) => c.issueNumber === 49)?.body ?? '',
      /All good/,
    );
    const file = await runAction(fake, { event, inputs: { 'filter-mode': 'file' } });
    assert.equal(file.outputs['findings-count'], '1');
    assert.deepEqual(reviewPosts(file.requests), [], 'line 1 is outside the diff: no inline comment');
    const summary = fake.repo('octo/miniapp').issueComments.filter((c) => c.issueNumber === 49);
    assert.equal(summary.length, 1, 'the all-good comment was updated, not replaced');
    assert.match(summary[0]?.body ?? '', /`pages\/legacy\.js:1`/);
    assert.deepEqual(
      file.annotations.map(([, , p]) => [p.file, p.startLine]),
      [['pages/legacy.js', 1]],
    );
  });

  it('keeps every body under 65,536 characters on a 4,000-finding pull request', async () => {
    const lines = Array.from(
      { length: 4000 },
      (_, i) => `wx.request({ url: 'https://svc${i}.example.com/api/v1/resource' });`,
    );
    const text = `${lines.join('\n')}\n`;
    const repo = fake.repo('octo/miniapp');
    const head = 'ffff000000000000000000000000000000000000';
    repo.setTree(head, {
      'mp-domains.yml': 'platform: wechat\nrequest:\n  - https://api.example.com\n',
      'pages/huge.js': text,
    });
    repo.setTree('eeee000000000000000000000000000000000000', {
      'mp-domains.yml': 'platform: wechat\nrequest:\n  - https://api.example.com\n',
    });
    fake.addPull('octo/miniapp', {
      number: 60,
      head: { sha: head, ref: 'huge', repoFullName: 'octo/miniapp' },
      base: { sha: 'eeee000000000000000000000000000000000000', ref: 'main' },
      files: [
        {
          filename: 'pages/huge.js',
          status: 'added',
          patch: `@@ -0,0 +1,4000 @@\n${lines.map((l) => `+${l}`).join('\n')}`,
        },
      ],
    });
    const event = withHead(await loadEvent('pull_request.synchronize.json'), head, 60);
    (event.pull_request['base'] as { sha: string }).sha = 'eeee000000000000000000000000000000000000';
    for (const lang of ['en', 'zh-CN']) {
      const run = await runAction(fake, { event, inputs: { language: lang } });
      assert.equal(run.outputs['findings-count'], '4000');
      const bodies = run.writes.map((r) => (r.body as { body?: string })?.body ?? '');
      assert.ok(run.writes.length >= 1);
      for (const w of run.writes) assert.notEqual(w.status, 422, `${w.method} ${w.path} was refused`);
      for (const body of bodies) assert.ok(codePointLength(body) < 65536 && body.length < 65536);
      assert.equal(run.logs.filter((l) => l.level === 'warning').length, 0);
      if (lang === 'en') {
        const review = reviewPosts(run.requests)[0];
        assert.equal(review?.comments.length, 30, 'max-inline-comments');
        assert.match(review?.body ?? '', /3970 more problems on changed lines/);
        const summary = (
          run.writes.find((r) => r.path.endsWith('/issues/60/comments'))?.body as { body: string }
        ).body;
        assert.match(summary, /and \d+ more: the full list is in the job summary/);
        assert.ok(codePointLength(run.summary) > codePointLength(summary), 'the job summary has more');
      } else {
        assert.deepEqual(
          reviewPosts(run.requests),
          [],
          'the second run (other language) adds no inline comment beyond the cap',
        );
        const patch = run.writes.find((r) => r.method === 'PATCH');
        assert.match((patch?.body as { body: string }).body, /另有 \d+ 项：完整列表见/);
      }
    }
  });
});

describe('a file GitHub sends without a patch', { timeout: 30_000 }, () => {
  it('is read whole at the head sha through the contents API when it is too large for GraphQL', async () => {
    const fake = await startFakeGitHub({ graphqlTextLimit: 50 });
    try {
      setUpMiniapp(fake);
      const run = await runAction(fake, { event: await loadEvent('pull_request.synchronize.json') });
      const contents = run.requests.filter((r) => r.path.startsWith('/repos/octo/miniapp/contents/'));
      assert.ok(
        contents.some(
          (r) =>
            r.path === '/repos/octo/miniapp/contents/pages/upload/upload.js' && r.query['ref'] === HEAD_SHA,
        ),
        contents.map((r) => `${r.path}?ref=${r.query['ref']}`).join(', '),
      );
      assert.ok(contents.every((r) => r.query['ref'] === HEAD_SHA || r.query['ref'] === BASE_SHA));
      const summary = fake.repo('octo/miniapp').issueComments[0]?.body ?? '';
      assert.match(summary, /`pages\/upload\/upload\.js:3`/);
      const inline = fake.repo('octo/miniapp').reviewComments.map((c) => c.path);
      assert.ok(!inline.includes('pages/upload/upload.js'));
      assert.ok(
        fake.repo('octo/miniapp').reviewComments.every((c) => findingFingerprintOf(c.body, 'mp-domains.yml')),
      );
    } finally {
      await fake.close();
    }
  });
});
