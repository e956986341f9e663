import type { GitHubClient } from './client.js';
import type { RepoRef } from './environment.js';
import { isNotFound } from './errors.js';

/** The contents API refuses files over 100 MB (repos/get-content). */
export const CONTENTS_MAX_BYTES = 100 * 1024 * 1024;

export type FileFetch =
  | { readonly status: 'ok'; readonly text: string; readonly size: number }
  | { readonly status: 'missing' }
  /** A directory, symlink or submodule: not a file whose text can be scanned. */
  | { readonly status: 'not-a-file'; readonly type: string }
  | { readonly status: 'too-large'; readonly size: number };

/**
 * The text of one file at a commit, through the contents API. Files up to 1 MB come base64-encoded in the JSON
 * (GitHub wraps the base64 in lines, so decoding ignores whitespace); 1–100 MB files come back with an empty
 * `content` and are fetched again with the raw media type. Symlinks are never followed: their target could
 * point anywhere.
 */
export async function fetchFileAtRef(
  client: GitHubClient,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<FileFetch> {
  let data: unknown;
  try {
    ({ data } = await client.rest.repos.getContent({ ...repo, path, ref }));
  } catch (error) {
    if (isNotFound(error)) return { status: 'missing' };
    throw error;
  }
  if (Array.isArray(data)) return { status: 'not-a-file', type: 'dir' };
  const item = data as { type?: string; size?: number; encoding?: string; content?: string };
  if (item.type !== 'file') return { status: 'not-a-file', type: item.type ?? 'unknown' };
  const size = item.size ?? 0;
  if (size > CONTENTS_MAX_BYTES) return { status: 'too-large', size };
  if (
    item.encoding === 'base64' &&
    typeof item.content === 'string' &&
    (item.content.length > 0 || size === 0)
  ) {
    return { status: 'ok', text: decodeBase64Lenient(item.content), size };
  }
  const raw = await client.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } });
  return { status: 'ok', text: bodyText(raw.data), size };
}

/** Base64 as GitHub sends it: wrapped in lines, possibly with stray whitespace. */
export function decodeBase64Lenient(content: string): string {
  return Buffer.from(content.replace(/[^A-Za-z0-9+/=_-]/g, ''), 'base64').toString('utf8');
}

/** A raw response body as text, whatever the client parsed it into. */
function bodyText(data: unknown): string {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  if (ArrayBuffer.isView(data))
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  throw new Error('the raw contents response had no body');
}
