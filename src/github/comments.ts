import type { GitHubClient } from './client.js';
import type { RepoRef } from './environment.js';

/** The author of a comment as the sinks need it: own comments are recognised by marker and a Bot author. */
export interface CommentAuthor {
  readonly login: string;
  readonly type: string;
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly user?: CommentAuthor;
}

export interface ReviewComment {
  readonly id: number;
  readonly body: string;
  readonly path: string;
  readonly line?: number | null;
  readonly inReplyToId?: number;
  readonly user?: CommentAuthor;
}

export interface Review {
  readonly id: number;
  readonly body: string;
  readonly user?: CommentAuthor;
}

export interface NewReviewComment {
  readonly path: string;
  readonly line: number;
  readonly side: 'RIGHT';
  readonly start_line?: number;
  readonly start_side?: 'RIGHT';
  readonly body: string;
}

function author(user: { login: string; type: string } | null | undefined): CommentAuthor | undefined {
  return user ? { login: user.login, type: user.type } : undefined;
}

/** Conversation comments of a pull request or issue, every page (ascending by id). */
export async function listIssueComments(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
): Promise<IssueComment[]> {
  const rows = await client.paginate(client.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  return rows.map((c) => ({
    id: c.id,
    body: c.body ?? '',
    ...(author(c.user) ? { user: author(c.user) } : {}),
  }));
}

export async function createIssueComment(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  body: string,
): Promise<number> {
  const { data } = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  return data.id;
}

export async function updateIssueComment(
  client: GitHubClient,
  repo: RepoRef,
  commentId: number,
  body: string,
): Promise<void> {
  await client.rest.issues.updateComment({ ...repo, comment_id: commentId, body });
}

/** Inline review comments of a pull request, every page. */
export async function listReviewComments(
  client: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
): Promise<ReviewComment[]> {
  const rows = await client.paginate(client.rest.pulls.listReviewComments, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return rows.map((c) => ({
    id: c.id,
    body: c.body ?? '',
    path: c.path,
    line: c.line ?? null,
    ...(c.in_reply_to_id ? { inReplyToId: c.in_reply_to_id } : {}),
    ...(author(c.user) ? { user: author(c.user) } : {}),
  }));
}

export async function deleteReviewComment(
  client: GitHubClient,
  repo: RepoRef,
  commentId: number,
): Promise<void> {
  await client.rest.pulls.deleteReviewComment({ ...repo, comment_id: commentId });
}

/** Reviews of a pull request, every page. */
export async function listReviews(
  client: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
): Promise<Review[]> {
  const rows = await client.paginate(client.rest.pulls.listReviews, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return rows.map((r) => ({
    id: r.id,
    body: r.body ?? '',
    ...(author(r.user) ? { user: author(r.user) } : {}),
  }));
}

/** One review with event COMMENT: one notification and one request for all inline comments. */
export async function createCommentReview(
  client: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
  review: {
    readonly commitId: string;
    readonly body: string;
    readonly comments: readonly NewReviewComment[];
  },
): Promise<number> {
  const { data } = await client.rest.pulls.createReview({
    ...repo,
    pull_number: pullNumber,
    commit_id: review.commitId,
    event: 'COMMENT',
    body: review.body,
    comments: review.comments.map((c) => ({ ...c })),
  });
  return data.id;
}
