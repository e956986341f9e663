import { describeGitHubError, isWriteDenied } from '../github/errors.js';
import type { SinkOutcome } from './sink.js';

/** Maps an error from a GitHub call to a sink outcome; denied writes are told apart from other failures. */
export function failureOutcome(sink: string, error: unknown): SinkOutcome {
  return { sink, status: isWriteDenied(error) ? 'denied' : 'failed', detail: describeGitHubError(error) };
}
