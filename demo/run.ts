/**
 * `npm run demo [-- --lang zh-CN]`: a pull request to a sample mini program, checked by the real action bundle
 * against local HTTPS servers and a local fake GitHub, printed as GitHub would show it. Nothing leaves the machine.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify, parseArgs } from 'node:util';
import { t } from '../src/i18n/translate.js';
import { isLang, type Lang } from '../src/i18n/types.js';
import { startFakeGitHub, type FakeGitHub, type FakePullFile } from '../test/helpers/fake-github/index.js';
import { createTestPki, startTlsServer, type RunningServer } from '../test/helpers/tls/index.js';
import { createSampleRepository, DEMO_DOMAINS, type SampleRepository } from './sample.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REPO = 'demo/shop';
const DAY = 86_400_000;
const git = promisify(execFile);

async function gitOut(dir: string, ...args: string[]): Promise<string> {
  return (
    await git('git', ['-c', 'core.quotePath=false', ...args], { cwd: dir, maxBuffer: 16 * 1024 * 1024 })
  ).stdout;
}

/** Every file of a commit, as the fake's contents API serves it. */
async function treeAt(dir: string, sha: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const path of (await gitOut(dir, 'ls-tree', '-r', '--name-only', '-z', sha))
    .split('\0')
    .filter(Boolean)) {
    files[path] = await gitOut(dir, 'show', `${sha}:${path}`);
  }
  return files;
}

/** The pull request's files with GitHub-style patches (hunks only, no headers). */
async function pullFiles(repo: SampleRepository): Promise<FakePullFile[]> {
  const rows = (await gitOut(repo.dir, 'diff', '--name-status', repo.baseSha, repo.headSha))
    .trim()
    .split('\n');
  const out: FakePullFile[] = [];
  for (const row of rows) {
    const [code, path] = row.split('\t') as [string, string];
    const diff = await gitOut(repo.dir, 'diff', '--no-color', repo.baseSha, repo.headSha, '--', path);
    const patch = diff.slice(diff.indexOf('@@')).replace(/\n$/, '');
    const additions = patch.split('\n').filter((l) => l.startsWith('+')).length;
    const deletions = patch.split('\n').filter((l) => l.startsWith('-')).length;
    out.push({
      filename: path,
      status: code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified',
      patch,
      additions,
      deletions,
    });
  }
  return out;
}

interface DemoServers {
  readonly servers: RunningServer[];
  readonly caPem: string;
  /** `HOST:443:127.0.0.1:PORT` lines for the action's `resolve` input. */
  readonly resolve: string[];
}

/** One good server for api/upload/img, one expiring in 10 days, one with an incomplete chain, one TLS 1.3 only. */
async function startServers(now: Date): Promise<DemoServers> {
  const pki = createTestPki({ name: 'Demo Shop', now, keyType: 'ec256' });
  const good = await startTlsServer({
    certChain: pki.chainFor(pki.issueLeaf([DEMO_DOMAINS.api, DEMO_DOMAINS.upload, DEMO_DOMAINS.img])),
  });
  const expiring = await startTlsServer({
    certChain: pki.chainFor(
      pki.issueLeaf(DEMO_DOMAINS.cart, { notAfter: new Date(now.getTime() + 10 * DAY) }),
    ),
  });
  const incomplete = await startTlsServer({ certChain: [pki.issueLeaf(DEMO_DOMAINS.help)] });
  const tls13 = await startTlsServer({
    certChain: pki.chainFor(pki.issueLeaf(DEMO_DOMAINS.ws)),
    minVersion: 'TLSv1.3',
  });
  const map: [string, RunningServer][] = [
    [DEMO_DOMAINS.api, good],
    [DEMO_DOMAINS.upload, good],
    [DEMO_DOMAINS.img, good],
    [DEMO_DOMAINS.cart, expiring],
    [DEMO_DOMAINS.help, incomplete],
    [DEMO_DOMAINS.ws, tls13],
  ];
  return {
    servers: [good, expiring, incomplete, tls13],
    caPem: pki.caPem,
    resolve: map.map(([host, server]) => `${host}:443:127.0.0.1:${server.port}`),
  };
}

async function setUpGitHub(fake: FakeGitHub, repo: SampleRepository): Promise<Record<string, unknown>> {
  const github = fake.addRepo(REPO);
  github.setTree(repo.baseSha, await treeAt(repo.dir, repo.baseSha));
  github.setTree(repo.headSha, await treeAt(repo.dir, repo.headSha));
  github.commits.push({
    sha: repo.headSha,
    date: new Date().toISOString(),
    paths: ['mp-domains.yml'],
    message: 'socket domain',
  });
  fake.addPull(REPO, {
    number: 7,
    head: { sha: repo.headSha, ref: 'feature/cart', repoFullName: REPO },
    base: { sha: repo.baseSha, ref: 'main' },
    files: await pullFiles(repo),
  });
  type Side = { sha: string; ref: string; repo: { full_name: string } };
  type EventShape = Record<string, unknown> & {
    pull_request: Record<string, unknown> & { head: Side; base: Side };
  };
  const fixture = join(ROOT, 'test/fixtures/events/pull_request.synchronize.json');
  const event = JSON.parse(await readFile(fixture, 'utf8')) as EventShape;
  event['number'] = 7;
  const pr = event['pull_request'];
  pr['number'] = 7;
  pr.head.sha = repo.headSha;
  pr.head.ref = 'feature/cart';
  pr.head.repo.full_name = REPO;
  pr.base.sha = repo.baseSha;
  pr.base.ref = 'main';
  pr.base.repo.full_name = REPO;
  event['repository'] = {
    ...(event['repository'] as Record<string, unknown>),
    full_name: REPO,
    name: 'shop',
    owner: { login: 'demo' },
  };
  return event;
}

