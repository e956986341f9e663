import type { SkippedFile } from '../model/endpoint.js';
import type { ProjectSource } from '../model/source.js';
import { DEFINE_CONFIG } from './config/define-constants.js';
import { parseJson } from './config/json.js';
import { compilerPathAliases } from './config/paths.js';
import { baseName, dirName, type FileKind } from './files.js';
import type { SourceFile } from './modules.js';
import { importSpecifiers } from './prefilter.js';
import { listCandidates, readFiles, readLimits, type ReadOptions } from './read.js';
import { conventionalAliases, ModuleResolver, type Alias } from './resolve.js';

/** Bounds on following imports out of the changed files (each round is one batch of reads). */
export const MAX_REACH_ROUNDS = 12;
export const MAX_REACH_FILES = 2_000;
/** Reads in flight at once: a whole round, so that the GitHub reader batches it into as few queries as it can. */
const ROUND_CONCURRENCY = 256;

const TEMPLATE_SCRIPT_EXTENSIONS = ['.ts', '.js'];
const ENTRY_SCRIPT = /^(?:app|main)\.[cm]?[jt]s$/;

/**
 * Reads the files `onlyFiles` need, not the whole project: those files, then the project modules and JSON files
 * their imports reach (relative paths, aliases, `/…` from a mini program root), round after round until nothing
 * new is reached, and the few project-wide files a read script depends on (tsconfig paths when it imports by
 * alias, app.json when it imports from a root, .env files when it reads the environment, ext.json,
 * app.js/main.js for `getApp()` and global properties, Taro/Vite define constants). Every path the source
 * lists is known to the resolver, so an import of a file that was not read resolves to a missing module.
 *
 * Through the GitHub API each round is one batched query, which keeps a pull request run within its request
 * budget where reading the whole repository would not.
 */
export async function readReachable(
  source: ProjectSource,
  options: ReadOptions & { readonly onlyFiles: readonly string[] },
  skip: (s: SkippedFile) => void,
) {
  const limits = readLimits(options);
  const { candidates, dataFiles } = await listCandidates(source, options);
  const kinds = new Map<string, FileKind>(candidates.map((c) => [c.path, c.kind]));
  for (const path of dataFiles) kinds.set(path, 'data');
  const listedPaths = [...kinds.keys()];
  const files = new Map<string, SourceFile>();
  const totals = { bytesRead: 0, filesRead: 0 };
  const attempted = new Set<string>();

  const readRound = async (paths: Iterable<string>): Promise<number> => {
    const round: { path: string; kind: FileKind }[] = [];
    for (const path of paths) {
      const kind = kinds.get(path);
      if (kind === undefined || attempted.has(path) || attempted.size >= MAX_REACH_FILES) continue;
      attempted.add(path);
      round.push({ path, kind });
    }
    const concurrency = Math.min(round.length, ROUND_CONCURRENCY);
    await readFiles(source, round, limits, files, totals, skip, concurrency);
    return round.length;
  };

  // The changed files, and the page script of a changed template (its `{{ }}` names come from there).
  const start = new Set<string>();
  for (const path of options.onlyFiles) {
    if (!kinds.has(path) || kinds.get(path) === 'data') continue;
    start.add(path);
    if (kinds.get(path) === 'template') {
      const stem = path.replace(/\.[^./]+$/, '');
      const script = TEMPLATE_SCRIPT_EXTENSIONS.map((ext) => stem + ext).find((p) => kinds.has(p));
      if (script) start.add(script);
    }
  }
  await readRound(start);

  const pathSet = new Set(listedPaths);
  for (let round = 1; round <= MAX_REACH_ROUNDS; round++) {
    const wanted = new Set<string>();
    const resolver = resolverFor(files, pathSet, listedPaths);
    const needs = new Needs();
    for (const file of files.values()) {
      if (file.kind !== 'script' && file.kind !== 'sfc') continue;
      needs.scan(file);
      for (const spec of importSpecifiers(file.text)) {
        const r = resolver.resolve(file.path, spec);
        if (r.kind === 'file') wanted.add(r.path);
      }
    }
    for (const path of needs.projectFiles(listedPaths)) wanted.add(path);
    if ((await readRound(wanted)) === 0) break;
  }
  return { files, dataFiles, listedPaths, filesListed: candidates.length, totals };
}

/** The resolver as the configuration read so far describes it (aliases, mini program roots). */
function resolverFor(
  files: ReadonlyMap<string, SourceFile>,
  pathSet: ReadonlySet<string>,
  listedPaths: readonly string[],
): ModuleResolver {
  const aliases: Alias[] = [];
  const roots: string[] = [];
  for (const file of files.values()) {
    if (file.kind !== 'json') continue;
    const name = baseName(file.path);
    if (name === 'app.json') roots.push(dirName(file.path));
    if (name !== 'tsconfig.json' && name !== 'jsconfig.json') continue;
    const parsed = parseJson(file.text, file.path);
    if (parsed.ok) aliases.push(...compilerPathAliases(file.path, parsed.root));
  }
  aliases.push(...conventionalAliases(listedPaths));
  return new ModuleResolver(pathSet, aliases, roots);
}

/** Project-wide files that the scripts read so far depend on, found by cheap text checks. */
class Needs {
  /** A bare specifier: an alias (tsconfig paths) or a package (a framework build). */
  private aliases = false;
  private roots = false;
  private env = false;
  private ext = false;
  /** Directories of scripts that call `getApp()` or read a global `$property`. */
  private readonly entryDirs = new Set<string>();

  scan(file: SourceFile): void {
    for (const spec of importSpecifiers(file.text)) {
      if (spec.startsWith('/')) this.roots = true;
      else if (!spec.startsWith('.')) this.aliases = true;
    }
    if (/\bprocess\.env\b|\bimport\.meta\.env\b/.test(file.text)) this.env = true;
    if (file.text.includes('getExtConfig')) this.ext = true;
    if (/\bgetApp\s*\(|\.\$[A-Za-z_]/.test(file.text)) this.entryDirs.add(dirName(file.path));
  }

  projectFiles(listedPaths: readonly string[]): string[] {
    const out: string[] = [];
    for (const path of listedPaths) {
      const name = baseName(path);
      // Define constants belong to Taro and Vite builds: projects that import packages or read the environment.
      if (DEFINE_CONFIG.test(path)) {
        if (this.aliases || this.env) out.push(path);
      } else if (name === 'tsconfig.json' || name === 'jsconfig.json') {
        if (this.aliases) out.push(path);
      } else if (name === 'app.json') {
        if (this.roots) out.push(path);
      } else if (name === 'ext.json') {
        if (this.ext) out.push(path);
      } else if (/^\.env(?:\.|$)/.test(name)) {
        if (this.env) out.push(path);
      } else if (ENTRY_SCRIPT.test(name) && this.isAncestorOfUser(dirName(path))) out.push(path);
    }
    return out;
  }

  private isAncestorOfUser(dir: string): boolean {
    for (const user of this.entryDirs)
      if (dir === '' || user === dir || user.startsWith(`${dir}/`)) return true;
    return false;
  }
}
