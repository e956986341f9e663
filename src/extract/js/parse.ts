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

function options(language: ScriptLanguage, sourceType: 'module' | 'script', startLine: number, startColumn: number): ParserOptions {
  const plugins: NonNullable<ParserOptions['plugins']> = ['decorators-legacy'];
  if (language === 'ts' || language === 'tsx') plugins.push('typescript');
  // Plain .js files of Taro and React projects carry JSX.
  if (language !== 'ts') plugins.push('jsx');
  return {
    sourceType,
    startLine,
    startColumn,
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
 * `startLine`/`startColumn` (0-based) place an SFC's `<script>` block where it is in the file.
 */
export function parseScript(code: string, language: ScriptLanguage, startLine = 1, startColumn = 0): ParseOutcome {
  let firstError: unknown;
  for (const sourceType of ['module', 'script'] as const) {
    try {
      const file = parse(code, options(language, sourceType, startLine, startColumn));
      return { ok: true, program: file.program };
    } catch (error) {
      firstError ??= error;
    }
  }
  const loc = (firstError as { loc?: { line?: number } } | undefined)?.loc;
  const message = firstError instanceof Error ? firstError.message : String(firstError);
  return { ok: false, line: loc?.line ?? startLine, message: message.replace(/\s*\(\d+:\d+\)$/, '') };
}
