import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Sink, SinkOutcome } from './sink.js';

/** The runner refuses a step summary over 1024 KiB ("upload aborted"); keep a margin for other steps' text. */
export const JOB_SUMMARY_MAX_BYTES = 1000 * 1024;

/**
 * Appends Markdown to the step's job summary ($GITHUB_STEP_SUMMARY), which needs no token at all. The file is
 * written directly rather than through core.summary, whose path is cached for the life of the process (an
 * in-process test harness runs the action many times with different files).
 */
export function jobSummarySink(
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Sink<{ readonly markdown: string }> {
  return {
    name: 'job-summary',
    async publish({ markdown }): Promise<SinkOutcome> {
      const path = env['GITHUB_STEP_SUMMARY'];
      if (!path) {
        logger.debug('GITHUB_STEP_SUMMARY is not set; no job summary written');
        return { sink: 'job-summary', status: 'unchanged' };
      }
      try {
        await appendFile(path, `${clampUtf8(markdown, JOB_SUMMARY_MAX_BYTES)}${EOL}`, 'utf8');
        return { sink: 'job-summary', status: 'published' };
      } catch (error) {
        logger.warning(`Could not write the job summary: ${errorMessage(error)}`);
        return { sink: 'job-summary', status: 'failed', detail: errorMessage(error) };
      }
    },
  };
}

/** Cuts text to at most `maxBytes` of UTF-8 on a line boundary, saying that it was cut. */
export function clampUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const note = '\n\n… (cut: the job summary is limited to 1 MiB)\n';
  let cut = Buffer.from(text, 'utf8')
    .subarray(0, maxBytes - Buffer.byteLength(note))
    .toString('utf8');
  cut = cut.replace(/\uFFFD$/, '');
  const lastLine = cut.lastIndexOf('\n');
  return `${lastLine > 0 ? cut.slice(0, lastLine) : cut}${note}`;
}
