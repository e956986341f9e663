import type { Endpoint, SkippedFile, UnresolvedCall, UrlCheckDisabled } from '../model/endpoint.js';
import type { ProjectSource } from '../model/source.js';
import type { Platform } from '../model/whitelist.js';
import { TARO_ENV } from './conditional.js';
import { parseEnvFile } from './config/env-file.js';
import { DEFINE_CONFIG, defineConstants } from './config/define-constants.js';
import { jsonAt, jsonValue, parseJson } from './config/json.js';
import { compilerPathAliases } from './config/paths.js';
import { urlCheckSettings, type ParsedConfig } from './config/url-check.js';
import { urlFacts } from './facts.js';
import { baseName, dirName, type FileKind } from './files.js';
import type { Expression } from '@babel/types';
import type { ImportTarget, ProjectContext } from './js/context.js';
import type { ScopeRec } from './js/scope.js';
import { Evaluator } from './js/evaluate.js';
import { moduleRecord, type ModuleRecord } from './js/module.js';
import { parseScript } from './js/parse.js';
import { indexModule } from './js/scope.js';
import { Interceptors } from './js/interceptors.js';
import { Visitor, type VisitSink } from './js/visit.js';
import { LineIndex } from './markup/positions.js';
import { splitSfc } from './markup/sfc.js';
import { findWebViews, type WebViewUse } from './markup/template.js';
import { HeapGuard } from './memory.js';
import { ModuleStore, type SourceFile } from './modules.js';
import { hasTrigger, importSpecifiers, relevantFiles } from './prefilter.js';
import { readReachable } from './reach.js';
import { readFiles, readLimits, readProject } from './read.js';
import { conventionalAliases, ModuleResolver, type Alias } from './resolve.js';
import { compareLoc, compareText, settle } from './settle.js';
import { concat, hole, str, union, type Value } from './value.js';

export interface ExtractOptions {
  /** Globs (picomatch) that override the default skips. */
  readonly include?: readonly string[];
  /** Extra globs to skip; they win over `include`. */
  readonly exclude?: readonly string[];
  /**
   * Diff mode: only report endpoints, unresolved calls and urlCheck settings whose USE SITE is in one of these
   * files. Only these files and what their imports reach are read (see ./reach.ts), not the whole project; a
   * call that depends on an import that could not be read is reported as unresolved (`unknown-import`).
   */
  readonly onlyFiles?: readonly string[];
  /**
   * With `onlyFiles`: `use` (default) keeps facts used in those files; `use-or-definition` also keeps endpoints
   * whose URL is defined there (`definedAt`), so that a change to a config module reports the calls it affects.
   * Finding those callers takes reading every listed file, as without `onlyFiles`.
   */
  readonly onlyFilesMatch?: 'use' | 'use-or-definition';
  /** Files larger than this are skipped (default 1,000,000 bytes). */
  readonly maxFileBytes?: number;
  /**
   * The platform the build targets (default `wechat`): code that uni-app conditional comments (`#ifdef`,
   * `#ifndef`) drop for it is not read, and `process.env.TARO_ENV` is its Taro name (platform-rules.md §3).
   */
  readonly platform?: Platform;
}

export interface ExtractionStats {
  /** Files the extractor considered: listed by the source, of a kind it reads, not skipped by the globs. */
  readonly filesListed: number;
  readonly filesRead: number;
  /** Scripts, script blocks, templates and JSON files parsed (a module parsed twice counts twice). */
  readonly filesParsed: number;
  readonly bytesRead: number;
}

export interface ExtractionResult {
  readonly endpoints: Endpoint[];
  readonly unresolved: UnresolvedCall[];
  readonly urlCheckDisabled: UrlCheckDisabled[];
  readonly skipped: SkippedFile[];
  readonly stats: ExtractionStats;
}

const TEMPLATE_SCRIPT_EXTENSIONS = ['.ts', '.js'];

/**
 * One extraction over one project: project-wide facts (env files, ext.json, aliases, mini program roots), the
 * module store, the evaluator, and the visit of every file that can contribute.
 */
class Extraction implements ProjectContext {
  readonly skipped: SkippedFile[] = [];
  private readonly skippedFiles = new Set<string>();
  readonly sink: VisitSink = { facts: [], followed: new Set(), inert: new Set() };
  readonly store: ModuleStore;
  readonly evaluator: Evaluator;
  private resolver!: ModuleResolver;
  private readonly env = new Map<string, Value>();
  private readonly constants = new Map<string, Value>();
  private readonly globalProps = new Map<
    string,
    { module: ModuleRecord; expr: Expression; scope: ScopeRec }[]
  >();
  private ext: Value | undefined;
  private readonly configs: ParsedConfig[] = [];
  private readonly appCache = new Map<string, Value | undefined>();
  extraParses = 0;

