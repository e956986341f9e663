import { Parser } from 'htmlparser2';

/** A top-level block of a single-file component (.vue, .nvue, .wpy, .mpx). */
export interface SfcBlock {
  readonly tag: 'script' | 'template';
  readonly attrs: Readonly<Record<string, string>>;
  readonly content: string;
  /** Offset of the content in the file. */
  readonly offset: number;
}

/** Splits a single-file component into its `<script>` and `<template>` blocks (nested tags are kept inside). */
export function splitSfc(text: string): SfcBlock[] {
  const blocks: SfcBlock[] = [];
  let depth = 0;
  let open: { tag: 'script' | 'template'; attrs: Record<string, string>; start: number } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const lower = name.toLowerCase();
        if (depth === 0 && (lower === 'script' || lower === 'template')) {
          open = { tag: lower, attrs, start: parser.endIndex + 1 };
        }
        depth++;
      },
      onclosetag(name, isImplied) {
        depth = Math.max(0, depth - 1);
        if (depth === 0 && open && name.toLowerCase() === open.tag) {
          const end = isImplied && parser.startIndex >= text.length ? text.length : parser.startIndex;
          const start = Math.min(open.start, end);
          blocks.push({ tag: open.tag, attrs: open.attrs, content: text.slice(start, end), offset: start });
          open = undefined;
        }
      },
    },
    {
      recognizeSelfClosing: true,
      lowerCaseTags: false,
      lowerCaseAttributeNames: false,
      decodeEntities: false,
    },
  );
  parser.write(text);
  parser.end();
  return blocks;
}

/** A `<script>` block that holds code (not mpx's JSON config block). */
export function isCodeScript(block: SfcBlock): boolean {
  if (block.tag !== 'script') return false;
  const type = block.attrs['type'];
  if (type !== undefined && /json/i.test(type)) return false;
  return block.attrs['name'] !== 'json';
}
