import type * as t from '@babel/types';
import { API_HOSTS } from '../apis.js';
import { forEachChild, isFunctionNode, isTypeOnly, memberChain, staticKey, unwrap } from './ast.js';

/** Calls whose callback configures a request client (luch-request `setConfig`, axios/fly request interceptors). */
const CONFIGURING_CALLS: ReadonlySet<string> = new Set(['setConfig', 'interceptors.request.use']);

/**
 * One pass over a module that records, for every scope, what each name is bound to and every place it is
 * assigned. Values are computed later, on demand (evaluate.ts): this pass only indexes the syntax.
 */

/** How to get from a destructured value to one binding. */
export type PathStep =
  | { readonly key: string }
  | { readonly index: number }
  | { readonly restOf: readonly string[] }
  | { readonly restFrom: number }
  | { readonly fallback: t.Expression }
  | { readonly each: true };

export type Decl =
  | { readonly kind: 'init'; readonly init: t.Expression | undefined; readonly path: readonly PathStep[] }
  | {
      readonly kind: 'param';
      readonly index: number;
      readonly path: readonly PathStep[];
      readonly fn: FnInfo;
    }
  | { readonly kind: 'function'; readonly node: t.Function }
  | { readonly kind: 'class'; readonly node: t.Class }
  | { readonly kind: 'enum'; readonly node: t.TSEnumDeclaration }
  | { readonly kind: 'import'; readonly source: string; readonly imported: string }
  | {
      readonly kind: 'loop';
      readonly iterable: t.Expression;
      readonly of: boolean;
      readonly path: readonly PathStep[];
    }
  | { readonly kind: 'opaque'; readonly label: string };

/** An expression together with the scope it is evaluated in. */
export interface Sited {
  readonly expr: t.Expression;
  readonly scope: ScopeRec;
}

export interface Assign extends Sited {
  /** `+=` appends to the previous value. */
  readonly append: boolean;
}

/** `root.a.b = expr`: a property written after the object was made. */
export interface Patch extends Sited {
  readonly path: readonly string[];
}

export interface ScopeRec {
  readonly node: t.Node;
  readonly kind: 'program' | 'function' | 'block';
  readonly parent: ScopeRec | undefined;
  /** Maps are shared empty ones until something is recorded (most scopes stay empty; memory matters). */
  decls: ReadonlyMap<string, readonly Decl[]>;
  assigns: ReadonlyMap<string, readonly Assign[]>;
  patches: ReadonlyMap<string, readonly Patch[]>;
  /** For function scopes. */
  readonly fn?: FnInfo;
}

const EMPTY: ReadonlyMap<string, never[]> = new Map();

/** Who `this` is inside a function, from where the function is written. */
export type ThisOwner =
  | {
      readonly kind: 'object';
      readonly node: t.ObjectExpression;
      readonly scope: ScopeRec;
      readonly component: boolean;
    }
  | { readonly kind: 'class'; readonly node: t.Class; readonly scope: ScopeRec };

export interface FnInfo {
  readonly node: t.Function;
  /** `file:offset`, stable for one file content. */
  readonly id: string;
  scope: ScopeRec;
  /** The module's `sites` written inside this function: indexes `[start, end)`. */
  sites: readonly [number, number];
  readonly returns: Sited[];
  readonly thisOwner?: ThisOwner;
}

export interface ClassInfo {
  readonly node: t.Class;
  readonly id: string;
  readonly scope: ScopeRec;
  readonly fields: Map<string, Sited>;
  readonly methods: Map<string, t.Function>;
  readonly constructorFn?: t.Function;
}

export type ExportDef =
  | { readonly kind: 'local'; readonly name: string }
  | { readonly kind: 'expr'; readonly expr: t.Expression | t.Function | t.Class }
  | { readonly kind: 'reexport'; readonly source: string; readonly imported: string };

/** A call or a JSX element: the only places a network API can be used or a wrapper called. */
export interface Site {
  readonly node: t.CallExpression | t.OptionalCallExpression | t.JSXOpeningElement;
  readonly scope: ScopeRec;
}