  constructor(
    readonly files: Map<string, SourceFile>,
    private readonly dataFiles: readonly string[],
    /**
     * Every path imports may resolve to, when only part of the project was read; an import of a listed file
     * that was not read is then a missing module (an `unknown-import` hole), not a package.
     */
    private readonly listedPaths?: readonly string[],
  ) {
    this.store = new ModuleStore(files, (s) => this.skip(s));
    this.evaluator = new Evaluator(this);
  }

  skip(s: SkippedFile): void {
    if (this.skippedFiles.has(s.file)) return;
    this.skippedFiles.add(s.file);
    this.skipped.push(s);
  }

  // ---- project-wide configuration ----------------------------------------------------------------

  /** Project-wide configuration; `platform` fixes `process.env.TARO_ENV`, which Taro sets from the build target. */
  readConfiguration(platform: Platform): void {
    const aliases: Alias[] = [];
    const roots: string[] = [];
    const exts: Value[] = [];
    const envs = new Map<string, Value[]>();
    for (const file of this.files.values()) {
      if (file.kind === 'env') {
        for (const def of parseEnvFile(file.text, file.path)) {
          const list = envs.get(def.key) ?? [];
          list.push(str(def.value, def.loc));
          envs.set(def.key, list);
        }
        continue;
      }
      if (file.kind !== 'json') continue;
      const name = baseName(file.path);
      if (name === 'app.json') roots.push(dirName(file.path));
      const parsed = parseJson(file.text, file.path);
      this.extraParses++;
      if (!parsed.ok) {
        // app.json of a page bundle and the like are often templated; only files we read matter.
        if (name !== 'tsconfig.json' && name !== 'jsconfig.json') {
          this.skip({
            file: file.path,
            reason: 'parse-error',
            detail: `line ${parsed.line}: ${parsed.message}`,
          });
        }
        continue;
      }
      this.configs.push({ file: file.path, root: parsed.root });
      if (name === 'ext.json') {
        const ext = jsonAt(parsed.root, ['ext']);
        if (ext) exts.push(jsonValue(ext.value));
      } else if (name === 'tsconfig.json' || name === 'jsconfig.json') {
        aliases.push(...compilerPathAliases(file.path, parsed.root));
      }
    }
    for (const [key, values] of envs) this.env.set(key, union(values));
    this.env.set('TARO_ENV', str(TARO_ENV[platform]));
    if (exts.length > 0) this.ext = union(exts);
    const paths = this.listedPaths ?? [...this.files.keys(), ...this.dataFiles];
    aliases.push(...conventionalAliases(paths));
    this.resolver = new ModuleResolver(new Set(paths), aliases, roots);
  }

  urlCheckDisabled(): UrlCheckDisabled[] {
    return urlCheckSettings(this.configs);
  }

  // ---- ProjectContext -----------------------------------------------------------------------------

  resolveImport(from: ModuleRecord, specifier: string): ImportTarget {
    const r = this.resolver.resolve(from.file, specifier);
    if (r.kind === 'package') return { kind: 'package', name: specifier };
    if (r.kind === 'missing') return { kind: 'missing' };
    const module = this.store.module(r.path);
    return module ? { kind: 'module', module } : { kind: 'missing' };
  }

  resolvePath(fromFile: string, specifier: string): string | undefined {
    const r = this.resolver.resolve(fromFile, specifier);
    return r.kind === 'file' ? r.path : undefined;
  }

  globalConstant(name: string): Value | undefined {
    return this.constants.get(name);
  }

  /**
   * Runs `use` on every code module of the scripts and components `wanted` picks, before the main visit.
   * A failure skips that file (with the reason) and the rest goes on.
   */
  private eachModule(wanted: (file: SourceFile) => boolean, use: (module: ModuleRecord) => void): void {
    for (const file of this.files.values()) {
      if ((file.kind !== 'script' && file.kind !== 'sfc') || !wanted(file)) continue;
      try {
        for (const module of this.store.modules(file.path, true)) use(module);
      } catch (error) {
        this.skip({ file: file.path, reason: 'parse-error', detail: internalDetail(error) });
      }
    }
  }

  /** Build-time constants of Taro's `config/*.js` and Vite's config, read before any script uses them. */
  readDefineConstants(): void {
    const found = new Map<string, Value[]>();
    this.eachModule(
      (f) => DEFINE_CONFIG.test(f.path) && /\bdefine(?:Constants)?\b/.test(f.text),
      (module) => defineConstants(this.evaluator, module, found),
    );
    for (const [name, values] of found) this.constants.set(name, union(values));
  }

