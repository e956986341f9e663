import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runProbeCommand } from '../../../src/cli/probe.js';
import { createTestPki, fakeLookup, startTlsServer, type RunningServer } from '../../helpers/tls/index.js';

const DAY = 86_400_000;
const pki = createTestPki();
const dir = mkdtempSync(join(tmpdir(), 'mp-probe-cli-'));
const servers: RunningServer[] = [];
let good: RunningServer;
let expiring: RunningServer;

before(async () => {
  good = await startTlsServer({ certChain: pki.chainFor(pki.issueLeaf('api.example.test')) });
  expiring = await startTlsServer({
    certChain: pki.chainFor(
      pki.issueLeaf('h5.example.test', { notAfter: new Date(Date.now() + 10 * DAY + 3_600_000) }),
    ),
    httpHandler: (req, res) => {
      if (req.url === '/MP_verify_ok.txt') res.writeHead(200).end('ok-content');
      else res.writeHead(200, { 'strict-transport-security': 'max-age=600' }).end('home');
    },
  });
  servers.push(good, expiring);
  writeFileSync(join(dir, 'ca.pem'), pki.caPem);
  writeFileSync(join(dir, 'bad-ca.pem'), 'not a certificate\n');
});

after(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runProbeCommand(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: dir,
    env: {},
    probe: { lookup: fakeLookup({}) },
  });
  return { code, stdout, stderr };
}

const resolveArgs = (): string[] => [
  '--resolve',
  `api.example.test:${good.port}:127.0.0.1`,
  '--resolve',
  `h5.example.test:${expiring.port}:127.0.0.1`,
  '--ca-file',
  'ca.pem',
];

describe('mp-domain-guard probe', () => {
  it('prints the JSON shape of the issue and exits 0 when nothing reaches the fail level', async () => {
    const { code, stdout } = await run([
      `https://api.example.test:${good.port}`,
      ...resolveArgs(),
      '--format',
      'json',
    ]);
    assert.equal(code, 0);
    const doc = JSON.parse(stdout) as { targets: Record<string, unknown>[]; summary: Record<string, number> };
    const [target] = doc.targets;
    assert.equal(target?.['host'], 'api.example.test');
    assert.equal(target?.['port'], good.port);
    assert.equal(target?.['address'], '127.0.0.1');
    assert.deepEqual(target?.['protocols'], { tls10: false, tls11: false, tls12: true, tls13: true });
    assert.equal(target?.['cipher'], 'TLS_AES_256_GCM_SHA384');
    const certificate = target?.['certificate'] as Record<string, unknown>;
    for (const field of [
      'subject',
      'issuer',
      'sans',
      'notBefore',
      'notAfter',
      'daysLeft',
      'key',
      'signature',
    ]) {
      assert.ok(field in certificate, field);
    }
    assert.deepEqual(target?.['findings'], []);
    assert.deepEqual(doc.summary, { hosts: 1, failed: 0, errors: 0, warnings: 0, notices: 0 });
  });

  it('probes every whitelist entry, reports whitelist problems, and sorts the text by days left', async () => {
    writeFileSync(
      join(dir, 'mp-domains.yml'),
      [
        'request:',
        `  - https://api.example.test:${good.port}`,
        `  - https://h5.example.test:${expiring.port}`,
        '  - http://plain.example.test',
        '',
      ].join('\n'),
    );
    const { code, stdout, stderr } = await run(['--whitelist', 'mp-domains.yml', ...resolveArgs()]);
    assert.equal(code, 0, 'a warning does not reach the default fail level');
    assert.match(stderr, /^warning: mp-domains\.yml:4:5: .*\(entry skipped\)$/m);
    const hostLines = stdout.split('\n').filter((l) => /^\S+:\d+ /.test(l));
    assert.deepEqual(
      hostLines.map((l) => l.split(' ')[0]),
      [`h5.example.test:${expiring.port}`, `api.example.test:${good.port}`],
    );
    assert.match(stdout, /cert-expiring-soon/);
    assert.match(
      stdout,
      /2 host\(s\) probed, 0 not reachable; 0 error\(s\), 1 warning\(s\), 0 notice\(s\)\./,
    );
  });

  it('warns 10 days before expiry in Chinese and exits 1 at --fail-level warning', async () => {
    const { code, stdout } = await run([
      `h5.example.test:${expiring.port}`,
      ...resolveArgs(),
      '--lang',
      'zh-CN',
      '--fail-level',
      'warning',
    ]);
    assert.equal(code, 1);
    assert.match(stdout, /cert-expiring-soon/);
    assert.match(stdout, /还剩 10 天/);
  });

  it('renders Markdown with a table', async () => {
    const { stdout } = await run([`api.example.test:${good.port}`, ...resolveArgs(), '--format', 'markdown']);
    assert.match(stdout, /^## TLS probe: 1 host\(s\)/);
    assert.match(stdout, /\| Host \| Lists \| Protocols \| Issuer \| Expires \| Days left \| Findings \|/);
  });

  it('exits 2 with a clear message for usage and configuration errors', async () => {
    const cases: [string[], RegExp][] = [
      [[], /Give at least one TARGET/],
      [['--resolve', 'nonsense', 'api.example.test'], /--resolve "nonsense": three parts/],
      [['--format', 'xml', 'api.example.test'], /--format takes one of text, markdown, json/],
      [['--ca-file', 'bad-ca.pem', 'api.example.test'], /bad-ca\.pem holds no PEM certificate/],
      [['--whitelist', 'missing.yml'], /Whitelist missing\.yml could not be read/],
      [['--bogus'], /Invalid command line/],
      [['http://api.example.test'], /only https and wss/],
    ];
    for (const [args, pattern] of cases) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, pattern, args.join(' '));
    }
  });

  it('prints its usage with --help', async () => {
    const { code, stdout } = await run(['--help', '--lang', 'zh-CN']);
    assert.equal(code, 0);
    assert.match(stdout, /用法：mp-domain-guard probe/);
  });
});
