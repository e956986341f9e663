import type { ReviewAnchor } from '../changes/anchors.js';
import type { GitHubClient } from '../github/client.js';
import {
  createCommentReview,
  deleteReviewComment,
  listReviewComments,
  type NewReviewComment,
  type ReviewComment,
} from '../github/comments.js';
import type { RepoRef } from '../github/environment.js';
import { describeGitHubError, httpStatus } from '../github/errors.js';
import { t } from '../i18n/translate.js';
import type { Logger } from '../logger.js';
import type { Finding } from '../model/finding.js';
import type { PrRenderContext } from '../report/pr-context.js';
import { renderFindingComment } from '../report/pr-comment.js';
import { findingFingerprintOf } from '../report/pr-markers.js';
import { renderReviewBody } from '../report/pr-review-body.js';
import { failureOutcome } from './outcome.js';
import type { Sink, SinkOutcome } from './sink.js';

/** A finding whose line GitHub will accept a review comment on. */
export interface InlineCandidate {
  readonly finding: Finding;
  readonly anchor: ReviewAnchor;
}

export interface ReviewInput {
  /** Anchorable findings, most important first (the report's order). */
  readonly candidates: readonly InlineCandidate[];
  /** Fingerprints of every current finding: own comments about anything else are outdated. */
  readonly currentFingerprints: ReadonlySet<string>;
  readonly ctx: PrRenderContext;
}

export interface ReviewOutcome extends SinkOutcome {
  /** Findings that have an inline comment after this run (earlier runs included). */
  readonly inlineFingerprints: ReadonlySet<string>;
  readonly posted: number;
  readonly deleted: number;
}

export interface ReviewSinkOptions {
  readonly client: GitHubClient;
  readonly repo: RepoRef;
  readonly pullNumber: number;
  readonly headSha: string;
  readonly logger: Logger;
}

/**
 * Inline review comments, reviewdog's github-pr-review reporter:
 * - one review (event COMMENT) per run carrying all new comments, so a run notifies once;
 * - at most `max-inline-comments` live bot comments on the pull request; the rest are listed in the review
 *   body and in the summary;
 * - a finding that already has a comment (hidden fingerprint marker) is not commented again;
 * - own comments whose finding is gone are deleted unless someone replied to them;
 * - anchors were validated against the patch by the caller; if GitHub still answers 422, the review is sent
 *   again without inline comments so that nothing is lost.
 */
export function prReviewSink(options: ReviewSinkOptions): Sink<ReviewInput, ReviewOutcome> {
  const { client, repo, pullNumber, headSha, logger } = options;
  return {
    name: 'pr-review',
    async publish(input): Promise<ReviewOutcome> {
      const { ctx } = input;
      const none = new Set<string>();
      let existing: ReviewComment[];
      try {
        existing = await listReviewComments(client, repo, pullNumber);
      } catch (error) {
        return { ...failureOutcome('pr-review', error), inlineFingerprints: none, posted: 0, deleted: 0 };
      }
      const own = existing
        .map((comment) => ({ comment, fingerprint: findingFingerprintOf(comment.body, ctx.key) }))
        .filter((c): c is { comment: ReviewComment; fingerprint: string } => c.fingerprint !== undefined);
      const repliedTo = new Set(
        existing.map((c) => c.inReplyToId).filter((id): id is number => id !== undefined),
      );
      const live = new Set(
        own.filter((c) => input.currentFingerprints.has(c.fingerprint)).map((c) => c.fingerprint),
      );
      const commented = new Set(own.map((c) => c.fingerprint));

      const uncommented = input.candidates.filter((c) => !commented.has(c.finding.fingerprint));
      const slots = Math.max(0, ctx.maxInlineComments - live.size);
      const toPost = uncommented.slice(0, slots);
      const overflow = uncommented.slice(slots).map((c) => c.finding);

      let posted = 0;
      let status: SinkOutcome['status'] = 'unchanged';
      try {
        if (toPost.length > 0) {
          posted = await postReview(toPost, overflow, ctx);
          status = 'published';
        }
        // Outdated: ours, about a finding that no longer exists, and nobody answered it.
        const outdated = own.filter(
          (c) =>
            !input.currentFingerprints.has(c.fingerprint) &&
            !repliedTo.has(c.comment.id) &&
            c.comment.inReplyToId === undefined &&
            c.comment.user?.type === 'Bot',
        );
        for (const { comment } of outdated) {
          await deleteReviewComment(client, repo, comment.id);
          status = 'published';
        }
        const inline = new Set([...live, ...toPost.slice(0, posted).map((c) => c.finding.fingerprint)]);
        logger.info(
          `Review: ${posted} new inline comments, ${outdated.length} outdated deleted, ${live.size} kept`,
        );
        return { sink: 'pr-review', status, inlineFingerprints: inline, posted, deleted: outdated.length };
      } catch (error) {
        return { ...failureOutcome('pr-review', error), inlineFingerprints: live, posted, deleted: 0 };
      }
    },
  };

  /** Posts one review; returns how many inline comments it carried (0 after a 422 fallback). */
  async function postReview(
    toPost: readonly InlineCandidate[],
    overflow: readonly Finding[],
    ctx: PrRenderContext,
  ): Promise<number> {
    const comments: NewReviewComment[] = toPost.map(({ finding, anchor }) => ({
      path: anchor.path,
      line: anchor.line,
      side: 'RIGHT',
      ...(anchor.startLine !== undefined
        ? { start_line: anchor.startLine, start_side: 'RIGHT' as const }
        : {}),
      body: renderFindingComment(finding, ctx.key, ctx.lang),
    }));
    try {
      await createCommentReview(client, repo, pullNumber, {
        commitId: headSha,
        body: renderReviewBody(
          toPost.map((c) => c.finding),
          overflow,
          ctx,
        ),
        comments,
      });
      return comments.length;
    } catch (error) {
      if (httpStatus(error) !== 422) throw error;
      // The 422 does not say which comment GitHub disliked: keep every finding, in the body.
      logger.warning(t(ctx.lang, 'github.review.rejected', { detail: describeGitHubError(error) }));
      await createCommentReview(client, repo, pullNumber, {
        commitId: headSha,
        body: renderReviewBody([], [...toPost.map((c) => c.finding), ...overflow], ctx),
        comments: [],
      });
      return 0;
    }
  }
}
