/**
 * `npm run bench:probe`: probes 100 local TLS hosts (distinct names mapped to 127.0.0.1 ports with --resolve
 * semantics) at the default concurrency and prints wall time, hosts/s, per-host p50/p95 and peak RSS; then, when
 * openssl is installed, the time of a sequential `openssl s_client` loop over the same hosts.
 *
 * The servers run in a child process so that the probe does not share its event loop (or its RSS figure) with
 * them. Target on a 2-core machine: 100 hosts in at most 3 s, under 250 MB.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONCURRENCY, probeTargets, type ProbeTarget } from '../src/probe/index.js';
import { createTestPki, fakeLookup, startTlsServer, type RunningServer } from '../test/helpers/tls/index.js';

const HOSTS = 100;

interface ServeRequest {
  readonly servers: readonly { readonly cert: string; readonly key: string }[];
}

if (process.argv.includes('--serve')) {
  await serve();
} else {
  await main();
}

/** Child process: start one HTTPS server per certificate, report the ports, stop on request. */
async function serve(): Promise<void> {
  const running: RunningServer[] = [];
  process.on('message', async (message: ServeRequest | 'stop') => {
    if (message === 'stop') {
      await Promise.all(running.map((s) => s.close()));
      process.exit(0);
    }
    for (const { cert, key } of message.servers)
      running.push(await startTlsServer({ certChain: [cert], key }));
    process.send?.({ ports: running.map((s) => s.port) });
  });
}

async function main(): Promise<void> {
  const pki = createTestPki({ name: 'Bench' });
  const hosts = Array.from({ length: HOSTS }, (_, i) => `host-${String(i).padStart(3, '0')}.bench.test`);
  const leaves = hosts.map((host) => pki.issueLeaf(host));
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const ports = await startServers(child, {
      // leaf + intermediate, as a correctly configured server sends them
      servers: leaves.map((leaf) => ({ cert: leaf.pem + pki.intermediate.pem, key: leaf.key.privateKeyPem })),
    });
    const targets: ProbeTarget[] = hosts.map((host, i) => ({
      target: `https://${host}:${ports[i]}`,
      host,
      port: ports[i] ?? 0,
      lists: ['request'],
    }));
    const resolve = new Map(hosts.map((host, i) => [`${host}:${ports[i]}`, '127.0.0.1'] as const));
    const options = { resolve, extraCaPem: pki.caPem, lookup: fakeLookup({}) };

    // Warm-up: one host (parses the bundled roots, builds the TLS contexts), not counted.
    await probeTargets(targets.slice(0, 1), options);

    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const results = await probeTargets(targets, options);
    const wallMs = performance.now() - started;
    const peakRssMb = process.resourceUsage().maxRSS / 1024;

    const durations = results.map((r) => r.durationMs).sort((a, b) => a - b);
    const ok = results.filter((r) => r.status === 'ok').length;
    const findings = results.reduce((n, r) => n + r.findings.length, 0);
    const lines = [
      `probe: ${HOSTS} local TLS hosts, concurrency ${DEFAULT_CONCURRENCY} (servers in a child process)`,
      `  wall time        ${(wallMs / 1000).toFixed(2)} s`,
      `  hosts/s          ${(HOSTS / (wallMs / 1000)).toFixed(1)}`,
      `  per host p50     ${percentile(durations, 0.5)} ms`,
      `  per host p95     ${percentile(durations, 0.95)} ms`,
      `  peak RSS         ${peakRssMb.toFixed(0)} MB (RSS before the run ${(rssBefore / 1048576).toFixed(0)} MB)`,
      `  hosts ok         ${ok}/${HOSTS}, findings ${findings} (expected 0: every server is correct)`,
    ];
    console.log(lines.join('\n'));

    const openssl = opensslLoop(hosts, ports, pki.caPem);
    console.log(
      openssl === undefined
        ? 'openssl s_client: not installed, comparison skipped'
        : [
            `openssl s_client, sequential, one verifying handshake per host (no protocol sweep, no HTTP):`,
            `  wall time        ${(openssl.ms / 1000).toFixed(2)} s (${openssl.verified}/${HOSTS} verified)`,
            `  hosts/s          ${(HOSTS / (openssl.ms / 1000)).toFixed(1)}`,
          ].join('\n'),
    );
    const within = wallMs <= 3000 && peakRssMb < 250;
    console.log(within ? 'target met: ≤ 3 s and < 250 MB' : 'target NOT met: ≤ 3 s and < 250 MB');
  } finally {
    child.send('stop');
  }
}

function startServers(child: ChildProcess, request: ServeRequest): Promise<number[]> {
  return new Promise((resolve, reject) => {
    child.once('message', (message: { ports: number[] }) => resolve(message.ports));
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}`)));
    child.send(request);
  });
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

/** `openssl s_client` once per host, one after the other; `undefined` when openssl is not installed. */
function opensslLoop(
  hosts: readonly string[],
  ports: readonly number[],
  caPem: string,
): { ms: number; verified: number } | undefined {
  if (spawnSync('openssl', ['version'], { encoding: 'utf8' }).status !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'probe-bench-'));
  try {
    const caFile = join(dir, 'ca.pem');
    writeFileSync(caFile, caPem);
    let verified = 0;
    const started = performance.now();
    hosts.forEach((host, i) => {
      const run = spawnSync(
        'openssl',
        [
          's_client',
          '-connect',
          `127.0.0.1:${ports[i]}`,
          '-servername',
          host,
          '-verify_hostname',
          host,
          '-CAfile',
          caFile,
          '-verify_return_error',
          '-brief',
        ],
        { input: '', encoding: 'utf8', timeout: 10_000 },
      );
      if (run.status === 0) verified++;
    });
    return { ms: performance.now() - started, verified };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
