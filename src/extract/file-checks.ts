import type { SkippedFile } from '../model/endpoint.js';

export const DEFAULT_MAX_FILE_BYTES = 1_000_000;

/** A line this long is not written by hand. */
const LONG_LINE = 1_000;
/** Small files are parsed whatever their shape: cheap, and a short one-liner is not a bundle. */
const MIN_MINIFIED_BYTES = 4_096;

/** Why a file's text is not worth parsing, or `undefined` when it is. */
export function contentProblem(text: string): { reason: SkippedFile['reason']; detail: string } | undefined {
  const probe = text.length > 8_192 ? text.slice(0, 8_192) : text;
  if (probe.includes('\u0000')) return { reason: 'binary', detail: 'NUL byte' };
  if (text.length >= MIN_MINIFIED_BYTES) {
    // Minified bundles: most of the text sits on very long lines.
    let longBytes = 0;
    let longest = 0;
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const length = end - start;
      if (length > LONG_LINE) longBytes += length;
      if (length > longest) longest = length;
      start = end + 1;
    }
    if (longBytes > text.length / 2)
      return { reason: 'minified', detail: `longest line ${longest} characters` };
  }
  return undefined;
}
