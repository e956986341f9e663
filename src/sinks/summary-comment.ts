import type { GitHubClient } from '../github/client.js';
import { createIssueComment, listIssueComments, updateIssueComment } from '../github/comments.js';
import type { RepoRef } from '../github/environment.js';
import type { Logger } from '../logger.js';
import { isSummaryComment } from '../report/pr-markers.js';
import { failureOutcome } from './outcome.js';
import type { Sink, SinkOutcome } from './sink.js';

export interface SummaryCommentInput {
  /** The rendered body, marker included. */
  readonly body: string;
  readonly key: string;
}

export interface SummaryCommentOutcome extends SinkOutcome {
  readonly commentId?: number;
}

/**
 * One sticky conversation comment, found again by its hidden marker and edited in place; an identical body is
 * not sent again, so a re-run neither notifies nor bumps "edited".
 */
export function summaryCommentSink(options: {
  readonly client: GitHubClient;
  readonly repo: RepoRef;
  readonly issueNumber: number;
  readonly logger: Logger;
}): Sink<SummaryCommentInput, SummaryCommentOutcome> {
  const { client, repo, issueNumber, logger } = options;
  return {
    name: 'summary-comment',
    async publish(input): Promise<SummaryCommentOutcome> {
      try {
        const comments = await listIssueComments(client, repo, issueNumber);
        // Ours start with the marker; a human quoting the summary puts "> " first. Prefer a bot's comment.
        const mine = comments.filter((c) => isSummaryComment(c.body, input.key));
        const sticky = mine.find((c) => c.user?.type === 'Bot') ?? mine[0];
        if (sticky && sticky.body === input.body) {
          return { sink: 'summary-comment', status: 'unchanged', commentId: sticky.id };
        }
        if (sticky) {
          await updateIssueComment(client, repo, sticky.id, input.body);
          logger.info(`Updated the summary comment ${sticky.id}`);
          return { sink: 'summary-comment', status: 'published', commentId: sticky.id };
        }
        const id = await createIssueComment(client, repo, issueNumber, input.body);
        logger.info(`Created the summary comment ${id}`);
        return { sink: 'summary-comment', status: 'published', commentId: id };
      } catch (error) {
        return failureOutcome('summary-comment', error);
      }
    },
  };
}