  envVar(name: string): Value | undefined {
    return this.env.get(name);
  }

  extConfig(): Value | undefined {
    return this.ext;
  }

  appInstance(from: ModuleRecord): Value | undefined {
    let dir = dirName(from.file);
    for (;;) {
      for (const ext of TEMPLATE_SCRIPT_EXTENSIONS) {
        const path = dir === '' ? `app${ext}` : `${dir}/app${ext}`;
        if (!this.files.has(path)) continue;
        if (!this.appCache.has(path)) this.appCache.set(path, this.appValue(path));
        return this.appCache.get(path);
      }
      if (dir === '') return undefined;
      dir = dirName(dir);
    }
  }

  /** `getApp()`: the options given to `App({…})` (globalData, methods), as its `this` sees them. */
  private appValue(path: string): Value | undefined {
    const module = this.store.module(path);
    if (!module || !module.index.components.some((c) => c.call === 'App')) return undefined;
    const ev = this.evaluator;
    return { kind: 'obj', keys: () => [], get: (key) => ev.templateName(module, key) };
  }

  globalProperty(key: string): Value | undefined {
    const sites = this.globalProps.get(key);
    if (sites === undefined) return undefined;
    return union(
      sites.map(({ module, expr, scope }) =>
        this.evaluator.evaluate(expr, this.evaluator.staticEnv(module, scope)),
      ),
    );
  }

  /** `Vue.prototype.$http = …` and friends, found before any component reads them. */
  readGlobalProperties(): void {
    this.eachModule(
      (f) => /prototype\.\$|globalProperties|\b(?:uni|wx|Taro|my|tt|swan|qq)\.\$\w+\s*=/.test(f.text),
      (module) => {
        for (const prop of module.index.globalProps) {
          const list = this.globalProps.get(prop.key) ?? [];
          list.push({ module, expr: prop.expr, scope: prop.scope });
          this.globalProps.set(prop.key, list);
        }
      },
    );
  }

  // ---- visiting -----------------------------------------------------------------------------------

  /** Scripts worth visiting: those with a trigger word, and their importers (transitively). */
  relevantScripts(): { relevant: Set<string>; imported: Set<string> } {
    const triggered = new Set<string>();
    // `this.$http.get(…)` in a component is a call through a global property: such files count too.
    const globalNames = [...this.globalProps.keys()].map((k) => k.slice(k.indexOf('$')));
    const imports = new Map<string, string[]>();
    const imported = new Set<string>();
    for (const file of this.files.values()) {
      if (file.kind !== 'script' && file.kind !== 'sfc') continue;
      if (hasTrigger(file.text) || globalNames.some((name) => file.text.includes(name)))
        triggered.add(file.path);
      const targets: string[] = [];
      for (const spec of importSpecifiers(file.text)) {
        const target = this.resolvePath(file.path, spec);
        if (target !== undefined) {
          targets.push(target);
          imported.add(target);
        }
      }
      if (targets.length) imports.set(file.path, targets);
    }
    return { relevant: relevantFiles(triggered, imports), imported };
  }

  /** JSON files that scripts import (read now, so that evaluation can stay synchronous). */
  importedData(imported: ReadonlySet<string>): { path: string; kind: FileKind }[] {
    return this.dataFiles.filter((p) => imported.has(p)).map((path) => ({ path, kind: 'data' as const }));
  }

  /** `uni.addInterceptor(…)` calls anywhere in the project, read before any call they apply to. */
  interceptors(): Interceptors {
    const found = new Interceptors();
    this.eachModule(
      (f) => f.text.includes('addInterceptor'),
      (module) => found.add(this.evaluator, module),
    );
    return found;
  }

  visitScripts(paths: readonly string[], imported: ReadonlySet<string>): void {
    const relevant = new Set(paths);
    const visitor = new Visitor(this.evaluator, this.sink, this.interceptors(), (file) => relevant.has(file));
    const heap = new HeapGuard();
    for (const path of paths) {
      heap.check();
      try {
        for (const module of this.store.modules(path, imported.has(path))) visitor.visitModule(module);
      } catch (error) {
        this.skip({ file: path, reason: 'parse-error', detail: internalDetail(error) });
      }
    }
  }

  /** `<web-view src>` in templates (.wxml and friends) and in single-file components. */
  visitTemplates(): void {
    for (const file of this.files.values()) {
      if (file.kind !== 'template' && file.kind !== 'sfc') continue;
      if (!/web-?view/i.test(file.text)) continue;
      try {
        const lines = new LineIndex(file.text);
        let uses: WebViewUse[] = [];
        let scripts: readonly ModuleRecord[];
        if (file.kind === 'template') {
          uses = findWebViews(file.text, 0, file.path, lines);
          scripts = this.pageScripts(file.path);
        } else {
          for (const block of splitSfc(file.text)) {
            if (block.tag === 'template')
              uses.push(...findWebViews(block.content, block.offset, file.path, lines));
          }
          scripts = uses.length ? this.store.modules(file.path, false) : [];
        }
        this.extraParses++;
        for (const use of uses) this.webViewFacts(use, scripts);
      } catch (error) {
        this.skip({ file: file.path, reason: 'parse-error', detail: internalDetail(error) });
      }
    }
  }

