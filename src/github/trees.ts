import type { GitHubClient } from './client.js';
import type { RepoRef } from './environment.js';

export interface TreeListing {
  /** Regular files (no symlinks, no submodules), with their sizes. */
  readonly files: ReadonlyMap<string, number>;
  /** GitHub stopped listing (over 100,000 entries or 7 MB): some files are missing. */
  readonly truncated: boolean;
}

/** Every file of a commit in one request (git/trees with `recursive`). */
export async function listTree(client: GitHubClient, repo: RepoRef, sha: string): Promise<TreeListing> {
  const { data } = await client.rest.git.getTree({ ...repo, tree_sha: sha, recursive: 'true' });
  const files = new Map<string, number>();
  for (const entry of data.tree) {
    // 120000 is a symlink, 160000 a submodule: neither is read.
    if (entry.type === 'blob' && entry.path && entry.mode !== '120000')
      files.set(entry.path, entry.size ?? 0);
  }
  return { files, truncated: data.truncated };
}
