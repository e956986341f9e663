import picomatch from 'picomatch';

/** What the extractor does with a file, by its name. */
/**
 * What the extractor reads up front. `data` is any other JSON file (see `isDataFile`): read only when a script
 * imports it, never scanned for URLs by itself.
 */
export type FileKind = 'script' | 'template' | 'sfc' | 'json' | 'env' | 'data';

const SCRIPT = /\.(?:js|mjs|cjs|ts|mts|cts|jsx|tsx)$/i;
const DECLARATION = /\.d\.(?:ts|mts|cts)$/i;
const TEMPLATE = /\.(?:wxml|axml|swan|ttml|qml)$/i;
const SFC = /\.(?:vue|nvue|wpy|mpx)$/i;
/** JSON files that configure a mini program or its tooling (platform-rules.md §1.5, §3). */
export const JSON_CONFIG_NAMES: ReadonlySet<string> = new Set([
  'app.json',
  'ext.json',
  'project.config.json',
  'project.private.config.json',
  'manifest.json',
  'tsconfig.json',
  'jsconfig.json',
]);
const ENV = /^\.env(?:\.[\w.-]+)?$/;
/** Example env files hold placeholders, not the values a build uses. */
const ENV_EXAMPLE = /\.(?:example|sample|template|dist|defaults)$/i;

export function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash >= 0 ? path.slice(slash + 1) : path;
}

export function dirName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash >= 0 ? path.slice(0, slash) : '';
}

export function fileKind(path: string): FileKind | undefined {
  const name = baseName(path);
  if (SCRIPT.test(name)) return DECLARATION.test(name) ? undefined : 'script';
  if (TEMPLATE.test(name)) return 'template';
  if (SFC.test(name)) return 'sfc';
  if (JSON_CONFIG_NAMES.has(name)) return 'json';
  if (ENV.test(name) && !ENV_EXAMPLE.test(name)) return 'env';
  return undefined;
}

/**
 * A JSON file a script may import (`import hosts from './hosts.json'`). package.json, lock files and page
 * configs are such files too: they are never scanned by themselves, so their URLs are not endpoints.
 */
export function isDataFile(path: string): boolean {
  return /\.json$/i.test(path) && !JSON_CONFIG_NAMES.has(baseName(path));
}

/**
 * Paths skipped unless `include` names them: dependencies, build output, platform plugins, tests and fixtures
 * (issue 2: "Default paths skip node_modules, miniprogram_npm, dist/build output, uni_modules, tests and fixtures").
 */
export const DEFAULT_SKIPS: readonly string[] = [
  '**/node_modules/**',
  '**/miniprogram_npm/**',
  '**/dist/**',
  '**/build/**',
  '**/unpackage/**',
  '**/output/**',
  '**/uni_modules/**',
  '**/test/**',
  '**/tests/**',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/fixtures/**',
  '**/*.test.*',
  '**/*.spec.*',
];

export interface Selection {
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
}

/** Decides which listed paths the extractor reads: default skips, overridden by `include`; `exclude` always wins. */
export function fileFilter(selection: Selection): (path: string) => boolean {
  const opts = { dot: true };
  const skipped = picomatch([...DEFAULT_SKIPS], opts);
  const included = selection.include?.length ? picomatch([...selection.include], opts) : () => false;
  const excluded = selection.exclude?.length ? picomatch([...selection.exclude], opts) : () => false;
  return (path) => {
    if (excluded(path)) return false;
    if (included(path)) return true;
    return !skipped(path);
  };
}
