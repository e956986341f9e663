import * as core from '@actions/core';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Sink, SinkOutcome } from './sink.js';

/** Appends Markdown to the step's job summary ($GITHUB_STEP_SUMMARY), which needs no token at all. */
export function jobSummarySink(logger: Logger): Sink<{ readonly markdown: string }> {
  return {
    name: 'job-summary',
    async publish({ markdown }): Promise<SinkOutcome> {
      if (!process.env['GITHUB_STEP_SUMMARY']) {
        logger.debug('GITHUB_STEP_SUMMARY is not set; no job summary written');
        return { sink: 'job-summary', status: 'unchanged' };
      }
      try {
        await core.summary.addRaw(markdown, true).write();
        return { sink: 'job-summary', status: 'published' };
      } catch (error) {
        logger.warning(`Could not write the job summary: ${errorMessage(error)}`);
        return { sink: 'job-summary', status: 'failed', detail: errorMessage(error) };
      }
    },
  };
}
