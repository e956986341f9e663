import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { summaryMarker } from '../../../src/report/pr-markers.js';
import { summaryCommentSink } from '../../../src/sinks/summary-comment.js';
import { HUMAN, startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github/index.js';
import { testClient } from '../../helpers/github-client.js';

describe('summary-comment sink', () => {
  let fake: FakeGitHub;
  before(async () => {
    fake = await startFakeGitHub();
  });
  after(() => fake.close());
  beforeEach(() => {
    fake.state.repos.clear();
    fake.addRepo('octo/app');
    fake.addPull('octo/app', {
      number: 3,
      head: { sha: 'h', ref: 'f', repoFullName: 'octo/app' },
      base: { sha: 'b', ref: 'main' },
      files: [],
    });
    fake.clearRequests();
  });
  const sink = (token = 'test-token') => {
    const { client, logger } = testClient(fake, { token });
    return summaryCommentSink({ client, repo: { owner: 'octo', repo: 'app' }, issueNumber: 3, logger });
  };
  const body = (text: string) => `${summaryMarker('mp-domains.yml')}\n${text}`;

  it('creates one comment, leaves it alone when unchanged, and edits it in place', async () => {
    assert.equal((await sink().publish({ body: body('one'), key: 'mp-domains.yml' })).status, 'published');
    assert.equal((await sink().publish({ body: body('one'), key: 'mp-domains.yml' })).status, 'unchanged');
    assert.equal((await sink().publish({ body: body('two'), key: 'mp-domains.yml' })).status, 'published');
    const comments = fake.repo('octo/app').issueComments;
    assert.equal(comments.length, 1);
    assert.equal(comments[0]?.body, body('two'));
    assert.deepEqual(
      fake.writes().map((r) => r.method),
      ['POST', 'PATCH'],
    );
  });

  it("finds its comment past the first page, and prefers the bot's over a human quote", async () => {
    for (let i = 0; i < 130; i++)
      fake.addIssueComment('octo/app', { issueNumber: 3, body: `chatter ${i}`, user: HUMAN });
    fake.addIssueComment('octo/app', { issueNumber: 3, body: `> quoting\n${body('old')}`, user: HUMAN });
    await sink().publish({ body: body('first'), key: 'mp-domains.yml' });
    fake.addIssueComment('octo/app', { issueNumber: 3, body: body('quoted again'), user: HUMAN });
    await sink().publish({ body: body('second'), key: 'mp-domains.yml' });
    const bots = fake.repo('octo/app').issueComments.filter((c) => c.user.type === 'Bot');
    assert.equal(
      bots.length,
      1,
      'the human quote that came first was not taken for ours... and no duplicate was created',
    );
  });

  it('turns a read-only token into a denied outcome', async () => {
    const out = await sink('read-only-token').publish({ body: body('x'), key: 'mp-domains.yml' });
    assert.equal(out.status, 'denied');
  });
});
