import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';

/**
 * The commit checked out in a workspace, read from `.git` files without running git. Undefined when the
 * directory is not a git work tree or the HEAD cannot be resolved.
 */
export async function workspaceHeadSha(root: string): Promise<string | undefined> {
  const gitDir = await resolveGitDir(root);
  if (!gitDir) return undefined;
  const head = (await readText(join(gitDir, 'HEAD')))?.trim();
  if (!head) return undefined;
  if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head)) return head;
  const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
  if (!ref || ref.split('/').includes('..')) return undefined;
  const loose = (await readText(join(gitDir, ref)))?.trim();
  if (loose && /^[0-9a-f]{40}/.test(loose)) return loose.slice(0, 40);
  const packed = await readText(join(gitDir, 'packed-refs'));
  for (const line of packed?.split('\n') ?? []) {
    const [sha, name] = line.trim().split(' ');
    if (name === ref && sha && /^[0-9a-f]{40}$/.test(sha)) return sha;
  }
  return undefined;
}

async function resolveGitDir(root: string): Promise<string | undefined> {
  const dotGit = join(root, '.git');
  const info = await lstat(dotGit).catch(() => undefined);
  if (info?.isDirectory()) return dotGit;
  if (info?.isFile()) {
    // Worktrees and submodules: ".git" is a file "gitdir: <path>".
    const target = /^gitdir: (.+)$/m.exec((await readText(dotGit)) ?? '')?.[1]?.trim();
    if (target) return isAbsolute(target) ? target : resolve(root, target);
  }
  return undefined;
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Reads repository files from a checked-out work tree. */
export interface WorkspaceReader {
  read(path: string): Promise<string | undefined>;
  size(path: string): Promise<number | undefined>;
}

/**
 * A reader confined to `root`. Under `pull_request_target` the work tree may hold an untrusted head commit, so
 * paths that climb out, absolute paths and symlinks are refused (a symlink could point at the runner's files);
 * the API source refuses symlinks too, so both sources see the same files.
 */
export function workspaceReader(root: string): WorkspaceReader {
  const rootReal = realpath(root);
  const locate = async (path: string): Promise<string | undefined> => {
    if (!path || path.includes('\u0000') || isAbsolute(path) || path.split(/[\\/]/).includes('..'))
      return undefined;
    const full = resolve(root, path);
    const info = await lstat(full).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const real = await realpath(full).catch(() => undefined);
    const base = await rootReal;
    if (!real || !real.startsWith(base.endsWith(sep) ? base : base + sep)) return undefined;
    return real;
  };
  return {
    async read(path) {
      const file = await locate(path);
      return file === undefined ? undefined : readFile(file, 'utf8').catch(() => undefined);
    },
    async size(path) {
      const file = await locate(path);
      return file === undefined ? undefined : (await stat(file)).size;
    },
  };
}

/** Directories never worth listing: git's own data and installed dependencies. */
const UNLISTED_DIRS: ReadonlySet<string> = new Set(['.git', 'node_modules']);

/**
 * Every regular file of a work tree with its size, as repository-relative POSIX paths. Symlinks are left out
 * (they are not followed when read either); the walk stops after `maxFiles` files.
 */
export async function listWorkspaceFiles(
  root: string,
  maxFiles = 200_000,
): Promise<{ files: Map<string, number>; truncated: boolean }> {
  const files = new Map<string, number>();
  const pending = [''];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!UNLISTED_DIRS.has(entry.name)) pending.push(rel);
      } else if (entry.isFile()) {
        if (files.size >= maxFiles) return { files, truncated: true };
        files.set(rel, (await stat(join(root, rel)).catch(() => undefined))?.size ?? 0);
      }
    }
  }
  return { files, truncated: false };
}
