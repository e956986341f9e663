import type { GitHubClient } from './client.js';
import type { RepoRef } from './environment.js';

export interface BlobRequest {
  readonly ref: string;
  readonly path: string;
}

/**
 * What GraphQL said about one file. `truncated`/`binary` blobs carry no text: the caller reads them through the
 * contents API. `missing` means the path does not exist at that ref (or is not a blob).
 */
export type BlobAnswer =
  | { readonly state: 'text'; readonly text: string; readonly byteSize: number }
  | { readonly state: 'missing' }
  | { readonly state: 'binary' | 'truncated'; readonly byteSize: number };

/** Files per GraphQL query: keeps each answer a few MB at most and the query far below GitHub's node limits. */
export const BLOBS_PER_QUERY = 40;

interface BlobNode {
  readonly __typename?: string;
  readonly text?: string | null;
  readonly isBinary?: boolean | null;
  readonly isTruncated?: boolean;
  readonly byteSize?: number;
}

/**
 * Reads many files in one request: `repository.object(expression: "<ref>:<path>")` per file, aliased. This is
 * what keeps a typical pull request run within ten API calls without a checkout; the contents API would cost
 * one request per file.
 */
export async function fetchBlobs(
  client: GitHubClient,
  graphqlUrl: string,
  repo: RepoRef,
  requests: readonly BlobRequest[],
): Promise<BlobAnswer[]> {
  const answers: BlobAnswer[] = [];
  for (let start = 0; start < requests.length; start += BLOBS_PER_QUERY) {
    answers.push(
      ...(await fetchBlobChunk(client, graphqlUrl, repo, requests.slice(start, start + BLOBS_PER_QUERY))),
    );
  }
  return answers;
}

export function blobQuery(count: number): string {
  const params = Array.from({ length: count }, (_, i) => `$e${i}: String!`).join(', ');
  const fields = Array.from(
    { length: count },
    (_, i) =>
      `f${i}: object(expression: $e${i}) { __typename ... on Blob { text isBinary isTruncated byteSize } }`,
  ).join(' ');
  return `query mpDomainGuardBlobs($owner: String!, $name: String!, ${params}) { repository(owner: $owner, name: $name) { ${fields} } }`;
}

async function fetchBlobChunk(
  client: GitHubClient,
  graphqlUrl: string,
  repo: RepoRef,
  chunk: readonly BlobRequest[],
): Promise<BlobAnswer[]> {
  const variables: Record<string, string> = { owner: repo.owner, name: repo.repo };
  chunk.forEach((r, i) => (variables[`e${i}`] = `${r.ref}:${r.path}`));
  // A plain POST (not octokit.graphql) so the URL is exactly GITHUB_GRAPHQL_URL.
  const response = await client.request({
    method: 'POST',
    url: graphqlUrl,
    query: blobQuery(chunk.length),
    variables,
  });
  const body = response.data as {
    data?: { repository?: Record<string, BlobNode | null> | null };
    errors?: { message?: string }[];
  };
  const repository = body.data?.repository;
  if (!repository) {
    const reason = body.errors?.map((e) => e.message).join('; ') || 'no repository in the answer';
    throw new Error(`GraphQL blob query failed: ${reason}`);
  }
  return chunk.map((_, i) => toAnswer(repository[`f${i}`]));
}

function toAnswer(node: BlobNode | null | undefined): BlobAnswer {
  if (!node || node.__typename !== 'Blob') return { state: 'missing' };
  const byteSize = node.byteSize ?? 0;
  if (node.isTruncated) return { state: 'truncated', byteSize };
  if (typeof node.text !== 'string') return { state: 'binary', byteSize };
  return { state: 'text', text: node.text, byteSize };
}
