import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createIssueComment, listIssueComments } from '../../../src/github/comments.js';
import { createIssue, listIssuesWithLabel, updateIssue } from '../../../src/github/issues.js';
import { listTree } from '../../../src/github/trees.js';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github/index.js';
import { testClient } from '../../helpers/github-client.js';

const repo = { owner: 'octo', repo: 'app' };

describe('issues through the fake GitHub', () => {
  let fake: FakeGitHub;
  before(async () => {
    fake = await startFakeGitHub();
    const r = fake.addRepo('octo/app');
    r.setTree('sha1', { 'a.js': 'x', 'src/b.js': 'yy', link: { symlink: 'a.js' } });
    fake.addPull('octo/app', {
      head: { sha: 'sha1', ref: 'f', repoFullName: 'octo/app' },
      base: { sha: 'sha0', ref: 'main' },
      files: [],
    });
  });
  after(() => fake.close());

  it('creates, lists by label (skipping pull requests), updates, reopens and comments', async () => {
    const { client } = testClient(fake);
    const number = await createIssue(client, repo, {
      title: 'Certificates',
      body: 'body',
      labels: ['mp-domain-guard'],
    });
    await createIssue(client, repo, { title: 'Other', body: '', labels: ['bug'] });
    assert.deepEqual(
      (await listIssuesWithLabel(client, repo, 'mp-domain-guard')).map((i) => [i.number, i.state]),
      [[number, 'open']],
    );
    await updateIssue(client, repo, number, { state: 'closed', body: 'fixed' });
    assert.deepEqual(await listIssuesWithLabel(client, repo, 'mp-domain-guard', 'open'), []);
    assert.equal((await listIssuesWithLabel(client, repo, 'mp-domain-guard', 'closed'))[0]?.body, 'fixed');
    await updateIssue(client, repo, number, { state: 'open' });
    await createIssueComment(client, repo, number, 'Back again');
    assert.deepEqual(
      (await listIssueComments(client, repo, number)).map((c) => c.body),
      ['Back again'],
    );
    // The unfiltered list includes the pull request, marked as such, like GitHub's.
    const { data } = await client.rest.issues.listForRepo({ ...repo, state: 'all' });
    assert.ok(data.some((i) => i.pull_request));
  });

  it('lists a commit tree without symlinks', async () => {
    const { client } = testClient(fake);
    const tree = await listTree(client, repo, 'sha1');
    assert.deepEqual([...tree.files].sort(), [
      ['a.js', 1],
      ['src/b.js', 2],
    ]);
    assert.equal(tree.truncated, false);
  });
});
