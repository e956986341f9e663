import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readActionContext } from '../../../src/action/context.js';
import { selectMode } from '../../../src/action/mode.js';
import { ConfigError } from '../../../src/errors.js';
import { EVENTS } from '../../integration/action/harness.js';

describe('readActionContext', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mpdg-context-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const env = (eventPath: string, extra: Record<string, string> = {}) => ({
    GITHUB_REPOSITORY: 'octo/miniapp',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_RUN_ID: '9',
    GITHUB_SERVER_URL: 'https://ghe.example.com',
    GITHUB_API_URL: 'https://ghe.example.com/api/v3',
    ...extra,
  });

  it('reads the pull request from a real payload: head sha, not the merge commit', async () => {
    const ctx = await readActionContext(
      env(join(EVENTS, 'pull_request.synchronize.json'), { GITHUB_SHA: 'f'.repeat(40) }),
    );
    assert.deepEqual(ctx.pullRequest, {
      number: 42,
      headSha: '2'.repeat(40),
      baseSha: '1'.repeat(40),
      baseRef: 'main',
      headRepoFullName: 'octo/miniapp',
      isFork: false,
    });
    assert.equal(ctx.runUrl, 'https://ghe.example.com/octo/miniapp/actions/runs/9');
    assert.equal(ctx.endpoints.graphqlUrl, 'https://ghe.example.com/api/graphql');
  });

  it('recognises a fork, and a deleted fork', async () => {
    const fork = await readActionContext(env(join(EVENTS, 'pull_request.fork.json')));
    assert.equal(fork.pullRequest?.isFork, true);
    const payload = JSON.parse(await readFile(join(EVENTS, 'pull_request.fork.json'), 'utf8'));
    payload.pull_request.head.repo = null;
    await writeFile(join(dir, 'deleted.json'), JSON.stringify(payload));
    assert.equal((await readActionContext(env(join(dir, 'deleted.json')))).pullRequest?.isFork, true);
  });

  it('reports an unreadable payload and a missing repository as configuration errors', async () => {
    await writeFile(join(dir, 'broken.json'), '{');
    await assert.rejects(
      readActionContext(env(join(dir, 'broken.json'))),
      (e: unknown) => e instanceof ConfigError && /GITHUB_EVENT_PATH/.test(e.message),
    );
    await assert.rejects(
      readActionContext({ ...env(join(dir, 'broken.json')), GITHUB_REPOSITORY: 'nope' }),
      /GITHUB_REPOSITORY is not set to owner\/name/,
    );
    const noEvent = await readActionContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'schedule' });
    assert.equal(noEvent.pullRequest, undefined);
  });
});

describe('selectMode', () => {
  it('picks the mode from the event, or checks an explicit one', () => {
    assert.equal(selectMode('auto', 'pull_request', true), 'pull-request');
    assert.equal(selectMode('auto', 'pull_request_target', true), 'pull-request');
    assert.equal(selectMode('auto', 'schedule', false), 'schedule');
    assert.equal(selectMode('auto', 'workflow_dispatch', false), 'schedule');
    assert.equal(selectMode('schedule', 'push', false), 'schedule');
    assert.throws(() => selectMode('auto', 'push', false), /this run is a "push" event/);
    assert.throws(
      () => selectMode('pull-request', 'push', false),
      /Mode "pull-request" needs the payload of a pull_request/,
    );
  });
});