  /** The script of a WXML page: same folder and name (`index.wxml` → `index.js` / `index.ts`). */
  private pageScripts(templatePath: string): readonly ModuleRecord[] {
    const stem = templatePath.replace(/\.[^./]+$/, '');
    for (const ext of TEMPLATE_SCRIPT_EXTENSIONS) {
      if (this.files.has(stem + ext)) return this.store.modules(stem + ext, true);
    }
    return [];
  }

  private webViewFacts(use: WebViewUse, scripts: readonly ModuleRecord[]): void {
    const parts: Value[] = use.pieces.map((piece) =>
      'text' in piece
        ? str(piece.text, piece.loc)
        : this.templateExpression(piece.expression, piece.loc.file, scripts),
    );
    const value = parts.reduce<Value>((acc, v, i) => (i === 0 ? v : concat(acc, v)), str(''));
    const site = use.loc;
    this.sink.facts.push(
      ...urlFacts({ api: `<${use.tag} src>`, list: 'webview', site, onlyViaArg: false }, value),
    );
  }

  /** Evaluates a `{{ }}` / `:src` expression with the page's data as its free names. */
  private templateExpression(expression: string, file: string, scripts: readonly ModuleRecord[]): Value {
    const parsed = parseScript(`(${expression})`, 'jsx');
    if (!parsed.ok) return hole('runtime-value', expression);
    const statement = parsed.program.body[0];
    if (statement?.type !== 'ExpressionStatement') return hole('runtime-value', expression);
    const globals = (name: string): Value | undefined => {
      for (const m of scripts) {
        const v = this.evaluator.templateName(m, name);
        if (v !== undefined) return v;
      }
      return hole('runtime-value', name);
    };
    const module = moduleRecord(file, `(${expression})`, indexModule(parsed.program, file), globals);
    const env = this.evaluator.staticEnv(module, module.index.programScope);
    return this.evaluator.evaluate(statement.expression, env);
  }
}

function internalDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `could not analyse: ${message}`;
}

/** Finds every endpoint a mini program project calls (see ./index.ts for the contract). */
export async function extractProject(
  source: ProjectSource,
  options: ExtractOptions = {},
): Promise<ExtractionResult> {
  const early: SkippedFile[] = [];
  const skip = (s: SkippedFile) => early.push(s);
  // Diff mode reads the changed files and what they import, not the whole project (a pull request read through
  // the API could not afford that); `use-or-definition` needs the callers of a changed definition, which only a
  // whole read finds.
  const reachOnly = options.onlyFiles !== undefined && options.onlyFilesMatch !== 'use-or-definition';
  const read = reachOnly
    ? await readReachable(source, { ...options, onlyFiles: options.onlyFiles ?? [] }, skip)
    : { ...(await readProject(source, options, skip)), listedPaths: undefined };
  const x = new Extraction(read.files, read.dataFiles, read.listedPaths);
  x.readConfiguration(options.platform ?? 'wechat');
  x.readDefineConstants();
  x.readGlobalProperties();
  const { relevant, imported } = x.relevantScripts();
  const data = x.importedData(imported).filter((d) => !read.files.has(d.path));
  await readFiles(source, data, readLimits(options), read.files, read.totals, skip);
  for (const s of early) x.skip(s);
  x.visitScripts([...relevant].sort(), imported);
  x.visitTemplates();
  const only = options.onlyFiles ? new Set(options.onlyFiles) : undefined;
  const matchDefinition = options.onlyFilesMatch === 'use-or-definition';
  const { endpoints, unresolved } = settle(x.sink.facts, x.sink.followed, only, matchDefinition);
  const urlCheckDisabled = x
    .urlCheckDisabled()
    .filter((u) => !only || only.has(u.file))
    .sort((a, b) => compareLoc(a, b) || compareText(a.key, b.key));
  const skipped = [...x.skipped].sort((a, b) => compareText(a.file, b.file));
  return {
    endpoints,
    unresolved,
    urlCheckDisabled,
    skipped,
    stats: {
      filesListed: read.filesListed + data.length,
      filesRead: read.totals.filesRead,
      filesParsed: x.store.parses + x.extraParses,
      bytesRead: read.totals.bytesRead,
    },
  };
}
