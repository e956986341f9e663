import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import parseDiff from 'parse-diff';
import { ConfigError } from '../errors.js';
import { localize } from '../i18n/translate.js';
import type { ProjectSource } from '../model/source.js';

const run = promisify(execFile);
const MAX_BUFFER = 64 * 1024 * 1024;

async function git(cwd: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    maxBuffer: MAX_BUFFER,
    encoding: 'utf8',
  });
  return stdout;
}

/** Resolves a ref to a commit sha, with a clear error when it is not one. */
export async function resolveRef(cwd: string, ref: string): Promise<string> {
  try {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    throw new ConfigError(localize('cli.git.badRef', { ref, dir: cwd }));
  }
}

/** The repository's top-level folder, or a ConfigError when `cwd` is not in a git work tree. */
export async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    throw new ConfigError(localize('cli.git.notRepository', { dir: cwd }));
  }
}

/** The project as it is at a commit, read with `git ls-tree` and `git show` (cached, never written to disk). */
export function gitSource(root: string, sha: string, label = `git:${sha.slice(0, 12)}`): ProjectSource {
  const cache = new Map<string, Promise<string | undefined>>();
  let listing: Promise<string[]> | undefined;
  let sizes: Promise<Map<string, number>> | undefined;
  const list = () =>
    (listing ??= git(root, ['ls-tree', '-r', '-z', '--name-only', sha]).then((out) =>
      out.split('\0').filter(Boolean),
    ));
  const sizeMap = () =>
    (sizes ??= git(root, ['ls-tree', '-r', '-z', '-l', sha]).then((out) => {
      const map = new Map<string, number>();
      for (const row of out.split('\0')) {
        const match = /^\d+ blob [0-9a-f]+\s+(\d+)\t(.*)$/s.exec(row);
        if (match) map.set(match[2] as string, Number(match[1]));
      }
      return map;
    }));
  return {
    label,
    listFiles: list,
    fileSize: async (path) => (await sizeMap()).get(path),
    readFile: (path) => {
      let text = cache.get(path);
      if (!text) {
        text = git(root, ['show', `${sha}:${path}`]).catch(() => undefined);
        cache.set(path, text);
      }
      return text;
    },
  };
}

export interface ChangeSet {
  /** Files added, modified or renamed (new path) at head; deleted files are left out. */
  readonly changedFiles: readonly string[];
  /** file → line numbers added at head. */
  readonly addedLines: ReadonlyMap<string, ReadonlySet<number>>;
}

/**
 * What a change adds, from `git diff` between a base commit and a head commit (or the working tree when `head`
 * is undefined, untracked files included), parsed with a real unified-diff parser.
 */
export async function changeSet(
  root: string,
  baseSha: string,
  headSha: string | undefined,
): Promise<ChangeSet> {
  const range = headSha ? [baseSha, headSha] : [baseSha];
  const diff = await git(root, ['diff', '--no-color', '--no-ext-diff', '-M', '--unified=0', ...range, '--']);
  const changedFiles: string[] = [];
  const addedLines = new Map<string, Set<number>>();
  for (const file of parseDiff(diff)) {
    if (file.deleted || !file.to || file.to === '/dev/null') continue;
    changedFiles.push(file.to);
    const lines = new Set<number>();
    for (const chunk of file.chunks) {
      for (const change of chunk.changes) if (change.type === 'add') lines.add(change.ln);
    }
    addedLines.set(file.to, lines);
  }
  if (!headSha) {
    // New files not yet added to git are part of the working tree's change too: every line of them is added.
    const untracked = (await git(root, ['ls-files', '--others', '--exclude-standard', '-z']))
      .split('\0')
      .filter(Boolean);
    for (const path of untracked) {
      if (addedLines.has(path)) continue;
      const text = await readFile(join(root, path), 'utf8').catch(() => '');
      changedFiles.push(path);
      addedLines.set(path, new Set(Array.from({ length: text.split('\n').length }, (_, i) => i + 1)));
    }
  }
  return { changedFiles, addedLines };
}