export interface ModuleIndex {
  readonly program: t.Program;
  /** Every call and JSX element, in source order (a function's own sites are contiguous). */
  readonly sites: Site[];
  readonly programScope: ScopeRec;
  readonly scopes: Map<t.Node, ScopeRec>;
  readonly functions: Map<t.Node, FnInfo>;
  readonly classes: Map<t.Node, ClassInfo>;
  readonly exports: Map<string, ExportDef>;
  readonly starExports: string[];
  /** `module.exports = …` (last one wins at run time; all are kept). */
  readonly cjsExports: Sited[];
  /** `module.exports.X = …` and `exports.X = …`. */
  readonly cjsPatches: Map<string, Sited[]>;
  /** `this.X = …` anywhere in the module. */
  readonly thisAssigns: Map<string, Sited[]>;
  /** `….setData({ X: … })` anywhere in the module. */
  readonly setData: Map<string, Sited[]>;
  /** Options objects of `Page()`, `Component()`, `App()`, `defineComponent()`, `export default {…}`. */
  /** Properties every component sees (`Vue.prototype.$http = …`) or put on a platform object (`uni.$http = …`). */
  readonly globalProps: { readonly key: string; readonly expr: t.Expression; readonly scope: ScopeRec }[];
  /** `uni.addInterceptor('request', { invoke(args) { … } })`: the API name and the interceptor object. */
  readonly interceptors: {
    readonly api: string;
    readonly host: string;
    readonly expr: t.Expression;
    readonly scope: ScopeRec;
  }[];
  readonly components: {
    readonly node: t.ObjectExpression;
    readonly scope: ScopeRec;
    readonly call: string;
  }[];
  readonly hasEsm: boolean;
}

const COMPONENT_CALLS = new Set([
  'Page',
  'Component',
  'App',
  'Behavior',
  'createPage',
  'createComponent',
  'createApp',
  'defineComponent',
  'Vue.extend',
  'Vue.component',
  'VantComponent',
  'wepy.page',
  'wepy.component',
  'wepy.app',
]);
/** Properties of a component whose methods see the component as `this`. */
const COMPONENT_SECTIONS = new Set([
  'methods',
  'computed',
  'watch',
  'lifetimes',
  'pageLifetimes',
  'observers',
]);
const COMPONENT_HINTS = new Set([
  'data',
  'methods',
  'computed',
  'onLoad',
  'onShow',
  'created',
  'mounted',
  'setup',
]);

function newScope(node: t.Node, kind: ScopeRec['kind'], parent: ScopeRec | undefined, fn?: FnInfo): ScopeRec {
  return fn
    ? { node, kind, parent, decls: EMPTY, assigns: EMPTY, patches: EMPTY, fn }
    : { node, kind, parent, decls: EMPTY, assigns: EMPTY, patches: EMPTY };
}

function addTo<K extends 'decls' | 'assigns' | 'patches'>(
  scope: ScopeRec,
  field: K,
  name: string,
  value: ScopeRec[K] extends ReadonlyMap<string, readonly (infer V)[]> ? V : never,
): void {
  if (scope[field] === EMPTY) scope[field] = new Map();
  push(scope[field] as Map<string, unknown[]>, name, value);
}

/** Whether a block declares anything of its own (blocks that do not share their parent's scope record). */
function declaresLexically(statements: readonly t.Node[]): boolean {
  for (const s of statements) {
    if (s.type === 'VariableDeclaration' && s.kind !== 'var') return true;
    if (s.type === 'FunctionDeclaration' || s.type === 'ClassDeclaration' || s.type === 'TSEnumDeclaration')
      return true;
  }
  return false;
}

