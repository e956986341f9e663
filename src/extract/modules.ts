import type { SkippedFile } from '../model/endpoint.js';
import type { FileKind } from './files.js';
import { moduleRecord, type ModuleRecord } from './js/module.js';
import { parseScript, scriptLanguage, type ScriptStart } from './js/parse.js';
import { indexModule } from './js/scope.js';
import { LineIndex } from './markup/positions.js';
import { isCodeScript, splitSfc, type SfcBlock } from './markup/sfc.js';

/**
 * Modules kept parsed at once; older ones are parsed again when needed. An AST takes about 50 bytes per byte of
 * source, so the bound is on source bytes (and a count, for many tiny modules).
 */
const MAX_CACHED_MODULES = 600;
const MAX_CACHED_SOURCE_BYTES = 2_000_000;

export interface SourceFile {
  readonly path: string;
  readonly kind: FileKind;
  readonly text: string;
}

/**
 * Parses scripts into indexed modules and keeps the most recently used ones. A single-file component yields
 * one module per code `<script>` block, at its real line and column. Parse failures are recorded once.
 */
export class ModuleStore {
  private readonly cache = new Map<string, readonly ModuleRecord[]>();
  private cachedBytes = 0;
  private readonly failed = new Set<string>();
  parses = 0;

  constructor(
    private readonly files: ReadonlyMap<string, SourceFile>,
    private readonly onSkip: (skip: SkippedFile) => void,
  ) {}

  /** The module imports of `path` resolve to (a component's main script), cached. */
  module(path: string): ModuleRecord | undefined {
    return this.modules(path, true)[0];
  }

  /**
   * Every code module of a file. `keep: false` parses without caching (a page nobody imports is walked once and
   * dropped), unless it is already cached.
   */
  modules(path: string, keep: boolean): readonly ModuleRecord[] {
    const cached = this.cache.get(path);
    if (cached) {
      this.cache.delete(path);
      this.cache.set(path, cached);
      return cached;
    }
    if (this.failed.has(path)) return [];
    const file = this.files.get(path);
    if (file === undefined) return [];
    const parsed = this.parse(file);
    if (parsed === undefined) {
      this.failed.add(path);
      return [];
    }
    if (keep) {
      this.cache.set(path, parsed);
      this.cachedBytes += file.text.length;
      while (
        this.cache.size > 1 &&
        (this.cache.size > MAX_CACHED_MODULES || this.cachedBytes > MAX_CACHED_SOURCE_BYTES)
      ) {
        const oldest = this.cache.keys().next().value as string;
        this.cache.delete(oldest);
        this.cachedBytes -= this.files.get(oldest)?.text.length ?? 0;
      }
    }
    return parsed;
  }

  private parse(file: SourceFile): ModuleRecord[] | undefined {
    if (file.kind === 'script') {
      const m = this.parseBlock(file.path, file.text, file.text, scriptLanguage(file.path));
      return m ? [m] : undefined;
    }
    if (file.kind === 'json' || file.kind === 'data') {
      // `import config from './config.json'`: the JSON is the module's value.
      const code = `module.exports = ${file.text}`;
      const m = this.parseBlock(file.path, code, code, 'js');
      return m ? [m] : undefined;
    }
    if (file.kind === 'sfc') {
      const blocks = sfcScripts(file.text);
      const lines = new LineIndex(file.text);
      const out: ModuleRecord[] = [];
      for (const block of blocks) {
        const pos = lines.position(block.offset);
        const lang = block.attrs['lang'] ?? 'js';
        const start = { line: pos.line, column: pos.column - 1, index: block.offset };
        const m = this.parseBlock(file.path, block.content, file.text, scriptLanguage(lang), start);
        if (m === undefined) return undefined;
        out.push(m);
      }
      return out;
    }
    return undefined;
  }

  /** `text` is what node offsets index into: the file for an SFC block, else the code itself. */
  private parseBlock(
    path: string,
    code: string,
    text: string,
    language: ReturnType<typeof scriptLanguage>,
    start?: ScriptStart,
  ): ModuleRecord | undefined {
    this.parses++;
    const outcome = parseScript(code, language, start);
    if (!outcome.ok) {
      this.onSkip({ file: path, reason: 'parse-error', detail: `line ${outcome.line}: ${outcome.message}` });
      return undefined;
    }
    try {
      return moduleRecord(path, text, indexModule(outcome.program, path));
    } catch (error) {
      // Nesting deep enough to exhaust the stack: this file is skipped, not the one that imported it.
      const message = error instanceof Error ? error.message : String(error);
      this.onSkip({ file: path, reason: 'parse-error', detail: `could not analyse: ${message}` });
      return undefined;
    }
  }
}

/** Code `<script>` blocks of a component; a plain `<script>` comes before `<script setup>` (it holds the default export). */
export function sfcScripts(text: string): SfcBlock[] {
  const scripts = splitSfc(text).filter(isCodeScript);
  return scripts.sort((a, b) => Number('setup' in a.attrs) - Number('setup' in b.attrs));
}
