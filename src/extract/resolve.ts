import { dirName } from './files.js';

/** A path alias: `@/` → `src/` (tsconfig `paths`, vue-cli and Taro conventions). */
export interface Alias {
  /** Specifier prefix, e.g. `@/` or `~/`; an exact alias has no trailing slash. */
  readonly prefix: string;
  /** Project-relative target directory, `''` for the root. */
  readonly target: string;
}

const EXTENSIONS = [
  '.ts',
  '.tsx',
  '.js',
  '.jsx',
  '.mjs',
  '.cjs',
  '.mts',
  '.cts',
  '.vue',
  '.nvue',
  '.wpy',
  '.mpx',
  '.json',
];

/** Joins and normalises POSIX segments; `undefined` when the path climbs above the project root. */
export function joinPath(base: string, relative: string): string | undefined {
  const out: string[] = base === '' ? [] : base.split('/');
  for (const seg of relative.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

export type Resolution =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'package' }
  | { readonly kind: 'missing' };

/**
 * Resolves import specifiers to project files the way bundlers and the mini program runtime do: relative paths
 * with extension and `index` lookup, `.js` written for a `.ts` source, aliases, `/…` from a mini program root.
 */
export class ModuleResolver {
  constructor(
    private readonly files: ReadonlySet<string>,
    private readonly aliases: readonly Alias[],
    /** Directories holding an `app.json`: where `/utils/x` starts. */
    private readonly roots: readonly string[],
  ) {}

  resolve(fromFile: string, specifier: string): Resolution {
    const spec = specifier.split('?')[0] as string;
    if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') {
      return this.found(this.lookup(joinPath(dirName(fromFile), spec)));
    }
    if (spec.startsWith('/')) {
      for (const root of this.rootsFor(fromFile)) {
        const hit = this.lookup(joinPath(root, spec.slice(1)));
        if (hit) return { kind: 'file', path: hit };
      }
      return { kind: 'missing' };
    }
    for (const alias of this.aliases) {
      const exact = !alias.prefix.endsWith('/');
      if (exact ? spec === alias.prefix : spec.startsWith(alias.prefix)) {
        const rest = exact ? '' : spec.slice(alias.prefix.length);
        return this.found(this.lookup(joinPath(alias.target, rest)));
      }
    }
    // WeChat resolves `utils/x` next to the file before looking into miniprogram_npm.
    const local = this.lookup(joinPath(dirName(fromFile), spec));
    if (local) return { kind: 'file', path: local };
    return { kind: 'package' };
  }

  private found(path: string | undefined): Resolution {
    return path === undefined ? { kind: 'missing' } : { kind: 'file', path };
  }

  private rootsFor(fromFile: string): string[] {
    const mine = this.roots
      .filter((r) => r === '' || fromFile.startsWith(`${r}/`))
      .sort((a, b) => b.length - a.length);
    return [...mine, ''];
  }

  private lookup(base: string | undefined): string | undefined {
    if (base === undefined) return undefined;
    if (this.files.has(base)) return base;
    const withoutJs = base.replace(/\.(?:js|jsx|mjs|cjs)$/, '');
    for (const stem of withoutJs === base ? [base] : [base, withoutJs]) {
      for (const ext of EXTENSIONS) if (this.files.has(stem + ext)) return stem + ext;
    }
    for (const ext of EXTENSIONS) {
      const index = base === '' ? `index${ext}` : `${base}/index${ext}`;
      if (this.files.has(index)) return index;
    }
    return undefined;
  }
}

/** Aliases from `compilerOptions.paths` (`"@/*": ["src/*"]`), relative to the config's `baseUrl`. */
export function aliasesFromPaths(
  configDir: string,
  baseUrl: string | undefined,
  paths: Readonly<Record<string, readonly string[]>>,
): Alias[] {
  const out: Alias[] = [];
  const base = joinPath(configDir, baseUrl ?? '.') ?? configDir;
  for (const [key, targets] of Object.entries(paths)) {
    const first = targets[0];
    if (first === undefined) continue;
    const wildcard = key.endsWith('/*');
    const prefix = wildcard ? key.slice(0, -1) : key;
    const targetPath = wildcard ? first.replace(/\/?\*$/, '') : first;
    const target = joinPath(base, targetPath);
    if (target !== undefined && prefix !== '' && prefix !== '*') out.push({ prefix, target });
  }
  return out;
}

/** The conventional `@/` (and `~/`) alias: `src/` when the project has one, else the root (HBuilderX uni-app). */
export function conventionalAliases(files: Iterable<string>): Alias[] {
  let hasSrc = false;
  for (const f of files) {
    if (f.startsWith('src/')) {
      hasSrc = true;
      break;
    }
  }
  const target = hasSrc ? 'src' : '';
  return [
    { prefix: '@/', target },
    { prefix: '~/', target },
    { prefix: '@', target },
  ];
}
