import type * as t from '@babel/types';
import type { Evaluator } from '../js/evaluate.js';
import type { ModuleRecord } from '../js/module.js';
import { forEachChild, staticKey, unwrap } from '../js/ast.js';
import { str, type Value } from '../value.js';

/** Build configs whose `defineConstants` (Taro) or `define` (Vite, uni-app) replace global names at build time. */
export const DEFINE_CONFIG =
  /(?:^|\/)(?:config\/(?:index|dev|prod|development|production)|vite\.config)\.[cm]?[jt]s$/;

/**
 * Global names a build defines: `defineConstants: { API: JSON.stringify('https://…') }` or `API: '"https://…"'`.
 * The value is code; a quoted string literal or `JSON.stringify(x)` is the only kind that can hold a URL.
 */
export function defineConstants(ev: Evaluator, module: ModuleRecord, into: Map<string, Value[]>): void {
  const env = ev.staticEnv(module, module.index.programScope);
  const visit = (node: t.Node): void => {
    if (node.type === 'ObjectProperty') {
      const key = staticKey(node.key, node.computed);
      const value = unwrap(node.value);
      if ((key === 'defineConstants' || key === 'define') && value.type === 'ObjectExpression') {
        for (const p of value.properties) {
          if (p.type !== 'ObjectProperty') continue;
          const name = staticKey(p.key, p.computed);
          const v = name === undefined ? undefined : constantValue(ev, module, p.value as t.Expression, env);
          if (name !== undefined && v !== undefined) into.set(name, [...(into.get(name) ?? []), v]);
        }
      }
    }
    forEachChild(node, visit, undefined);
  };
  visit(module.index.program);
}

function constantValue(
  ev: Evaluator,
  module: ModuleRecord,
  node: t.Expression,
  env: Parameters<Evaluator['evaluate']>[1],
): Value | undefined {
  const n = unwrap(node);
  // JSON.stringify('https://…') — the string itself.
  if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && n.arguments.length === 1) {
    const callee = n.callee;
    if (
      callee.object.type === 'Identifier' &&
      callee.object.name === 'JSON' &&
      staticKey(callee.property, callee.computed) === 'stringify'
    ) {
      return ev.evaluate(n.arguments[0] as t.Node, env);
    }
  }
  // '"https://…"' — code that is a string literal.
  if (n.type === 'StringLiteral') {
    const m = /^(["'`])(.*)\1$/s.exec(n.value);
    if (m && !/[\\]/.test(m[2] as string)) {
      const start = n.loc?.start;
      return str(m[2] as string, {
        file: module.file,
        line: start?.line ?? 1,
        column: (start?.column ?? 0) + 3,
      });
    }
  }
  return undefined;
}
