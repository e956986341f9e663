/**
 * `npm run bench`: writes a synthetic mini program of 5,000 source files (about 400,000 lines) to a temp dir and
 * measures a full extraction against a plain regular-expression URL grep over the same files. Each measurement
 * runs in its own child process so that its peak RSS is its own.
 *
 *   node build/bench/scan-bench.js [--files N] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diskSource } from '../src/extract/disk-source.js';
import { extractProject } from '../src/extract/index.js';
import { writeSyntheticProject } from './synthetic-project.js';

interface Measurement {
  readonly wallMs: number;
  /** User + system CPU time of the measured work. */
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly files: number;
  readonly bytes: number;
  readonly found: number;
  readonly detail: string;
}

const TARGET_MS = 3_000;
const TARGET_RSS_MB = 400;
const RUNS = 3;

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Child: the full extraction, exactly as the CLI runs it. */
async function measureExtraction(root: string): Promise<Measurement> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await extractProject(diskSource(root));
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return {
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    maxRssMb: peakRssMb(),
    files: result.stats.filesRead,
    bytes: result.stats.bytesRead,
    found: result.endpoints.length,
    detail: `${result.endpoints.length} endpoints, ${result.unresolved.length} unresolved, ${result.skipped.length} skipped, ${result.stats.filesParsed} parses`,
  };
}

const URL_PATTERN = /\b(?:https?|wss?):\/\/[^\s'"`<>)]+/g;

/** Child: the baseline, a regular-expression grep for URLs over the same source files. */
async function measureGrep(root: string): Promise<Measurement> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const source = diskSource(root);
  const paths = (await source.listFiles()).filter((p) => /\.(?:js|wxml|json)$/.test(p));
  let bytes = 0;
  let found = 0;
  for (let i = 0; i < paths.length; i += 64) {
    const texts = await Promise.all(paths.slice(i, i + 64).map((p) => readFile(join(root, p), 'utf8')));
    for (const text of texts) {
      bytes += Buffer.byteLength(text);
      found += text.match(URL_PATTERN)?.length ?? 0;
    }
  }
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return {
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    maxRssMb: peakRssMb(),
    files: paths.length,
    bytes,
    found,
    detail: `${found} URL matches`,
  };
}

function runChild(mode: string, root: string): Measurement {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [self, mode, root], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${mode} failed: ${child.stderr || child.stdout}`);
  return JSON.parse(child.stdout) as Measurement;
}

function row(name: string, m: Measurement): string {
  const seconds = m.wallMs / 1000;
  const cells = [
    name.padEnd(12),
    `${m.wallMs.toFixed(0).padStart(7)} ms wall`,
    `${m.cpuMs.toFixed(0).padStart(7)} ms CPU`,
    `${(m.files / seconds).toFixed(0).padStart(8)} files/s`,
    `${(m.bytes / 1e6 / seconds).toFixed(1).padStart(7)} MB/s`,
    `${m.maxRssMb.toFixed(0).padStart(5)} MB peak RSS`,
    m.detail,
  ];
  return cells.join('  ');
}

async function main(): Promise<void> {
  const [mode, root] = process.argv.slice(2);
  if (mode === '--child-extract' && root) {
    process.stdout.write(JSON.stringify(await measureExtraction(root)));
    return;
  }
  if (mode === '--child-grep' && root) {
    process.stdout.write(JSON.stringify(await measureGrep(root)));
    return;
  }
  const args = process.argv.slice(2);
  const filesArg = args.indexOf('--files');
  const sourceFiles = filesArg >= 0 ? Number(args[filesArg + 1]) : 5_000;
  const keep = args.includes('--keep');
  const dir = await mkdtemp(join(tmpdir(), 'mp-domain-guard-bench-'));
  try {
    const written = await writeSyntheticProject(dir, { sourceFiles });
    console.log(
      `Synthetic project: ${written.files} source files, ${written.lines} lines, ${(written.bytes / 1e6).toFixed(1)} MB in ${dir}`,
    );
    // Warm the page cache so both measurements read from memory.
    runChild('--child-grep', dir);
    const grep = runChild('--child-grep', dir);
    console.log(row('regex grep', grep));
    // Three extractions in fresh processes; the verdict uses the median (a shared machine is noisy).
    const runs: Measurement[] = [];
    for (let i = 1; i <= RUNS; i++) {
      const m = runChild('--child-extract', dir);
      runs.push(m);
      console.log(row(`extraction ${i}`, m));
    }
    const extract = [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(RUNS / 2)] as Measurement;
    const maxRss = Math.max(...runs.map((r) => r.maxRssMb));
    const ok = extract.wallMs <= TARGET_MS && maxRss <= TARGET_RSS_MB;
    console.log(
      `Target: full scan <= ${TARGET_MS} ms and <= ${TARGET_RSS_MB} MB: ${ok ? 'met' : 'NOT met'} ` +
        `(median ${extract.wallMs.toFixed(0)} ms, highest peak RSS ${maxRss.toFixed(0)} MB; ` +
        `${(extract.wallMs / grep.wallMs).toFixed(1)}x the grep's time).`,
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    if (keep) console.log(`Kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

await main();
