import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { prReviewSink, type InlineCandidate } from '../../../src/sinks/pr-review.js';
import { findingFingerprintOf } from '../../../src/report/pr-markers.js';
import { HUMAN, startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github/index.js';
import { testClient } from '../../helpers/github-client.js';
import { fileFinding, prContext } from '../../helpers/pr-report.js';

const repo = { owner: 'octo', repo: 'app' };
const patch = '@@ -1,3 +1,6 @@\n a\n+b\n+c\n+d\n e\n+f';

function candidates(lines: number[]): InlineCandidate[] {
  return lines.map((line) => ({
    finding: fileFinding('pages/a.js', line),
    anchor: { path: 'pages/a.js', line },
  }));
}

describe('pr-review sink', () => {
  let fake: FakeGitHub;
  before(async () => {
    fake = await startFakeGitHub();
  });
  after(() => fake.close());
  beforeEach(() => {
    fake.state.repos.clear();
    fake.faults.length = 0;
    fake.addRepo('octo/app');
    fake.addPull('octo/app', {
      number: 5,
      head: { sha: 'h1', ref: 'feature', repoFullName: 'octo/app' },
      base: { sha: 'b1', ref: 'main' },
      files: [{ filename: 'pages/a.js', status: 'modified', patch }],
    });
    fake.clearRequests();
  });

  const sink = (token = 'test-token') => {
    const { client, logger } = testClient(fake, { token });
    return { sink: prReviewSink({ client, repo, pullNumber: 5, headSha: 'h1', logger }), logger };
  };
  const all = (c: InlineCandidate[]) => new Set(c.map((x) => x.finding.fingerprint));

  it('posts one COMMENT review with the inline comments, then nothing on a re-run', async () => {
    const cands = candidates([2, 3]);
    const first = await sink().sink.publish({
      candidates: cands,
      currentFingerprints: all(cands),
      ctx: prContext(),
    });
    assert.equal(first.status, 'published');
    assert.equal(first.posted, 2);
    const reviews = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/reviews'));
    assert.equal(reviews.length, 1);
    const body = reviews[0]?.body as {
      event: string;
      commit_id: string;
      comments: { path: string; line: number; side: string }[];
    };
    assert.equal(body.event, 'COMMENT');
    assert.equal(body.commit_id, 'h1');
    assert.deepEqual(
      body.comments.map((c) => [c.path, c.line, c.side]),
      [
        ['pages/a.js', 2, 'RIGHT'],
        ['pages/a.js', 3, 'RIGHT'],
      ],
    );
    fake.clearRequests();
    const second = await sink().sink.publish({
      candidates: cands,
      currentFingerprints: all(cands),
      ctx: prContext(),
    });
    assert.equal(second.status, 'unchanged');
    assert.deepEqual(fake.writes(), []);
    assert.deepEqual([...second.inlineFingerprints].sort(), [...all(cands)].sort());
  });

  it('caps live comments at max-inline-comments and lists the rest in the review body', async () => {
    const cands = candidates([2, 3, 4, 6]);
    const out = await sink().sink.publish({
      candidates: cands,
      currentFingerprints: all(cands),
      ctx: prContext({ maxInlineComments: 3 }),
    });
    assert.equal(out.posted, 3);
    const review = fake.requests.find((r) => r.path.endsWith('/reviews'))?.body as {
      body: string;
      comments: unknown[];
    };
    assert.equal(review.comments.length, 3);
    assert.match(review.body, /1 more problems on changed lines/);
    assert.match(review.body, /pages\/a\.js:6/);
    fake.clearRequests();
    await sink().sink.publish({
      candidates: cands,
      currentFingerprints: all(cands),
      ctx: prContext({ maxInlineComments: 3 }),
    });
    assert.deepEqual(fake.writes(), [], 'the cap holds across runs');
  });

  it('deletes its own outdated comments unless someone replied', async () => {
    const cands = candidates([2, 3, 4]);
    await sink().sink.publish({ candidates: cands, currentFingerprints: all(cands), ctx: prContext() });
    const comments = fake.repo('octo/app').reviewComments;
    const on3 = comments.find((c) => c.line === 3)!;
    fake.addReviewComment('octo/app', {
      pullNumber: 5,
      body: 'We know, fixing',
      path: 'pages/a.js',
      line: 3,
      side: 'RIGHT',
      commit_id: 'h1',
      in_reply_to_id: on3.id,
      user: HUMAN,
    });
    // A human's comment that quotes our marker is never deleted.
    fake.addReviewComment('octo/app', {
      pullNumber: 5,
      body: comments.find((c) => c.line === 4)!.body,
      path: 'pages/a.js',
      line: 4,
      side: 'RIGHT',
      commit_id: 'h1',
      user: HUMAN,
    });
    fake.clearRequests();
    const remaining = candidates([2]);
    const out = await sink().sink.publish({
      candidates: remaining,
      currentFingerprints: all(remaining),
      ctx: prContext(),
    });
    assert.equal(out.deleted, 1);
    const deletes = fake.requests.filter((r) => r.method === 'DELETE');
    assert.equal(deletes.length, 1);
    const left = fake
      .repo('octo/app')
      .reviewComments.map((c) => [
        c.line,
        c.user.type,
        findingFingerprintOf(c.body, 'mp-domains.yml') !== undefined,
      ]);
    assert.deepEqual(left, [
      [2, 'Bot', true],
      [3, 'Bot', true],
      [3, 'User', false],
      [4, 'User', true],
    ]);
  });

  it('ignores comments of another whitelist key', async () => {
    const cands = candidates([2]);
    await sink().sink.publish({
      candidates: cands,
      currentFingerprints: all(cands),
      ctx: prContext({ key: 'other.yml' }),
    });
    fake.clearRequests();
    const out = await sink().sink.publish({
      candidates: [],
      currentFingerprints: new Set(),
      ctx: prContext(),
    });
    assert.equal(out.deleted, 0);
    assert.deepEqual(fake.writes(), []);
  });

  it('sends the review again without inline comments when GitHub answers 422', async () => {
    fake.inject({
      method: 'POST',
      path: '/repos/octo/app/pulls/5/reviews',
      status: 422,
      body: {
        message: 'Unprocessable Entity',
        errors: ['Pull request review thread line must be part of the diff'],
      },
    });
    const { sink: s, logger } = sink();
    const cands = candidates([2]);
    const out = await s.publish({ candidates: cands, currentFingerprints: all(cands), ctx: prContext() });
    assert.equal(out.posted, 0);
    assert.equal(out.inlineFingerprints.size, 0);
    const posts = fake.requests.filter((r) => r.method === 'POST');
    assert.equal(posts.length, 2);
    assert.deepEqual((posts[1]?.body as { comments: unknown[] }).comments, []);
    assert.match((posts[1]?.body as { body: string }).body, /pages\/a\.js:2/);
    assert.ok(
      logger.messages.some((m) => m.level === 'warning' && /rejected the inline comments/.test(m.message)),
    );
  });

  it('reports a read-only token as denied instead of throwing', async () => {
    const cands = candidates([2]);
    const out = await sink('read-only-token').sink.publish({
      candidates: cands,
      currentFingerprints: all(cands),
      ctx: prContext(),
    });
    assert.equal(out.status, 'denied');
    assert.match(out.detail ?? '', /^403 Resource not accessible/);
  });

  it('rejects an anchor outside the diff in the fake, as GitHub does (guards the fake itself)', async () => {
    const out = await sink().sink.publish({
      candidates: [{ finding: fileFinding('pages/a.js', 40), anchor: { path: 'pages/a.js', line: 40 } }],
      currentFingerprints: new Set(),
      ctx: prContext(),
    });
    assert.equal(out.posted, 0, 'the 422 fallback kicked in');
    assert.equal(fake.requests.filter((r) => r.status === 422).length, 1);
  });
});
