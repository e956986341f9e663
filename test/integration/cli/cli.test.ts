import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../../src/cli/main.js';
import { createSampleRepository, type SampleRepository } from '../../../demo/sample.js';
import { createTestPki, startTlsServer, type RunningServer } from '../../helpers/tls/index.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const EXAMPLE = join(ROOT, 'examples', 'native-wechat');

async function cli(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd,
    env: { LANG: 'en_US.UTF-8', ...env },
    isTty: false,
  });
  return { code, stdout, stderr };
}

describe('mp-domain-guard scan', () => {
  it('reports the example project grouped by list and exits 1 on errors', async () => {
    const { code, stdout } = await cli(['scan', EXAMPLE]);
    assert.equal(code, 1);
    assert.match(stdout, /Console list: request/);
    assert.match(stdout, /port-mismatch {2}pages\/index\/index\.js:\d+/);
    assert.match(stdout, /scheme-not-secure/);
    assert.match(stdout, /Required console updates\n {2}request: add https:\/\/pay\.example\.cn/);
  });

  it('prints one JSON object with endpoints and findings', async () => {
    const { code, stdout } = await cli(['scan', EXAMPLE, '--format', 'json', '--fail-level', 'none']);
    assert.equal(code, 0);
    const doc = JSON.parse(stdout) as {
      endpoints: {
        url: string;
        origin: string;
        list: string;
        file: string;
        line: number;
        definedAt?: unknown;
      }[];
      findings: { ruleId: string; severity: string; message: string; file?: string; line?: number }[];
    };
    assert.ok(doc.endpoints.length > 10);
    for (const e of doc.endpoints) {
      assert.ok(e.url && e.origin && e.list && e.file && e.line > 0, JSON.stringify(e));
    }
    assert.ok(
      doc.endpoints.some((e) => e.definedAt !== undefined),
      'some URL is defined in another place',
    );
    assert.ok(doc.findings.some((f) => f.ruleId === 'url-check-disabled'));
  });

  it('writes SARIF 2.1.0 with the rule metadata', async () => {
    const { stdout } = await cli(['scan', EXAMPLE, '--format', 'sarif']);
    const log = JSON.parse(stdout) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } } }[];
    };
    assert.equal(log.version, '2.1.0');
    assert.ok(log.runs[0]?.tool.driver.rules.some((r) => r.id === 'cert-chain-incomplete'));
  });

  it('speaks Chinese with --lang zh-CN and from a Chinese locale', async () => {
    assert.match((await cli(['scan', EXAMPLE, '--lang', 'zh-CN'])).stdout, /需要在后台修改的域名/);
    assert.match((await cli(['scan', EXAMPLE], ROOT, { LANG: 'zh_CN.UTF-8' })).stdout, /后台列表/);
  });

  it('honours --fail-level and --rules-exclude', async () => {
    assert.equal((await cli(['scan', EXAMPLE, '--fail-level', 'none'])).code, 0);
    const { stdout } = await cli([
      'scan',
      EXAMPLE,
      '--rules-exclude',
      'url-check-disabled',
      '--format',
      'json',
    ]);
    assert.ok(!stdout.includes('"url-check-disabled"'));
  });

  it('exits 2 with a clear message on usage and configuration errors', async () => {
    const cases: [string[], RegExp][] = [
      [['scan', EXAMPLE, '--format', 'yaml'], /--format takes one of text, markdown, json, sarif/],
      [['scan', EXAMPLE, '--rules-exclude', 'no-such-rule'], /Unknown rule id "no-such-rule"/],
      [['scan', join(EXAMPLE, 'missing')], /does not exist/],
      [['scan', EXAMPLE, '--bogus'], /Invalid command line/],
      [['frobnicate'], /Unknown command "frobnicate"/],
      [['diff', EXAMPLE], /diff needs --base/],
      [['scan', EXAMPLE, '--probe', '--resolve', 'nonsense'], /--resolve "nonsense"/],
    ];
    for (const [args, pattern] of cases) {
      const { code, stderr } = await cli(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, pattern, args.join(' '));
    }
  });

  it('reports a malformed whitelist with file, line and column and still checks the code', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mpdg-cli-'));
    try {
      await writeFile(
        join(dir, 'mp-domains.yml'),
        'request:\n  - https://api.example.com\n  - http://10.0.0.1/x\nsocket: [\n',
      );
      await writeFile(
        join(dir, 'app.js'),
        "wx.request({ url: 'https://api.example.com/a' });\nwx.request({ url: 'https://new.example.com/b' });\n",
      );
      const { code, stdout } = await cli(['scan', dir, '--format', 'json']);
      assert.equal(code, 1);
      const doc = JSON.parse(stdout) as {
        findings: { ruleId: string; file?: string; line?: number; column?: number }[];
      };
      const invalid = doc.findings.filter((f) => f.ruleId === 'whitelist-invalid');
      assert.ok(invalid.length >= 1);
      assert.ok(
        invalid.every((f) => f.file === 'mp-domains.yml' && (f.line ?? 0) > 0 && (f.column ?? 0) > 0),
      );
      assert.ok(
        doc.findings.some((f) => f.ruleId === 'not-whitelisted' && f.file === 'app.js' && f.line === 2),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('mp-domain-guard diff', () => {
  let repo: SampleRepository;
  let work: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'mpdg-diff-'));
    repo = await createSampleRepository(join(work, 'shop'));
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('reports only what the change adds, and the whitelist change itself', async () => {
    const { code, stdout } = await cli([
      'diff',
      '--base',
      repo.baseSha,
      '--head',
      repo.headSha,
      repo.dir,
      '--format',
      'json',
    ]);
    assert.equal(code, 1);
    const doc = JSON.parse(stdout) as {
      endpoints: { url: string; file: string }[];
      findings: { ruleId: string; file?: string }[];
      whitelistChanges: { added: { list: string; origin: string }[]; removed: unknown[] };
    };
    const files = new Set(doc.endpoints.map((e) => e.file));
    assert.ok(!files.has('pages/index/index.js'), 'unchanged page is not reported');
    assert.ok(doc.endpoints.some((e) => e.url === 'https://cart.demo-shop.cn/v2/cart'));
    assert.deepEqual(
      doc.whitelistChanges.added.map((e) => `${e.list} ${e.origin}`),
      ['socket wss://ws.demo-shop.cn'],
    );
    assert.deepEqual([...new Set(doc.findings.map((f) => f.ruleId))].sort(), [
      'not-whitelisted',
      'port-mismatch',
      'scheme-not-secure',
    ]);
  });

  it('compares the working tree when --head is left out', async () => {
    const run = promisify(execFile);
    await run('git', ['checkout', '--quiet', repo.headSha], { cwd: repo.dir });
    await writeFile(join(repo.dir, 'pages/extra.js'), "wx.request({ url: 'http://late.demo-shop.cn/x' });\n");
    const { stdout } = await cli(['diff', '--base', repo.headSha, repo.dir, '--format', 'json']);
    const doc = JSON.parse(stdout) as { findings: { ruleId: string; file?: string }[] };
    // A new file git does not track yet is part of the working tree's change.
    assert.deepEqual(
      doc.findings.map((f) => `${f.ruleId} ${f.file}`),
      ['scheme-not-secure pages/extra.js'],
    );
    await writeFile(
      join(repo.dir, 'pages/cart/cart.js'),
      "wx.request({ url: 'http://late.demo-shop.cn/y' });\n",
    );
    const second = JSON.parse(
      (await cli(['diff', '--base', repo.headSha, repo.dir, '--format', 'json'])).stdout,
    ) as typeof doc;
    assert.deepEqual(second.findings.map((f) => `${f.ruleId} ${f.file}`).sort(), [
      'scheme-not-secure pages/cart/cart.js',
      'scheme-not-secure pages/extra.js',
    ]);
  });

  it('says clearly when the base is not a commit', async () => {
    const { code, stderr } = await cli(['diff', '--base', 'no-such-branch', repo.dir]);
    assert.equal(code, 2);
    assert.match(stderr, /"no-such-branch" is not a commit/);
  });
});

describe('mp-domain-guard scan --probe', { timeout: 60_000 }, () => {
  let server: RunningServer;
  let dir: string;
  let caFile: string;
  before(async () => {
    const pki = createTestPki({ name: 'CLI Probe', keyType: 'ec256' });
    server = await startTlsServer({
      certChain: pki.chainFor(
        pki.issueLeaf('api.cli-probe.cn', { notAfter: new Date(Date.now() + 5 * 86_400_000) }),
      ),
    });
    dir = await mkdtemp(join(tmpdir(), 'mpdg-cli-probe-'));
    caFile = join(dir, 'ca.pem');
    await writeFile(caFile, pki.caPem);
    await writeFile(join(dir, 'mp-domains.yml'), 'request:\n  - https://api.cli-probe.cn\n');
    await writeFile(join(dir, 'app.js'), "wx.request({ url: 'https://api.cli-probe.cn/v1' });\n");
  });
  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('probes the domains of the endpoints through --resolve and joins the findings to the report', async () => {
    const { code, stdout } = await cli([
      'scan',
      dir,
      '--probe',
      '--resolve',
      `api.cli-probe.cn:443:127.0.0.1:${server.port}`,
      '--ca-file',
      caFile,
      '--format',
      'json',
    ]);
    const doc = JSON.parse(stdout) as {
      probes: { host: string; status: string }[];
      findings: { ruleId: string; host?: string }[];
    };
    assert.deepEqual(
      doc.probes.map((p) => `${p.host} ${p.status}`),
      ['api.cli-probe.cn ok'],
    );
    assert.ok(doc.findings.some((f) => f.ruleId === 'cert-expiring-soon' && f.host === 'api.cli-probe.cn'));
    assert.equal(code, 0, 'an expiring certificate is a warning, below the default fail level');
  });
});
