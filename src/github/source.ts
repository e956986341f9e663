import type { ChangedFile, PullRequestChanges } from '../changes/changed-files.js';
import type { Logger } from '../logger.js';
import type { ProjectSource } from '../model/source.js';
import { describeGitHubError } from './errors.js';
import type { GitHubFileReader } from './file-reader.js';
import type { WorkspaceReader } from './workspace.js';

/** Where a pull request's head files are read: the API at the head sha, or a work tree that holds that commit. */
export type HeadFiles =
  | { readonly kind: 'api'; readonly reader: GitHubFileReader; readonly sha: string }
  | { readonly kind: 'workspace'; readonly reader: WorkspaceReader; readonly sha: string };

export interface GitHubSourceOptions {
  readonly head: HeadFiles;
  /** The reader for the base side (always the API: the work tree holds only the head commit). */
  readonly api: GitHubFileReader;
  readonly baseSha: string;
  readonly changes: PullRequestChanges;
  /** `owner/repo`, for labels. */
  readonly repoName: string;
  /**
   * Every file path at head, for import resolution and for confirming that an entry is unused anywhere. Called
   * at most once, when the engine first lists files; without it, only the changed files are listed.
   */
  readonly listHeadTree?: () => Promise<{
    readonly files: ReadonlyMap<string, number>;
    readonly truncated: boolean;
  }>;
  readonly logger?: Logger;
}

export interface PullRequestSources {
  readonly head: ProjectSource;
  readonly base: ProjectSource;
}

/**
 * The two sides of a pull request as ProjectSources. `listFiles()` gives the whole tree of each side when
 * `listHeadTree` is given (one git/trees request, made only if the engine lists files), else the changed files;
 * the engine's `changedFiles` says which of them are entry points. Reads
 * are lazy and cached; any path can be read (imports may lead outside the changed files).
 *
 * The base side reads a file at the base sha only when the pull request changed it; a file the pull request did
 * not touch is by definition the same on both sides of its diff, so it is read at the head (once, from the
 * cache). That keeps whitelist-diffing at one read when the whitelist is unchanged, and compares against the
 * diff's own base even when the base branch moved on.
 */
export function githubSource(options: GitHubSourceOptions): PullRequestSources {
  const { head, api, baseSha, changes } = options;
  const headByPath = new Map<string, ChangedFile>();
  for (const file of changes.files) if (file.kind !== 'removed') headByPath.set(file.path, file);
  // Paths the pull request touched, and whether each existed at base. A path that an added file or a rename
  // target occupies did not exist, unless another change moved a base file away from it.
  const touchedAtBase = new Map<string, boolean>();
  for (const file of changes.files) if (file.kind !== 'added') touchedAtBase.set(file.basePath, true);
  for (const file of changes.files) if (!touchedAtBase.has(file.path)) touchedAtBase.set(file.path, false);
  let tree: Promise<{ paths: string[]; sizes: ReadonlyMap<string, number> }> | undefined;
  const headTree = () =>
    (tree ??= (async () => {
      const changed = [...headByPath.keys()];
      if (!options.listHeadTree) return { paths: changed, sizes: new Map<string, number>() };
      try {
        const listing = await options.listHeadTree();
        if (listing.truncated)
          options.logger?.warning(
            'GitHub truncated the file tree of the head commit; some files are not listed',
          );
        // Changed files first: they are the entry points; a truncated tree may have left some out.
        const paths = [...new Set([...changed, ...listing.files.keys()])];
        return { paths, sizes: listing.files };
      } catch (error) {
        options.logger?.warning(
          `Could not list the files of the head commit (${describeGitHubError(error)}); only changed files are listed`,
        );
        return { paths: changed, sizes: new Map<string, number>() };
      }
    })());
  const readHead = (path: string): Promise<string | undefined> =>
    head.kind === 'api' ? head.reader.read(head.sha, path) : head.reader.read(path);
  const headSource: ProjectSource = {
    label: `github:${options.repoName}@${head.sha.slice(0, 7)}${head.kind === 'workspace' ? ' (workspace)' : ''}`,
    listFiles: async () => (await headTree()).paths,
    readFile: readHead,
    fileSize: async (path) =>
      head.kind === 'api'
        ? (head.reader.knownSize(head.sha, path) ?? (await headTree()).sizes.get(path))
        : head.reader.size(path),
  };
  const baseSource: ProjectSource = {
    label: `github:${options.repoName}@${baseSha.slice(0, 7)}`,
    // The base tree is the head tree with the pull request's changes undone (the diff's own base).
    listFiles: async () => {
      const { paths } = await headTree();
      const base = new Set(paths.filter((p) => touchedAtBase.get(p) !== false));
      for (const [path, existed] of touchedAtBase) if (existed) base.add(path);
      return [...base];
    },
    readFile: async (path) => {
      const existed = touchedAtBase.get(path);
      if (existed === undefined) return readHead(path);
      return existed ? api.read(baseSha, path) : undefined;
    },
    fileSize: async (path) =>
      touchedAtBase.has(path) ? api.knownSize(baseSha, path) : headSource.fileSize?.(path),
  };
  return { head: headSource, base: baseSource };
}
