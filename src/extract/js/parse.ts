import { parse, type ParserOptions } from '@babel/parser';
import type * as t from '@babel/types';

export type ScriptLanguage = 'js' | 'jsx' | 'ts' | 'tsx';

export type ParseOutcome =
  | { readonly ok: true; readonly program: t.Program }
  | { readonly ok: false; readonly line: number; readonly message: string };

/** The script language of a file name (or of an SFC `<script lang>`). */
export function scriptLanguage(fileOrLang: string): ScriptLanguage {
  const lower = fileOrLang.toLowerCase();
  if (lower.endsWith('tsx')) return 'tsx';
  if (/(^|\.)(ts|mts|cts)$/.test(lower)) return 'ts';
  return 'jsx';
}

/** Where a script starts inside its file (an SFC `<script>` block): 1-based line, 0-based column and offset. */
export interface ScriptStart {
  readonly line: number;
  readonly column: number;
  readonly index: number;
}

const FILE_START: ScriptStart = { line: 1, column: 0, index: 0 };

function options(
  language: ScriptLanguage,
  sourceType: 'module' | 'script',
  start: ScriptStart,
): ParserOptions {
  const plugins: NonNullable<ParserOptions['plugins']> = ['decorators-legacy'];
  if (language === 'ts' || language === 'tsx') plugins.push('typescript');
  // Plain .js files of Taro and React projects carry JSX.
  if (language !== 'ts') plugins.push('jsx');
  return {
    sourceType,
    startLine: start.line,
    startColumn: start.column,
    startIndex: start.index,
    errorRecovery: true,
    // Comments are never endpoints; attaching them costs time and memory.
    attachComment: false,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
    allowSuperOutsideMethod: true,
    allowUndeclaredExports: true,
    plugins,
  };
}

/**
 * Parses a script with error recovery. A module parse that fails is retried as a sloppy script (old
 * mini programs use `with`, octal escapes and the like); what still fails is reported with its line.
 * `start` places an SFC's `<script>` block where it is in the file (node offsets are then file offsets).
 */
export function parseScript(
  code: string,
  language: ScriptLanguage,
  start: ScriptStart = FILE_START,
): ParseOutcome {
  let firstError: unknown;
  for (const sourceType of ['module', 'script'] as const) {
    try {
      const file = parse(code, options(language, sourceType, start));
      return { ok: true, program: file.program };
    } catch (error) {
      firstError ??= error;
    }
  }
  const loc = (firstError as { loc?: { line?: number } } | undefined)?.loc;
  const message = firstError instanceof Error ? firstError.message : String(firstError);
  return { ok: false, line: loc?.line ?? start.line, message: message.replace(/\s*\(\d+:\d+\)$/, '') };
}