/** Runs dist/index.js in a child process with the environment the Actions runner gives a step. */
async function runActionBundle(env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/index.js')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (process.env['MPDG_DEMO_VERBOSE']) process.stderr.write(log);
      resolve(code ?? 1);
    });
  });
}

function quoteBlock(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

export async function runDemo(lang: Lang, write: (text: string) => void): Promise<number> {
  const started = Date.now();
  if (!existsSync(join(ROOT, 'dist/index.js'))) {
    write(`${t(lang, 'demo.needsBundle')}\n`);
    return 2;
  }
  const work = await mkdtemp(join(tmpdir(), 'mp-domain-guard-demo-'));
  let servers: DemoServers | undefined;
  let fake: FakeGitHub | undefined;
  try {
    write(`# ${t(lang, 'demo.title')}\n\n`);
    const repo = await createSampleRepository(join(work, 'shop'));
    write(
      `- ${t(lang, 'demo.step.repo', { dir: repo.dir, base: repo.baseSha.slice(0, 7), head: repo.headSha.slice(0, 7) })}\n`,
    );
    const now = new Date();
    servers = await startServers(now);
    write(`- ${t(lang, 'demo.step.servers', { count: servers.servers.length })}\n`);
    fake = await startFakeGitHub();
    const event = await setUpGitHub(fake, repo);
    write(`- ${t(lang, 'demo.step.github', { url: fake.apiUrl })}\n`);

    const runner = join(work, 'runner');
    await writeFile(join(work, 'event.json'), JSON.stringify(event));
    await writeFile(join(work, 'output'), '');
    await writeFile(join(work, 'summary.md'), '');
    await writeFile(join(work, 'demo-ca.pem'), servers.caPem);
    const inputs: Record<string, string> = {
      'github-token': 'test-token',
      whitelist: 'mp-domains.yml',
      probe: 'true',
      'filter-mode': 'added',
      'fail-level': 'error',
      language: lang,
      'expiry-warning-days': '30',
      'monthly-change-limit': '5',
      'max-inline-comments': '30',
      resolve: servers.resolve.join('\n'),
      'ca-file': join(work, 'demo-ca.pem'),
      mode: 'auto',
    };
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? work,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(work, 'event.json'),
      GITHUB_REPOSITORY: REPO,
      GITHUB_API_URL: fake.apiUrl,
      GITHUB_GRAPHQL_URL: fake.graphqlUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_OUTPUT: join(work, 'output'),
      GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
      GITHUB_WORKSPACE: join(work, 'empty-workspace'),
      GITHUB_RUN_ID: '1',
      RUNNER_TEMP: runner,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    };
    const before = fake.requests.length;
    const actionStarted = Date.now();
    const code = await runActionBundle(env);
    write(
      `- ${t(lang, 'demo.step.done', {
        seconds: ((Date.now() - actionStarted) / 1000).toFixed(1),
        code,
        requests: fake.requests.length - before,
      })}\n\n`,
    );

    const github = fake.repo(REPO);
    write(`## ${t(lang, 'demo.section.review')}\n\n`);
    const review = github.reviews.at(-1);
    write(review ? `${quoteBlock(review.body)}\n\n` : `${t(lang, 'demo.none')}\n\n`);
    for (const comment of github.reviewComments.filter((c) => c.reviewId === review?.id)) {
      write(
        `### ${t(lang, 'demo.section.inline', { path: comment.path, line: comment.line })}\n\n${quoteBlock(comment.body)}\n\n`,
      );
    }
    write(`## ${t(lang, 'demo.section.summary')}\n\n`);
    const summary = github.issueComments.at(-1);
    write(summary ? `${quoteBlock(summary.body)}\n\n` : `${t(lang, 'demo.none')}\n\n`);
    write(`## ${t(lang, 'demo.section.outputs')}\n\n`);
    const outputs = await readFile(join(work, 'output'), 'utf8');
    for (const m of outputs.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) {
      const value = (m[3] ?? '').length > 120 ? `${(m[3] ?? '').slice(0, 117)}...` : m[3];
      write(`- \`${m[1]}\`: \`${value}\`\n`);
    }
    return code;
  } finally {
    await Promise.all((servers?.servers ?? []).map((s) => s.close()));
    await fake?.close();
    await rm(work, { recursive: true, force: true });
    write(`\n${t(lang, 'demo.cleanup', { seconds: ((Date.now() - started) / 1000).toFixed(1) })}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { lang: { type: 'string' } }, strict: true });
  const langValue = values.lang ?? 'en';
  const lang: Lang = isLang(langValue) ? langValue : 'en';
  try {
    const code = await runDemo(lang, (text) => process.stdout.write(text));
    // The action fails its step when a finding reaches the fail level: that is the demo working, not failing.
    process.exitCode = code === 0 || code === 1 ? 0 : code;
  } catch (error) {
    process.stderr.write(
      `${t(lang, 'demo.failed', { detail: error instanceof Error ? (error.stack ?? error.message) : String(error) })}\n`,
    );
    process.exitCode = 1;
  }
}
