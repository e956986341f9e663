import { parseExpression } from '@babel/parser';
import type * as t from '@babel/types';
import type { SourceLocation } from '../../model/location.js';
import { staticKey } from '../js/ast.js';
import { plainObject, prim, str, UNDEFINED, type Value } from '../value.js';

/** A JSON (or JSON-with-comments) value with where each part is written. */
export type JsonNode =
  | {
      readonly type: 'object';
      readonly loc: SourceLocation;
      readonly entries: ReadonlyMap<string, JsonEntry>;
    }
  | { readonly type: 'array'; readonly loc: SourceLocation; readonly items: readonly JsonNode[] }
  | { readonly type: 'string'; readonly loc: SourceLocation; readonly value: string }
  | {
      readonly type: 'number' | 'boolean' | 'null';
      readonly loc: SourceLocation;
      readonly value: number | boolean | null;
    }
  | { readonly type: 'other'; readonly loc: SourceLocation };

export interface JsonEntry {
  /** Where the key is written. */
  readonly keyLoc: SourceLocation;
  readonly value: JsonNode;
}

export type JsonParse =
  | { readonly ok: true; readonly root: JsonNode }
  | { readonly ok: false; readonly line: number; readonly message: string };

/**
 * Parses JSON with positions. uni-app's manifest.json and the WeChat project files allow comments, so the text
 * is read as a JavaScript expression (a superset) rather than with JSON.parse.
 */
export function parseJson(text: string, file: string): JsonParse {
  try {
    const expr = parseExpression(text.replace(/^\uFEFF/, ''), { errorRecovery: false });
    return { ok: true, root: toNode(expr, file) };
  } catch (error) {
    const line = (error as { loc?: { line?: number } }).loc?.line ?? 1;
    const message = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, '') : String(error);
    return { ok: false, line, message };
  }
}

function locOf(node: t.Node, file: string): SourceLocation {
  return { file, line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 };
}

function toNode(node: t.Node, file: string): JsonNode {
  const loc = locOf(node, file);
  switch (node.type) {
    case 'ObjectExpression': {
      const entries = new Map<string, JsonEntry>();
      for (const p of node.properties) {
        if (p.type !== 'ObjectProperty') continue;
        const key = staticKey(p.key, p.computed);
        if (key !== undefined) entries.set(key, { keyLoc: locOf(p.key, file), value: toNode(p.value, file) });
      }
      return { type: 'object', loc, entries };
    }
    case 'ArrayExpression':
      return {
        type: 'array',
        loc,
        items: node.elements.flatMap((e) => (e && e.type !== 'SpreadElement' ? [toNode(e, file)] : [])),
      };
    case 'StringLiteral':
      return { type: 'string', loc, value: node.value };
    case 'NumericLiteral':
      return { type: 'number', loc, value: node.value };
    case 'BooleanLiteral':
      return { type: 'boolean', loc, value: node.value };
    case 'NullLiteral':
      return { type: 'null', loc, value: null };
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument.type === 'NumericLiteral')
        return { type: 'number', loc, value: -node.argument.value };
      return { type: 'other', loc };
    default:
      return { type: 'other', loc };
  }
}

/** Follows a key path through objects. */
export function jsonAt(root: JsonNode, path: readonly string[]): JsonEntry | undefined {
  let node: JsonNode = root;
  let entry: JsonEntry | undefined;
  for (const key of path) {
    if (node.type !== 'object') return undefined;
    entry = node.entries.get(key);
    if (entry === undefined) return undefined;
    node = entry.value;
  }
  return entry;
}

/** The abstract value of a JSON node, with the location of every string (for `definedAt`). */
export function jsonValue(node: JsonNode): Value {
  switch (node.type) {
    case 'object': {
      const map = new Map<string, Value>();
      for (const [key, entry] of node.entries) map.set(key, jsonValue(entry.value));
      return plainObject(map);
    }
    case 'array':
      return { kind: 'arr', items: node.items.slice(0, 64).map(jsonValue) };
    case 'string':
      return str(node.value, node.loc);
    case 'number':
    case 'boolean':
    case 'null':
      return prim(node.value);
    default:
      return UNDEFINED;
  }
}
