import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github/index.js';
import { actionDefaults, EVENTS, parseOutputFile, ROOT } from './harness.js';
import { setUpMiniapp } from './miniapp.js';

/** Runs the built entry as the runner does: `node build/src/index.js` with INPUT_* and GITHUB_* variables. */
async function spawnAction(env: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'build', 'src', 'index.js')], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  return { code, stdout };
}

describe('the built action entry, spawned like the runner does', { timeout: 60_000 }, () => {
  let fake: FakeGitHub;
  let dir: string;
  before(async () => {
    fake = await startFakeGitHub();
    setUpMiniapp(fake);
    dir = await mkdtemp(join(tmpdir(), 'mpdg-entry-'));
  });
  after(async () => {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  });

  const baseEnv = async (inputs: Record<string, string>) => {
    await writeFile(join(dir, 'output'), '');
    await writeFile(join(dir, 'summary.md'), '');
    const all = { ...(await actionDefaults()), 'github-token': 'test-token', probe: 'false', ...inputs };
    return {
      ...Object.fromEntries(Object.entries(all).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(EVENTS, 'pull_request.synchronize.json'),
      GITHUB_REPOSITORY: 'octo/miniapp',
      GITHUB_API_URL: fake.apiUrl,
      GITHUB_GRAPHQL_URL: fake.graphqlUrl,
      GITHUB_SERVER_URL: 'https://github.test',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: join(dir, 'tmp'),
    };
  };

  it('reviews the pull request, sets the outputs and exits 1 on errors', async () => {
    const { code, stdout } = await spawnAction(await baseEnv({}));
    assert.equal(code, 1, stdout);
    assert.match(stdout, /::error::4 findings reach the fail level "error"\./);
    assert.match(stdout, /::add-mask::test-token/, 'the token is masked in the log');
    const outputs = parseOutputFile(await readFile(join(dir, 'output'), 'utf8'));
    assert.equal(outputs['findings-count'], '4');
    assert.equal(outputs['status'], 'failure');
    assert.equal(fake.repo('octo/miniapp').reviewComments.length, 3);
    assert.match(await readFile(join(dir, 'summary.md'), 'utf8'), /Required backend domain updates/);
  });

  it('fails with one clear line for a bad input', async () => {
    const { code, stdout } = await spawnAction(await baseEnv({ 'fail-level': 'critical' }));
    assert.equal(code, 1);
    assert.match(
      stdout,
      /::error::Input "fail-level" must be one of error, warning, notice, none; got "critical"\./,
    );
    assert.doesNotMatch(stdout, /\n\s+at /, 'no stack trace for a user mistake');
  });

  it('exits 0 when nothing reaches the fail level', async () => {
    const { code, stdout } = await spawnAction(await baseEnv({ 'fail-level': 'none' }));
    assert.equal(code, 0, stdout);
  });
});
