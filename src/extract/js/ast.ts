import { VISITOR_KEYS } from '@babel/types';
import type * as t from '@babel/types';

/** Keys that hold only type information or decorators: nothing there can call the network. */
const SKIPPED_KEYS = new Set([
  'typeAnnotation',
  'returnType',
  'typeParameters',
  'typeArguments',
  'superTypeParameters',
  'superTypeArguments',
  'implements',
  'decorators',
  'predicate',
]);

/** Node types that carry no runtime code. */
const TYPE_ONLY = new Set([
  'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration',
  'TSDeclareFunction',
  'TSDeclareMethod',
  'TSIndexSignature',
  'DeclareVariable',
  'InterfaceDeclaration',
  'TypeAlias',
]);

const CHILD_KEYS = new Map<string, readonly string[]>();
for (const [type, keys] of Object.entries(VISITOR_KEYS)) {
  CHILD_KEYS.set(
    type,
    keys.filter((k) => !SKIPPED_KEYS.has(k)),
  );
}

/** Calls `fn(child, arg)` on each direct child node (in source order), skipping type annotations. */
export function forEachChild<A>(node: t.Node, fn: (child: t.Node, arg: A) => void, arg: A): void {
  const keys = CHILD_KEYS.get(node.type);
  if (keys === undefined) return;
  const record = node as unknown as Record<string, unknown>;
  for (let k = 0; k < keys.length; k++) {
    const value = record[keys[k] as string];
    if (value === null || value === undefined || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i] as t.Node | null;
        if (item !== null && typeof item === 'object' && typeof item.type === 'string') fn(item, arg);
      }
    } else if (typeof (value as t.Node).type === 'string') {
      fn(value as t.Node, arg);
    }
  }
}

export function isTypeOnly(node: t.Node): boolean {
  return TYPE_ONLY.has(node.type) || (node.type === 'ImportDeclaration' && node.importKind === 'type');
}

export function isFunctionNode(node: t.Node): node is t.Function {
  switch (node.type) {
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
    case 'ObjectMethod':
    case 'ClassMethod':
    case 'ClassPrivateMethod':
      return true;
    default:
      return false;
  }
}

/** Strips TypeScript wrappers and parentheses that do not change a value. */
export function unwrap(node: t.Node): t.Node {
  let n = node;
  for (;;) {
    switch (n.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
      case 'ParenthesizedExpression':
      case 'TypeCastExpression':
        n = n.expression;
        break;
      default:
        return n;
    }
  }
}

/** A property key as text when it is static (`a`, `'a'`, `1`, `['a']`). */
export function staticKey(key: t.Node, computed: boolean): string | undefined {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'StringLiteral') return key.value;
  if (key.type === 'NumericLiteral') return String(key.value);
  if (computed && key.type === 'TemplateLiteral' && key.expressions.length === 0) {
    return key.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** The static property name of a member expression (`a.b`, `a['b']`). */
export function memberName(node: t.MemberExpression | t.OptionalMemberExpression): string | undefined {
  if (node.property.type === 'PrivateName') return undefined;
  return staticKey(node.property, node.computed);
}

/** `a.b.c` as `['a', 'b', 'c']` when every step is static and the root is an identifier. */
export function memberChain(node: t.Node): string[] | undefined {
  const n = unwrap(node);
  if (n.type === 'Identifier') return [n.name];
  if (n.type === 'ThisExpression') return ['this'];
  if (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') {
    const name = memberName(n);
    if (name === undefined) return undefined;
    const head = memberChain(n.object);
    return head ? [...head, name] : undefined;
  }
  return undefined;
}
