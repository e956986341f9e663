import { Parser } from 'htmlparser2';
import type { SourceLocation } from '../../model/location.js';
import { isWebViewTag } from '../apis.js';
import type { LineIndex } from './positions.js';

/** A piece of an attribute value: literal text, or a `{{ }}` / `:src` expression. */
export type TemplatePiece =
  | { readonly text: string; readonly loc: SourceLocation }
  | { readonly expression: string; readonly loc: SourceLocation };

/** One `<web-view src>` (or `<WebView src>`) in a template. */
export interface WebViewUse {
  /** The tag as written. */
  readonly tag: string;
  /** Where the attribute is written. */
  readonly loc: SourceLocation;
  readonly pieces: readonly TemplatePiece[];
}

const MUSTACHE = /\{\{([\s\S]*?)\}\}/g;

/**
 * Finds web-view sources in WXML-family templates and in SFC templates. `src="https://…"` is literal;
 * `src="{{url}}"` (WXML, WePY, mpx) and `:src="url"` / `v-bind:src` (Vue) are expressions over the page data.
 * `<image>`, `<video>`, `<audio>` and navigator links are not server-domain matters (platform-rules.md §1.2).
 */
export function findWebViews(text: string, offset: number, file: string, lines: LineIndex): WebViewUse[] {
  if (!/web-?view/i.test(text)) return [];
  const uses: WebViewUse[] = [];
  const at = (i: number): SourceLocation => ({ file, ...lines.position(offset + i) });
  let currentTag: string | undefined;
  const parser = new Parser(
    {
      onopentagname(name) {
        currentTag = isWebViewTag(name) ? name : undefined;
      },
      onattribute(name, value, quote) {
        if (currentTag === undefined) return;
        const attrStart = parser.startIndex;
        const valueStart = attrStart + name.length + 1 + (quote ? 1 : 0);
        if (name === 'src') {
          uses.push({ tag: currentTag, loc: at(attrStart), pieces: mustachePieces(value, valueStart, at) });
        } else if (name === ':src' || name === 'v-bind:src') {
          uses.push({
            tag: currentTag,
            loc: at(attrStart),
            pieces: [{ expression: value, loc: at(valueStart) }],
          });
        }
      },
      onopentag() {
        currentTag = undefined;
      },
    },
    {
      recognizeSelfClosing: true,
      lowerCaseTags: false,
      lowerCaseAttributeNames: false,
      decodeEntities: true,
    },
  );
  parser.write(text);
  parser.end();
  return uses;
}

function mustachePieces(
  value: string,
  valueStart: number,
  at: (i: number) => SourceLocation,
): TemplatePiece[] {
  const pieces: TemplatePiece[] = [];
  let last = 0;
  for (const m of value.matchAll(MUSTACHE)) {
    const index = m.index ?? 0;
    if (index > last) pieces.push({ text: value.slice(last, index), loc: at(valueStart + last) });
    pieces.push({ expression: (m[1] ?? '').trim(), loc: at(valueStart + index + 2) });
    last = index + m[0].length;
  }
  if (last < value.length || pieces.length === 0)
    pieces.push({ text: value.slice(last), loc: at(valueStart + last) });
  return pieces;
}
