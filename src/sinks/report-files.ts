import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Report } from '../engine/report.js';
import type { Lang } from '../i18n/types.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import type { Sink, SinkOutcome } from './sink.js';

export interface ReportFilesInput {
  readonly report: Report;
  readonly lang: Lang;
}

/** Writes one rendering of the report to a file (SARIF for code scanning, JSON for later steps). */
function fileSink(
  name: string,
  path: string,
  render: (input: ReportFilesInput) => string,
): Sink<ReportFilesInput> {
  return {
    name,
    async publish(input): Promise<SinkOutcome> {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, render(input), 'utf8');
      return { sink: name, status: 'published', detail: path };
    },
  };
}

/** SARIF 2.1.0, ready for github/codeql-action/upload-sarif. */
export function sarifFileSink(path: string): Sink<ReportFilesInput> {
  return fileSink('sarif-file', path, ({ report, lang }) => renderSarif(report, lang));
}

export function reportJsonSink(path: string): Sink<ReportFilesInput> {
  return fileSink('report-json', path, ({ report, lang }) => renderJson(report, lang));
}