function needsOwnScope(node: t.Node): boolean {
  switch (node.type) {
    case 'BlockStatement':
    case 'StaticBlock':
      return declaresLexically(node.body);
    case 'ForStatement':
      return node.init?.type === 'VariableDeclaration' && node.init.kind !== 'var';
    case 'ForInStatement':
    case 'ForOfStatement':
      return node.left.type === 'VariableDeclaration';
    case 'SwitchStatement':
      return node.cases.some((c) => declaresLexically(c.consequent));
    case 'CatchClause':
      return node.param !== null && node.param !== undefined;
    default:
      return false;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function objectHasComponentHint(node: t.ObjectExpression): boolean {
  for (const p of node.properties) {
    if (p.type === 'SpreadElement') continue;
    const key = staticKey(p.key, p.computed);
    if (key !== undefined && COMPONENT_HINTS.has(key)) return true;
  }
  return false;
}

function calleeName(node: t.Node): string | undefined {
  return memberChain(node)?.join('.');
}

/** Builds the index of one parsed module. `file` makes function ids unique across the project. */
export function indexModule(program: t.Program, file: string): ModuleIndex {
  const programScope = newScope(program, 'program', undefined);
  const index: ModuleIndex = {
    program,
    sites: [],
    programScope,
    scopes: new Map([[program as t.Node, programScope]]),
    functions: new Map(),
    classes: new Map(),
    exports: new Map(),
    starExports: [],
    cjsExports: [],
    cjsPatches: new Map(),
    thisAssigns: new Map(),
    setData: new Map(),
    globalProps: [],
    interceptors: [],
    components: [],
    hasEsm: false,
  };
  const pendingAssigns: { name: string; scope: ScopeRec; assign: Assign }[] = [];
  const pendingPatches: { name: string; scope: ScopeRec; patch: Patch }[] = [];
  /** Object literals whose methods get a `this`: the owner of functions written directly in them. */
  const thisOwners = new Map<t.Node, ThisOwner>();

  const functionScopeOf = (scope: ScopeRec): ScopeRec => {
    let s: ScopeRec = scope;
    while (s.kind === 'block' && s.parent) s = s.parent;
    return s;
  };
  const enclosingFn = (scope: ScopeRec): FnInfo | undefined => functionScopeOf(scope).fn;

  const declare = (scope: ScopeRec, name: string, decl: Decl): void => addTo(scope, 'decls', name, decl);

  const bindPattern = (
    pattern: t.Node,
    scope: ScopeRec,
    make: (path: readonly PathStep[]) => Decl,
    path: readonly PathStep[] = [],
  ): void => {
    const p = unwrap(pattern);
    switch (p.type) {
      case 'Identifier':
        declare(scope, p.name, make(path));
        return;
      case 'AssignmentPattern':
        bindPattern(p.left, scope, make, [...path, { fallback: p.right }]);
        return;
      case 'ObjectPattern': {
        const seen: string[] = [];
        for (const prop of p.properties) {
          if (prop.type === 'RestElement') {
            bindPattern(prop.argument, scope, make, [...path, { restOf: [...seen] }]);
            continue;
          }
          const key = staticKey(prop.key, prop.computed);
          if (key === undefined) {
            bindOpaque(prop.value, scope, 'computed key');
            continue;
          }
          seen.push(key);
          bindPattern(prop.value, scope, make, [...path, { key }]);
        }
        return;
      }
      case 'ArrayPattern':
        p.elements.forEach((el, i) => {
          if (el === null) return;
          if (el.type === 'RestElement') bindPattern(el.argument, scope, make, [...path, { restFrom: i }]);
          else bindPattern(el, scope, make, [...path, { index: i }]);
        });
        return;
      case 'RestElement':
        bindPattern(p.argument, scope, make, path);
        return;
      case 'TSParameterProperty':
        bindPattern(p.parameter, scope, make, path);
        return;
      default:
        return;
    }
  };
  const bindOpaque = (pattern: t.Node, scope: ScopeRec, label: string): void =>
    bindPattern(pattern, scope, () => ({ kind: 'opaque', label }));

  const recordAssignment = (node: t.AssignmentExpression, scope: ScopeRec): void => {
    const left = unwrap(node.left);
    const right = node.right;
    if (left.type === 'Identifier') {
      if (
        node.operator === '=' ||
        node.operator === '+=' ||
        node.operator === '||=' ||
        node.operator === '??='
      ) {
        pendingAssigns.push({
          name: left.name,
          scope,
          assign: { expr: right, scope, append: node.operator === '+=' },
        });
      }
      return;
    }
    if (node.operator !== '=') return;
    if (left.type === 'ObjectPattern' || left.type === 'ArrayPattern') return;
    const chain = memberChain(left);
    if (chain === undefined || chain.length < 2) return;
    const [root, ...path] = chain as [string, ...string[]];
    if (root === 'this') {
      if (path.length === 1) push(index.thisAssigns, path[0] as string, { expr: right, scope });
      return;
    }
    if (root === 'module' && path[0] === 'exports') {
      if (path.length === 1) index.cjsExports.push({ expr: right, scope });
      else if (path.length === 2) push(index.cjsPatches, path[1] as string, { expr: right, scope });
      return;
    }
    if (root === 'exports' && path.length === 1) {
      push(index.cjsPatches, path[0] as string, { expr: right, scope });
      return;
    }
    // `Vue.prototype.$http = http`, `app.config.globalProperties.$http = http`, `uni.$http = http`.
    const last = path[path.length - 1] as string;
    if (last.startsWith('$')) {
      if (path.includes('prototype') || path.includes('globalProperties'))
        index.globalProps.push({ key: last, expr: right, scope });
      else if (path.length === 1 && API_HOSTS.has(root))
        index.globalProps.push({ key: `${root}.${last}`, expr: right, scope });
    }
    pendingPatches.push({ name: root, scope, patch: { expr: right, scope, path } });
  };

  const recordExport = (
    node: t.ExportNamedDeclaration | t.ExportDefaultDeclaration | t.ExportAllDeclaration,
  ) => {
    (index as { hasEsm: boolean }).hasEsm = true;
    if (node.type === 'ExportAllDeclaration') {
      index.starExports.push(node.source.value);
      return;
    }
    if (node.type === 'ExportDefaultDeclaration') {
      const d = node.declaration;
      if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id) {
        index.exports.set('default', { kind: 'local', name: d.id.name });
      } else if (d.type !== 'TSInterfaceDeclaration' && d.type !== 'TSDeclareFunction') {
        index.exports.set('default', { kind: 'expr', expr: d as t.Expression });
      }
      return;
    }
    if (node.exportKind === 'type') return;
    const d = node.declaration;
    if (d) {
      if (d.type === 'VariableDeclaration') {
        for (const v of d.declarations) {
          for (const name of patternNames(v.id)) index.exports.set(name, { kind: 'local', name });
        }
      } else if ('id' in d && d.id && d.id.type === 'Identifier') {
        index.exports.set(d.id.name, { kind: 'local', name: d.id.name });
      }
    }
    for (const s of node.specifiers) {
      const exported = s.exported.type === 'Identifier' ? s.exported.name : s.exported.value;
      if (node.source) {
        const imported =
          s.type === 'ExportSpecifier'
            ? s.local.type === 'Identifier'
              ? s.local.name
              : (s.local as t.StringLiteral).value
            : s.type === 'ExportNamespaceSpecifier'
              ? '*'
              : 'default';
        index.exports.set(exported, { kind: 'reexport', source: node.source.value, imported });
      } else if (s.type === 'ExportSpecifier' && s.local.type === 'Identifier') {
        index.exports.set(exported, { kind: 'local', name: s.local.name });
      }
    }
  };

  const visit = (node: t.Node, scope: ScopeRec): void => {
    if (isTypeOnly(node)) return;
    switch (node.type) {
      case 'ImportDeclaration': {
        (index as { hasEsm: boolean }).hasEsm = true;
        for (const s of node.specifiers) {
          if (s.type === 'ImportSpecifier' && s.importKind === 'type') continue;
          const imported =
            s.type === 'ImportDefaultSpecifier'
              ? 'default'
              : s.type === 'ImportNamespaceSpecifier'
                ? '*'
                : s.imported.type === 'Identifier'
                  ? s.imported.name
                  : s.imported.value;
          declare(programScope, s.local.name, { kind: 'import', source: node.source.value, imported });
        }
        return;
      }
      case 'ExportNamedDeclaration':
      case 'ExportDefaultDeclaration':
      case 'ExportAllDeclaration':
        recordExport(node);
        break;
      case 'VariableDeclaration': {
        // `declare const API: string` only tells TypeScript about a global (a build-time constant).
        if (node.declare) return;
        const target = node.kind === 'var' ? functionScopeOf(scope) : scope;
        for (const d of node.declarations) {
          bindPattern(d.id, target, (path) => ({ kind: 'init', init: d.init ?? undefined, path }));
        }
        break;
      }
      case 'FunctionDeclaration':
        if (node.id) declare(scope, node.id.name, { kind: 'function', node });
        break;
      case 'ClassDeclaration':
        if (node.id) declare(scope, node.id.name, { kind: 'class', node });
        break;
      case 'TSEnumDeclaration':
        declare(scope, node.id.name, { kind: 'enum', node });
        return;
      case 'AssignmentExpression':
        recordAssignment(node, scope);
        break;
      case 'ReturnStatement': {
        const fn = enclosingFn(scope);
        if (fn && node.argument) fn.returns.push({ expr: node.argument, scope });
        break;
      }
      case 'CallExpression':
      case 'OptionalCallExpression':
        recordCall(node, scope);
        index.sites.push({ node, scope });
        break;
      case 'JSXOpeningElement':
        index.sites.push({ node, scope });
        break;
      case 'ObjectExpression':
        noteObjectThis(node, scope);
        break;
      default:
        break;
    }

    if (isFunctionNode(node)) {
      visitFunction(node, scope);
      return;
    }
    if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') {
      visitClass(node, scope);
      return;
    }
    const inner = blockScopeFor(node, scope);
    if (inner !== scope && node.type === 'CatchClause' && node.param)
      bindOpaque(node.param, inner, 'caught error');
    if (inner !== scope && (node.type === 'ForOfStatement' || node.type === 'ForInStatement')) {
      const left = node.left;
      if (left.type === 'VariableDeclaration') {
        const target = left.kind === 'var' ? functionScopeOf(scope) : inner;
        for (const d of left.declarations) {
          bindPattern(d.id, target, (path) => ({
            kind: 'loop',
            iterable: node.right,
            of: node.type === 'ForOfStatement',
            path,
          }));
        }
        visit(node.right, inner);
        visit(node.body, inner);
        return;
      }
    }
    forEachChild(node, visit, inner);
  };

  const blockScopeFor = (node: t.Node, scope: ScopeRec): ScopeRec => {
    if (!needsOwnScope(node)) return scope;
    const s = newScope(node, 'block', scope);
    index.scopes.set(node, s);
    return s;
  };

  const visitFunction = (node: t.Function, scope: ScopeRec): void => {
    const info: FnInfo = {
      node,
      id: `${file}:${node.start ?? 0}`,
      scope: programScope,
      sites: [index.sites.length, index.sites.length],
      returns: [],
      ...(thisOwners.has(node) ? { thisOwner: thisOwners.get(node) as ThisOwner } : {}),
    };
    const fnScope = newScope(node, 'function', scope, info);
    info.scope = fnScope;
    index.scopes.set(node, fnScope);
    index.functions.set(node, info);
    // A named function expression sees its own name.
    if (node.type === 'FunctionExpression' && node.id)
      declare(fnScope, node.id.name, { kind: 'function', node });
    for (let i = 0; i < node.params.length; i++) {
      const param = node.params[i] as t.Node;
      bindPattern(param, fnScope, (path) => ({ kind: 'param', index: i, path, fn: info }));
      if (param.type !== 'Identifier') forEachChild(param, visitDefaults, fnScope);
    }
    const body = node.body;
    if (body.type === 'BlockStatement') {
      for (const stmt of body.body) visit(stmt, fnScope);
    } else {
      info.returns.push({ expr: body, scope: fnScope });
      visit(body, fnScope);
    }
    info.sites = [info.sites[0], index.sites.length];
  };
  /** Default values in parameters may contain calls and functions. */
  const visitDefaults = (node: t.Node, scope: ScopeRec): void => {
    if (node.type === 'Identifier') return;
    visit(node, scope);
  };

  const visitClass = (node: t.Class, scope: ScopeRec): void => {
    const info: ClassInfo = {
      node,
      id: `${file}:${node.start ?? 0}`,
      scope,
      fields: new Map(),
      methods: new Map(),
    };
    const owner: ThisOwner = { kind: 'class', node, scope };
    if (node.superClass) visit(node.superClass, scope);
    for (const member of node.body.body) {
      if (member.type === 'ClassMethod' || member.type === 'ClassPrivateMethod') {
        thisOwners.set(member, owner);
        if (member.type === 'ClassMethod' && member.kind === 'constructor') {
          (info as { constructorFn?: t.Function }).constructorFn = member;
        } else if (member.type === 'ClassMethod') {
          const key = staticKey(member.key, member.computed);
          if (key !== undefined) info.methods.set(key, member);
        }
        visit(member, scope);
      } else if (member.type === 'ClassProperty' && member.value) {
        const key = staticKey(member.key, member.computed);
        const value = unwrap(member.value) as t.Expression;
        if (key !== undefined) info.fields.set(key, { expr: value, scope });
        if (value.type === 'FunctionExpression') thisOwners.set(value, owner);
        visit(member.value, scope);
      } else {
        visit(member, scope);
      }
    }
    index.classes.set(node, info);
  };

  const componentObjects = new Map<t.ObjectExpression, ThisOwner>();

  const noteObjectThis = (node: t.ObjectExpression, scope: ScopeRec): void => {
    const owner: ThisOwner = componentObjects.get(node) ?? {
      kind: 'object',
      node,
      scope,
      component: objectHasComponentHint(node),
    };
    for (const prop of node.properties) {
      if (prop.type === 'ObjectMethod') {
        thisOwners.set(prop, owner);
        continue;
      }
      if (prop.type !== 'ObjectProperty') continue;
      const value = unwrap(prop.value);
      if (value.type === 'FunctionExpression') thisOwners.set(value, owner);
      // `methods: { … }` of a component: those methods see the component too.
      const key = staticKey(prop.key, prop.computed);
      if (owner.kind === 'object' && owner.component && key !== undefined && COMPONENT_SECTIONS.has(key)) {
        if (value.type === 'ObjectExpression') componentObjects.set(value, owner);
      }
    }
  };

  const recordCall = (node: t.CallExpression | t.OptionalCallExpression, scope: ScopeRec): void => {
    const callee = unwrap(node.callee);
    const first = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
      if (callee.property.name === 'setData' && first?.type === 'ObjectExpression') {
        for (const p of first.properties) {
          if (p.type !== 'ObjectProperty') continue;
          const key = staticKey(p.key, p.computed);
          if (key !== undefined) push(index.setData, key, { expr: p.value as t.Expression, scope });
        }
      }
    }
    const name = calleeName(callee);
    const chain = name?.split('.');
    if (chain && chain.length >= 2 && chain[0] !== 'this') {
      const [root, ...path] = chain as [string, ...string[]];
      const second = node.arguments[1];
      // Client configuration made by a call: luch-request's `http.setConfig(cb)`, `x.interceptors.request.use(cb)`.
      if (
        CONFIGURING_CALLS.has(path.join('.')) &&
        first &&
        first.type !== 'SpreadElement' &&
        first.type !== 'ArgumentPlaceholder'
      ) {
        pendingPatches.push({
          name: root,
          scope,
          patch: { expr: first as t.Expression, scope, path: ['$configure'] },
        });
      } else if (
        path.join('.') === 'addInterceptor' &&
        first?.type === 'StringLiteral' &&
        second &&
        second.type !== 'SpreadElement' &&
        second.type !== 'ArgumentPlaceholder'
      ) {
        index.interceptors.push({ api: first.value, host: root, expr: second as t.Expression, scope });
      }
    }
    if (name !== undefined && COMPONENT_CALLS.has(name) && first?.type === 'ObjectExpression') {
      index.components.push({ node: first, scope, call: name });
      componentObjects.set(first, { kind: 'object', node: first, scope, component: true });
    }
  };

  // `export default { … }` in a component file is the component's options.
  for (const stmt of program.body) {
    if (stmt.type === 'ExportDefaultDeclaration') {
      const d = unwrap(stmt.declaration);
      if (d.type === 'ObjectExpression' && objectHasComponentHint(d)) {
        index.components.push({ node: d, scope: programScope, call: 'export default' });
        componentObjects.set(d, { kind: 'object', node: d, scope: programScope, component: true });
      }
    }
  }

  for (const stmt of program.body) visit(stmt, programScope);

  // Assignments belong to the scope that declares the name (lexical lookup); undeclared names are globals.
  for (const { name, scope, assign } of pendingAssigns)
    addTo(declaringScope(scope, name), 'assigns', name, assign);
  for (const { name, scope, patch } of pendingPatches)
    addTo(declaringScope(scope, name), 'patches', name, patch);
  return index;
}

function declaringScope(from: ScopeRec, name: string): ScopeRec {
  let s: ScopeRec | undefined = from;
  let last: ScopeRec = from;
  while (s) {
    if (s.decls.has(name)) return s;
    last = s;
    s = s.parent;
  }
  return last;
}

function patternNames(pattern: t.Node): string[] {
  const p = unwrap(pattern);
  switch (p.type) {
    case 'Identifier':
      return [p.name];
    case 'AssignmentPattern':
      return patternNames(p.left);
    case 'RestElement':
      return patternNames(p.argument);
    case 'ObjectPattern':
      return p.properties.flatMap((prop) => patternNames(prop.type === 'RestElement' ? prop : prop.value));
    case 'ArrayPattern':
      return p.elements.flatMap((el) => (el ? patternNames(el) : []));
    default:
      return [];
  }
}
