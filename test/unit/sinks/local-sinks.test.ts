import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { recordingLogger } from '../../../src/logger.js';
import type { Severity } from '../../../src/model/severity.js';
import { annotationsSink, type AnnotationProperties } from '../../../src/sinks/annotations.js';
import { jobSummarySink } from '../../../src/sinks/job-summary.js';
import { reportJsonSink, sarifFileSink } from '../../../src/sinks/report-files.js';
import { fileFinding, hostFinding, prReport } from '../../helpers/pr-report.js';

describe('annotations sink', () => {
  it('annotates with file and line, at most ten per level, and counts the rest', async () => {
    const calls: [Severity, string, AnnotationProperties][] = [];
    const infos: string[] = [];
    const sink = annotationsSink({
      annotate: (s, m, p) => calls.push([s, m, p]),
      info: (m) => infos.push(m),
    });
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => fileFinding('a.js', i + 1)),
      fileFinding('b.js', 4, { severity: 'warning' }),
      hostFinding('x.example.com', 'cert-expiring', 'warning'),
    ];
    await sink.publish({ findings, lang: 'en', reservedWarnings: 9 });
    assert.equal(calls.filter((c) => c[0] === 'error').length, 10);
    assert.equal(calls.filter((c) => c[0] === 'warning').length, 1, 'nine warning slots were reserved');
    assert.deepEqual(calls[0]?.[2], {
      title: 'mp-domain-guard: not-whitelisted',
      file: 'a.js',
      startLine: 1,
    });
    assert.match(infos[0] ?? '', /^3 more findings are not shown as annotations/);
    calls.length = 0;
    await sink.publish({
      findings: [hostFinding('x.example.com', 'cert-expiring', 'warning')],
      lang: 'zh-CN',
    });
    assert.equal(calls[0]?.[1], 'x.example.com:443: x.example.com: cert-expiring');
    assert.equal(calls[0]?.[2].file, undefined);
  });
});

describe('file sinks', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mpdg-sinks-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('writes SARIF and JSON reports', async () => {
    const report = prReport({ findings: [fileFinding('a.js', 1)] });
    const sarifPath = join(dir, 'out', 'report.sarif');
    await sarifFileSink(sarifPath).publish({ report, lang: 'en' });
    const sarif = JSON.parse(await readFile(sarifPath, 'utf8')) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0]?.results.length, 1);
    const jsonPath = join(dir, 'report.json');
    await reportJsonSink(jsonPath).publish({ report, lang: 'en' });
    assert.equal(
      (JSON.parse(await readFile(jsonPath, 'utf8')) as { findings: unknown[] }).findings.length,
      1,
    );
  });

  it('appends to the job summary file, and skips quietly without one', async () => {
    const summary = join(dir, 'summary.md');
    await writeFile(summary, '');
    const previous = process.env['GITHUB_STEP_SUMMARY'];
    try {
      process.env['GITHUB_STEP_SUMMARY'] = summary;
      assert.equal(
        (await jobSummarySink(recordingLogger()).publish({ markdown: '## hello' })).status,
        'published',
      );
      assert.match(await readFile(summary, 'utf8'), /## hello/);
      delete process.env['GITHUB_STEP_SUMMARY'];
      assert.equal((await jobSummarySink(recordingLogger()).publish({ markdown: 'x' })).status, 'unchanged');
    } finally {
      if (previous === undefined) delete process.env['GITHUB_STEP_SUMMARY'];
      else process.env['GITHUB_STEP_SUMMARY'] = previous;
    }
  });
});
