import type * as t from '@babel/types';
import { API_HOSTS, CLIENT_MODULES, HOST_MODULES } from '../apis.js';
import {
  concat,
  concatAll,
  hole,
  knownTexts,
  mapKnownText,
  plainObject,
  prim,
  str,
  tagViaArg,
  union,
  UNDEFINED,
  type ArrValue,
  type ClassValue,
  type ClientValue,
  type FnValue,
  type ObjValue,
  type Value,
} from '../value.js';
import { isFunctionNode, memberName, staticKey, unwrap } from './ast.js';
import type { ProjectContext } from './context.js';
import { Env, excerpt, nodeLocation, type ModuleRecord } from './module.js';
import type { ClassInfo, Decl, PathStep, Patch, ScopeRec, ThisOwner } from './scope.js';

/** Bounds that keep evaluation finite on any input. */
export const LIMITS = {
  /** Nested evaluations (one expression inside another, a call inside a call). */
  maxDepth: 80,
  /** A function may appear this many times on the evaluation stack (recursion). */
  maxRecursion: 2,
  /** Evaluation steps per budget window (a file's visit). */
  stepsPerWindow: 400_000,
  /** Array items kept. */
  maxItems: 64,
} as const;

const STRING_METHODS = new Set([
  'trim',
  'concat',
  'replace',
  'replaceAll',
  'toString',
  'valueOf',
  'trimEnd',
  'trimStart',
]);

/**
 * Computes abstract values of expressions (see value.ts): constants, object properties, concatenation,
 * template literals, imports, environment maps, return values of project functions, client instances.
 * Pure: it never reports anything; visit.ts decides what is an endpoint.
 */
export class Evaluator {
  private depth = 0;
  private steps = 0;
  private readonly active = new Map<unknown, number>();
  private readonly pendingExports = new Set<string>();

  constructor(private readonly project: ProjectContext) {}

  /** Starts a new step budget (one per visited file). */
  resetBudget(): void {
    this.steps = 0;
  }

  get exhausted(): boolean {
    return this.steps > LIMITS.stepsPerWindow;
  }

  // ---- environments -------------------------------------------------------------------------------

  /** The environment of a scope reached without a call: parameters are unknown, `this` comes from the syntax. */
  staticEnv(module: ModuleRecord, scope: ScopeRec): Env {
    const known = module.staticEnvs.get(scope);
    if (known) return known;
    const parent = scope.parent ? this.staticEnv(module, scope.parent) : undefined;
    const env = new Env(scope, parent, module, undefined, undefined, false, true);
    module.staticEnvs.set(scope, env);
    return env;
  }

  /** The environment of `scope` nested inside `anchor` (an assignment inside an `if` block of a function). */
  envAt(scope: ScopeRec, anchor: Env): Env {
    if (scope === anchor.scope) return anchor;
    if (anchor.isStatic) return this.staticEnv(anchor.module, scope);
    const chain: ScopeRec[] = [];
    let s: ScopeRec | undefined = scope;
    while (s && s !== anchor.scope) {
      chain.push(s);
      s = s.parent;
    }
    if (s === undefined) return this.staticEnv(anchor.module, scope);
    let env = anchor;
    for (let i = chain.length - 1; i >= 0; i--) {
      env = new Env(chain[i] as ScopeRec, env, anchor.module, undefined, undefined, false, false);
    }
    return env;
  }

  // ---- expressions --------------------------------------------------------------------------------

  evaluate(node: t.Node, env: Env): Value {
    if (++this.steps > LIMITS.stepsPerWindow || this.depth >= LIMITS.maxDepth) {
      return hole('too-complex', excerpt(env.module, node, 40));
    }
    this.depth++;
    try {
      return this.evaluateInner(unwrap(node), env);
    } finally {
      this.depth--;
    }
  }

  private evaluateInner(node: t.Node, env: Env): Value {
    const m = env.module;
    switch (node.type) {
      case 'StringLiteral':
        return str(node.value, nodeLocation(m, node));
      case 'NumericLiteral':
        return prim(node.value);
      case 'BooleanLiteral':
        return prim(node.value);
      case 'NullLiteral':
        return prim(null);
      case 'TemplateLiteral':
        return this.templateLiteral(node, env);
      case 'Identifier':
        return node.name === 'undefined' ? UNDEFINED : this.lookup(node.name, env, node);
      case 'ThisExpression':
        return this.thisOf(env);
      case 'MemberExpression':
      case 'OptionalMemberExpression':
        return this.memberExpression(node, env);
      case 'BinaryExpression':
        if (node.operator === '+') {
          const left = this.evaluate(node.left, env);
          const right = this.evaluate(node.right, env);
          if (
            left.kind === 'prim' &&
            right.kind === 'prim' &&
            typeof left.value === 'number' &&
            typeof right.value === 'number'
          ) {
            return prim(left.value + right.value);
          }
          return concat(left, right);
        }
        return hole('runtime-value', excerpt(m, node, 40));
      case 'LogicalExpression': {
        const left = this.evaluate(node.left, env);
        const right = this.evaluate(node.right, env);
        if (node.operator === '&&') return right;
        const texts = knownTexts(left);
        if (texts && texts.every((x) => x !== '')) return left;
        return union([left, right]);
      }
      case 'ConditionalExpression':
        return union([this.evaluate(node.consequent, env), this.evaluate(node.alternate, env)]);
      case 'AssignmentExpression':
        return this.evaluate(node.right, env);
      case 'SequenceExpression':
        return node.expressions.length
          ? this.evaluate(node.expressions[node.expressions.length - 1] as t.Node, env)
          : UNDEFINED;
      case 'AwaitExpression':
        return node.argument ? this.evaluate(node.argument, env) : UNDEFINED;
      case 'UnaryExpression':
        return node.operator === 'void' ? UNDEFINED : hole('runtime-value', excerpt(m, node, 40));
      case 'ObjectExpression':
        return this.objectLiteral(node, env);
      case 'ArrayExpression':
        return this.arrayLiteral(node, env);
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return this.functionValue(node, env);
      case 'ClassExpression':
        return this.classValue(node, env);
      case 'CallExpression':
      case 'OptionalCallExpression':
        return this.callExpression(node, env);
      case 'NewExpression':
        return this.newExpression(node, env);
      case 'MetaProperty':
        return node.meta.name === 'import' ? this.importMeta() : hole('runtime-value', excerpt(m, node, 40));
      default:
        return hole('runtime-value', excerpt(m, node, 40));
    }
  }

  private templateLiteral(node: t.TemplateLiteral, env: Env): Value {
    const parts: Value[] = [];
    node.quasis.forEach((q, i) => {
      const text = q.value.cooked ?? q.value.raw;
      if (text !== '') {
        const start = q.loc?.start;
        parts.push(
          str(text, { file: env.module.file, line: start?.line ?? 1, column: (start?.column ?? 0) + 1 }),
        );
      }
      const expr = node.expressions[i];
      if (expr) parts.push(this.evaluate(expr, env));
    });
    return concatAll(parts);
  }

  // ---- names --------------------------------------------------------------------------------------

  lookup(name: string, env: Env, at?: t.Node): Value {
    for (let e: Env | undefined = env; e; e = e.parent) {
      if (e.scope.decls.has(name) || (e.parent === undefined && e.scope.assigns.has(name))) {
        const known = e.known(name);
        if (known !== undefined) return known;
        if (e.pending(name)) return hole('too-complex', name);
        let value: Value | undefined;
        e.begin(name);
        try {
          value = this.bindingValue(name, e);
        } finally {
          e.end(name, value);
        }
        return value;
      }
    }
    return this.globalValue(name, env, at);
  }

  private bindingValue(name: string, env: Env): Value {
    const decls = env.scope.decls.get(name) ?? [];
    const values = decls.map((d) => this.declValue(d, name, env));
    const assigns = env.scope.assigns.get(name) ?? [];
    let value: Value;
    if (assigns.length === 0) {
      value = union(values);
    } else {
      const base = union(values);
      const assigned = assigns.map((a) => {
        const v = this.evaluate(a.expr, this.envAt(a.scope, env));
        return a.append ? concat(base, v) : v;
      });
      // `let url = ''` followed by `url = BASE + …`: the empty start says nothing about the endpoint.
      const meaningful = values.filter((v) => !isEmptyish(v));
      value = union([...meaningful, ...assigned]);
    }
    const patches = env.scope.patches.get(name);
    return patches ? this.applyPatches(value, patches, env) : value;
  }

  private declValue(decl: Decl, name: string, env: Env): Value {
    switch (decl.kind) {
      case 'init':
        return this.applyPath(decl.init ? this.evaluate(decl.init, env) : UNDEFINED, decl.path, env);
      case 'param':
        return this.paramValue(decl, name, env);
      case 'function':
        return this.functionValue(decl.node, env);
      case 'class':
        return this.classValue(decl.node, env);
      case 'enum':
        return this.enumValue(decl.node, env);
      case 'import':
        return this.importValue(env.module, decl.source, decl.imported);
      case 'loop': {
        const iterable = this.evaluate(decl.iterable, env);
        const each = decl.of ? this.items(iterable) : hole('runtime-value', name);
        return this.applyPath(each, decl.path, env);
      }
      case 'opaque':
        return hole('runtime-value', name);
    }
  }

  private paramValue(decl: Extract<Decl, { kind: 'param' }>, name: string, env: Env): Value {
    const paramNode = decl.fn.node.params[decl.index];
    const isRest = paramNode?.type === 'RestElement';
    if (env.args === undefined) {
      // Not inside a call: the parameter is only known to callers.
      const unknown = hole('runtime-value', name, decl.fn.id);
      const fallback = decl.path.find((s): s is { fallback: t.Expression } => 'fallback' in s);
      return fallback ? union([unknown, this.evaluate(fallback.fallback, env)]) : unknown;
    }
    let arg: Value = isRest
      ? ({ kind: 'arr', items: env.args.slice(decl.index) } satisfies ArrValue)
      : (env.args[decl.index] ?? UNDEFINED);
    if (env.tagArgs) arg = tagViaArg(arg);
    return this.applyPath(arg, decl.path, env);
  }

  private applyPath(start: Value, path: readonly PathStep[], env: Env): Value {
    let v = start;
    for (const step of path) {
      if ('key' in step) v = this.member(v, step.key);
      else if ('index' in step) v = this.index(v, step.index);
      else if ('restFrom' in step)
        v = v.kind === 'arr' ? { kind: 'arr', items: v.items.slice(step.restFrom) } : v;
      else if ('restOf' in step) continue;
      else if ('fallback' in step) {
        if (v.kind === 'prim' && v.value === undefined) v = this.evaluate(step.fallback, env);
        else if (v.kind === 'unknown') v = union([v, this.evaluate(step.fallback, env)]);
      } else v = this.items(v);
    }
    return v;
  }

  private applyPatches(value: Value, patches: readonly Patch[], env: Env): Value {
    let v = value;
    for (const patch of patches) {
      v = this.patch(v, patch.path, () => this.evaluate(patch.expr, this.envAt(patch.scope, env)));
    }
    return v;
  }

  /** `target.a.b = value` applied to an abstract value (flow-insensitive: old and new values are both kept). */
  private patch(target: Value, path: readonly string[], value: () => Value): Value {
    const [head, ...rest] = path;
    if (head === undefined) return union([target, value()]);
    if (target.kind === 'client') {
      if (path.length === 1 && head === '$configure') {
        const base = this.baseFromConfigCallback(value());
        if (base === undefined) return target;
        return { ...target, baseURL: target.baseURL ? union([target.baseURL, base]) : base };
      }
      const isBase =
        (path.length === 2 && (head === 'defaults' || head === 'config') && rest[0] === 'baseURL') ||
        (path.length === 1 && head === 'baseURL');
      if (isBase) return { ...target, baseURL: target.baseURL ? union([target.baseURL, value()]) : value() };
      if (path.length === 1 && head === 'config') {
        const base = this.member(value(), 'baseURL');
        return { ...target, baseURL: target.baseURL ? union([target.baseURL, base]) : base };
      }
      return target;
    }
    if (
      target.kind === 'obj' ||
      (target.kind === 'prim' && target.value === undefined) ||
      target.kind === 'unknown'
    ) {
      const source = target.kind === 'obj' ? target : undefined;
      const keys = () => [...new Set([...(source?.keys() ?? []), head])];
      let memo: Value | undefined;
      let computing = false;
      return {
        kind: 'obj',
        keys,
        get: (key) => {
          const old = source?.get(key);
          if (key !== head) return old;
          // `args.url = BASE + args.url`: inside its own assignment the property still has its old value.
          if (computing) return old;
          if (memo === undefined) {
            computing = true;
            try {
              memo =
                rest.length === 0
                  ? union(old ? [old, value()] : [value()])
                  : this.patch(old ?? UNDEFINED, rest, value);
            } finally {
              computing = false;
            }
          }
          return memo;
        },
      };
    }
    return target;
  }

  /**
   * The `baseURL` a configuration callback sets (`http.setConfig((config) => { config.baseURL = BASE; return config; })`,
   * `fly.interceptors.request.use((request) => { request.baseURL = BASE; })`), by running it on an empty config.
   */
  private baseFromConfigCallback(callback: Value): Value | undefined {
    if (callback.kind !== 'fn') return undefined;
    const config = this.configAfterCall(callback, plainObject(new Map()));
    const base = config ? this.member(config, 'baseURL') : undefined;
    return base && !(base.kind === 'prim' && base.value === undefined) ? base : undefined;
  }

  /** The first parameter of `fn` after its body ran with `arg` (assignments to its properties applied). */
  configAfterCall(fn: FnValue, arg: Value): Value | undefined {
    const module = fn.module as ModuleRecord;
    const node = fn.node as t.Function;
    const info = module.index.functions.get(node);
    const param = node.params[0];
    if (!info || param?.type !== 'Identifier') return undefined;
    const env = new Env(info.scope, fn.env as Env, module, [arg], undefined, false, false);
    return this.lookup(param.name, env);
  }

  private globalValue(name: string, env: Env, at?: t.Node): Value {
    const provided = env.module.globals?.(name) ?? this.project.globalConstant(name);
    if (provided !== undefined) return provided;
    if (API_HOSTS.has(name)) return { kind: 'host', name };
    switch (name) {
      case 'process':
        return plainObject(new Map([['env', this.envObject('process.env')]]));
      case 'require':
      case 'getApp':
      case 'Object':
      case 'String':
      case 'Promise':
      case 'encodeURIComponent':
      case 'encodeURI':
      case 'decodeURIComponent':
      case 'decodeURI':
        return { kind: 'extern', module: '(global)', name };
      default:
        return hole('runtime-value', at ? excerpt(env.module, at, 40) : name);
    }
  }

  private importMeta(): Value {
    return plainObject(new Map([['env', this.envObject('import.meta.env')]]));
  }

  private envObject(label: string): ObjValue {
    return {
      kind: 'obj',
      keys: () => [],
      get: (key) => this.project.envVar(key) ?? hole('runtime-value', `${label}.${key}`),
    };
  }

  // ---- members ------------------------------------------------------------------------------------

  private memberExpression(node: t.MemberExpression | t.OptionalMemberExpression, env: Env): Value {
    const object = this.evaluate(node.object, env);
    const name = memberName(node);
    if (name !== undefined) return this.member(object, name, () => excerpt(env.module, node, 40));
    if (node.property.type === 'PrivateName') return hole('runtime-value', excerpt(env.module, node, 40));
    const key = this.evaluate(node.property, env);
    const keys = knownTexts(key);
    if (keys && keys.length > 0) return union(keys.map((k) => this.member(object, k)));
    if (key.kind === 'prim' && typeof key.value === 'number') return this.index(object, key.value);
    // An environment map indexed by a run-time value (`urls[envVersion]`): any of its values.
    return this.anyMember(object, () => excerpt(env.module, node, 40));
  }

  member(object: Value, key: string, label?: () => string): Value {
    switch (object.kind) {
      case 'obj': {
        const v = object.get(key);
        if (v !== undefined) return v;
        if (object.isRef) return this.member(object.get('value') ?? UNDEFINED, key, label);
        return label ? { kind: 'prim', value: undefined, label: label() } : UNDEFINED;
      }
      case 'arr':
        // Arrays change at run time (`list.length` of page data is not its initial length).
        if (key === 'length') return hole('runtime-value', label?.() ?? 'length');
        if (/^\d+$/.test(key)) return this.index(object, Number(key));
        return { kind: 'method', target: object, name: key };
      case 'str':
        return STRING_METHODS.has(key)
          ? { kind: 'method', target: object, name: key }
          : hole('runtime-value', label?.() ?? key);
      case 'host':
        if (key.startsWith('$')) {
          const shared = this.project.globalProperty(`${object.name}.${key}`);
          if (shared) return shared;
        }
        return { kind: 'api', host: object.name, method: key, ...(object.viaArg ? { viaArg: true } : {}) };
      case 'client':
        if (key === 'defaults' || key === 'config')
          return plainObject(new Map(object.baseURL ? [['baseURL', object.baseURL]] : []));
        return { kind: 'method', target: object, name: key };
      case 'socket':
      case 'fn':
        return { kind: 'method', target: object, name: key };
      case 'class':
        return this.staticMember(object, key) ?? hole('runtime-value', label?.() ?? key);
      case 'extern':
        return { ...object, name: `${object.name}.${key}` };
      case 'union':
        return union(object.options.map((o) => this.member(o, key, label)));
      case 'unknown': {
        const h = object.hole;
        const text = label?.() ?? `${h.label}.${key}`;
        return {
          kind: 'unknown',
          hole:
            h.paramOf === undefined
              ? { reason: h.reason, label: text }
              : { reason: h.reason, label: text, paramOf: h.paramOf },
          ...(object.viaArg ? { viaArg: true } : {}),
        };
      }
      case 'prim':
        return UNDEFINED;
      default:
        return hole('runtime-value', label?.() ?? key);
    }
  }

  /** `Api.get` on `class Api { static get(url) { … } }`, and static fields. */
  private staticMember(cls: ClassValue, key: string): Value | undefined {
    const module = cls.module as ModuleRecord;
    const info = module.index.classes.get(cls.node as t.Class);
    if (!info) return undefined;
    const env = cls.env as Env;
    const method = info.methods.get(key);
    if (method) return this.functionValue(method, this.envAt(info.scope, env));
    const field = info.fields.get(key);
    return field ? this.evaluate(field.expr, this.envAt(field.scope, env)) : undefined;
  }

  private index(object: Value, i: number): Value {
    if (object.kind === 'arr') return object.items[i] ?? UNDEFINED;
    return this.member(object, String(i));
  }

  private anyMember(object: Value, label: () => string): Value {
    if (object.kind === 'obj') {
      const keys = object.keys();
      if (keys.length > 0) return union(keys.slice(0, 16).map((k) => object.get(k) ?? UNDEFINED));
    }
    if (object.kind === 'arr' && object.items.length > 0) return union(object.items.slice(0, 16));
    if (object.kind === 'union') return union(object.options.map((o) => this.anyMember(o, label)));
    if (object.kind === 'unknown') return this.member(object, '?', label);
    return hole('runtime-value', label());
  }

  /** The values an iteration over `v` yields. */
  items(v: Value): Value {
    if (v.kind === 'arr') return union(v.items.slice(0, 16));
    if (v.kind === 'union') return union(v.options.map((o) => this.items(o)));
    if (v.kind === 'unknown') return this.member(v, '[]');
    return hole('runtime-value', 'item');
  }

  // ---- literals -----------------------------------------------------------------------------------

  private objectLiteral(node: t.ObjectExpression, env: Env): ObjValue {
    let memo: Map<string, Value | undefined> | undefined;
    const self: ObjValue = {
      kind: 'obj',
      keys: () => this.objectKeys(node, env),
      get: (key) => {
        memo ??= new Map();
        if (memo.has(key)) return memo.get(key);
        memo.set(key, undefined);
        const v = this.objectProperty(node, env, key, self);
        memo.set(key, v);
        return v;
      },
    };
    return self;
  }

  private objectKeys(node: t.ObjectExpression, env: Env): string[] {
    const keys: string[] = [];
    for (const p of node.properties) {
      if (p.type === 'SpreadElement') {
        const v = this.evaluate(p.argument, env);
        if (v.kind === 'obj') keys.push(...v.keys());
        continue;
      }
      const key = this.propertyKey(p, env);
      if (key !== undefined) keys.push(key);
    }
    return [...new Set(keys)];
  }

  private propertyKey(p: t.ObjectProperty | t.ObjectMethod, env: Env): string | undefined {
    const key = staticKey(p.key, p.computed);
    if (key !== undefined || !p.computed) return key;
    const texts = knownTexts(this.evaluate(p.key, env));
    return texts?.length === 1 ? texts[0] : undefined;
  }

  private objectProperty(node: t.ObjectExpression, env: Env, key: string, self: ObjValue): Value | undefined {
    let fromSpread: Value | undefined;
    for (let i = node.properties.length - 1; i >= 0; i--) {
      const p = node.properties[i] as t.ObjectExpression['properties'][number];
      if (p.type === 'SpreadElement') {
        const v = this.evaluate(p.argument, env);
        if (v.kind === 'obj') {
          const got = v.get(key);
          if (got !== undefined) return got;
        } else if (v.kind === 'unknown' || v.kind === 'union') {
          // `{ ...options, url }`: an explicit key written before still wins in practice.
          fromSpread ??= this.member(v, key);
        }
        continue;
      }
      if (this.propertyKey(p, env) !== key) continue;
      if (p.type === 'ObjectMethod') {
        const fn = this.functionValue(p, env);
        return p.kind === 'get' ? this.callFunction(fn, [], self) : fn;
      }
      return this.evaluate(p.value, env);
    }
    return fromSpread;
  }

  private arrayLiteral(node: t.ArrayExpression, env: Env): ArrValue {
    const items: Value[] = [];
    for (const el of node.elements) {
      if (items.length >= LIMITS.maxItems) break;
      if (el === null) items.push(UNDEFINED);
      else if (el.type === 'SpreadElement') {
        const v = this.evaluate(el.argument, env);
        if (v.kind === 'arr') items.push(...v.items);
        else items.push(this.items(v));
      } else items.push(this.evaluate(el, env));
    }
    return { kind: 'arr', items: items.slice(0, LIMITS.maxItems) };
  }

  private enumValue(node: t.TSEnumDeclaration, env: Env): ObjValue {
    const members = node.body.members;
    const map = new Map<string, Value>();
    for (const member of members) {
      const key = member.id.type === 'Identifier' ? member.id.name : member.id.value;
      if (member.initializer) map.set(key, this.evaluate(member.initializer, env));
    }
    return plainObject(map);
  }

  functionValue(node: t.Function, env: Env): FnValue {
    const info = env.module.index.functions.get(node);
    return {
      kind: 'fn',
      node,
      env,
      module: env.module,
      id: info?.id ?? `${env.module.file}:${node.start ?? 0}`,
    };
  }

  private classValue(node: t.Class, env: Env): ClassValue {
    return { kind: 'class', node, env, module: env.module, id: `${env.module.file}:${node.start ?? 0}` };
  }

  // ---- this ---------------------------------------------------------------------------------------

  thisOf(env: Env): Value {
    for (let e: Env | undefined = env; e; e = e.parent) {
      if (e.scope.kind !== 'function' || !e.scope.fn) continue;
      const fn = e.scope.fn;
      const owner = fn.thisOwner;
      if (e.givenThis === undefined && owner === undefined && fn.node.type === 'ArrowFunctionExpression')
        continue;
      const current = e;
      return current.thisValue(() => {
        if (current.givenThis !== undefined) return current.givenThis;
        if (owner !== undefined) return this.ownerThis(owner, current.parent ?? current);
        return hole('runtime-value', 'this');
      });
    }
    return hole('runtime-value', 'this');
  }

  private ownerThis(owner: ThisOwner, near: Env): Value {
    const env = this.envAt(owner.scope, near);
    if (owner.kind === 'class') return this.instance(owner.node, env, undefined);
    const object = this.objectLiteral(owner.node, env);
    return owner.component ? this.componentView(owner.node, object, env.module) : object;
  }

  /**
   * What `this` is inside a page or component: its options, `data` (also as `this.data`), methods,
   * computed values, and everything given to `setData` or assigned to `this.x` in the module.
   */
  componentView(node: t.ObjectExpression, options: ObjValue, module: ModuleRecord): ObjValue {
    const known = module.views.get(node);
    if (known) return known;
    const memo = new Map<string, Value>();
    let dataMemo: Value | undefined;
    const sectionValue = (section: string, key: string): Value | undefined => {
      const s = options.get(section);
      return s && s.kind === 'obj' ? s.get(key) : undefined;
    };
    const extra = (key: string): Value[] => {
      const out: Value[] = [];
      for (const site of [
        ...(module.index.setData.get(key) ?? []),
        ...(module.index.thisAssigns.get(key) ?? []),
      ]) {
        out.push(this.evaluate(site.expr, this.staticEnv(module, site.scope)));
      }
      return out;
    };
    const data = (): Value => {
      if (dataMemo) return dataMemo;
      dataMemo = UNDEFINED;
      const raw = options.get('data') ?? UNDEFINED;
      const base = raw.kind === 'fn' ? this.callFunction(raw, [], view) : raw;
      const keyMemo = new Map<string, Value | undefined>();
      dataMemo = {
        kind: 'obj',
        keys: () => (base.kind === 'obj' ? base.keys() : []),
        get: (key) => {
          if (keyMemo.has(key)) return keyMemo.get(key);
          // A value computed from itself (`list: this.data.list.concat(items)`) reads as unknown.
          keyMemo.set(key, hole('too-complex', `this.data.${key}`));
          const found = [base.kind === 'obj' ? base.get(key) : undefined, ...extra(key)].filter(
            (v): v is Value => v !== undefined,
          );
          const value = found.length ? union(found) : undefined;
          keyMemo.set(key, value);
          return value;
        },
      };
      return dataMemo;
    };
    const view: ObjValue = {
      kind: 'obj',
      keys: () => options.keys(),
      get: (key) => {
        const cached = memo.get(key);
        if (cached) return cached;
        memo.set(key, hole('too-complex', `this.${key}`));
        let value: Value;
        if (key === 'data') value = data();
        else {
          const found: Value[] = [];
          const own = key === 'methods' || key === 'computed' ? undefined : options.get(key);
          if (own) found.push(own);
          const d = data();
          const fromData = d.kind === 'obj' ? d.get(key) : undefined;
          if (fromData) found.push(fromData);
          const method = sectionValue('methods', key);
          if (method) found.push(method);
          const computed = sectionValue('computed', key);
          if (computed) found.push(computed.kind === 'fn' ? this.callFunction(computed, [], view) : computed);
          if (!fromData) found.push(...extra(key));
          const shared =
            found.length === 0 && key.startsWith('$') ? this.project.globalProperty(key) : undefined;
          if (shared) found.push(shared);
          value = found.length ? union(found) : hole('runtime-value', `this.${key}`);
        }
        memo.set(key, value);
        return value;
      },
    };
    module.views.set(node, view);
    return view;
  }

  /** An instance of a project class: fields, methods, and what the constructor assigns to `this`. */
  instance(node: t.Class, env: Env, args: readonly Value[] | undefined): ObjValue {
    const info = env.module.index.classes.get(node);
    const memo = new Map<string, Value>();
    const self: ObjValue = {
      kind: 'obj',
      keys: () => (info ? [...info.fields.keys(), ...info.methods.keys()] : []),
      get: (key) => {
        const cached = memo.get(key);
        if (cached) return cached;
        memo.set(key, hole('too-complex', `this.${key}`));
        const value = info ? this.instanceMember(info, env, args, key, self) : undefined;
        const result = value ?? hole('runtime-value', `this.${key}`);
        memo.set(key, result);
        return result;
      },
    };
    return self;
  }

  private instanceMember(
    info: ClassInfo,
    env: Env,
    args: readonly Value[] | undefined,
    key: string,
    self: ObjValue,
  ): Value | undefined {
    const found: Value[] = [];
    const field = info.fields.get(key);
    if (field) found.push(this.evaluate(field.expr, this.envAt(field.scope, env)));
    const method = info.methods.get(key);
    if (method) found.push(this.functionValue(method, this.envAt(info.scope, env)));
    const ctor = info.constructorFn;
    const ctorScope = ctor ? env.module.index.functions.get(ctor)?.scope : undefined;
    for (const site of env.module.index.thisAssigns.get(key) ?? []) {
      if (ctorScope && args !== undefined && isWithin(site.scope, ctorScope)) {
        const ctorEnv = new Env(ctorScope, this.envAt(info.scope, env), env.module, args, self, false, false);
        found.push(this.evaluate(site.expr, this.envAt(site.scope, ctorEnv)));
      } else if (isWithinNode(site.scope, info.node)) {
        found.push(this.evaluate(site.expr, this.staticEnv(env.module, site.scope)));
      }
    }
    return found.length ? union(found) : undefined;
  }

  // ---- calls --------------------------------------------------------------------------------------

  /** The value a call's callee evaluates to, and the receiver of a method call. */
  callee(node: t.Node, env: Env): { fn: Value; receiver: Value | undefined } {
    const callee = unwrap(node);
    if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') {
      const receiver = this.evaluate(callee.object, env);
      const name = memberName(callee);
      if (name !== undefined)
        return { fn: this.member(receiver, name, () => excerpt(env.module, callee, 40)), receiver };
      return { fn: this.memberExpression(callee, env), receiver };
    }
    return { fn: this.evaluate(callee, env), receiver: undefined };
  }

  evaluateArgs(args: readonly t.Node[], env: Env): Value[] {
    const out: Value[] = [];
    for (const a of args) {
      if (a.type === 'SpreadElement') {
        const v = this.evaluate(a.argument, env);
        if (v.kind === 'arr') out.push(...v.items);
        else out.push(this.items(v));
      } else out.push(this.evaluate(a, env));
    }
    return out;
  }

  private callExpression(node: t.CallExpression | t.OptionalCallExpression, env: Env): Value {
    const callee = unwrap(node.callee);
    if (callee.type === 'Import') {
      const source = node.arguments[0];
      return source?.type === 'StringLiteral'
        ? this.requireValue(env.module, source.value, true)
        : hole('runtime-value', 'import()');
    }
    const { fn, receiver } = this.callee(callee, env);
    const label = () => excerpt(env.module, node, 40);
    return this.applyCall(fn, receiver, node.arguments, env, label);
  }

  private applyCall(
    fn: Value,
    receiver: Value | undefined,
    argNodes: readonly t.Node[],
    env: Env,
    label: () => string,
  ): Value {
    switch (fn.kind) {
      case 'fn':
        return this.callFunction(fn, this.evaluateArgs(argNodes, env), fn.boundThis ?? receiver);
      case 'extern':
        return this.callExtern(fn.module, fn.name, argNodes, env, label);
      case 'api':
        return this.callApi(fn.host, fn.method, label);
      case 'method':
        return this.callMethod(fn.target, fn.name, argNodes, env, label);
      case 'client':
        return hole('runtime-value', label());
      case 'union':
        return union(fn.options.map((o) => this.applyCall(o, receiver, argNodes, env, label)));
      case 'unknown':
        return hole(fn.hole.reason === 'unknown-import' ? 'unknown-import' : 'runtime-value', label());
      default:
        return hole('runtime-value', label());
    }
  }

  private callApi(host: string, method: string, label: () => string): Value {
    if (!API_HOSTS.has(host)) return hole('runtime-value', label());
    if (method === 'createUDPSocket')
      return { kind: 'socket', protocol: 'udp', api: `${host}.createUDPSocket()` };
    if (method === 'createTCPSocket')
      return { kind: 'socket', protocol: 'tcp', api: `${host}.createTCPSocket()` };
    if (method === 'getExtConfigSync') return this.project.extConfig() ?? hole('ext-config', label());
    return hole('runtime-value', label());
  }

  private callExtern(
    module: string,
    name: string,
    argNodes: readonly t.Node[],
    env: Env,
    label: () => string,
  ): Value {
    const args = () => this.evaluateArgs(argNodes, env);
    if (module === '(global)') {
      if (name === 'require') {
        const source = argNodes[0] ? unwrap(argNodes[0]) : undefined;
        return source?.type === 'StringLiteral'
          ? this.requireValue(env.module, source.value, false)
          : hole('runtime-value', label());
      }
      if (name === 'getApp') return this.project.appInstance(env.module) ?? hole('runtime-value', label());
      return this.callBuiltin(name, args(), label);
    }
    const short = name.replace(/^default\./, '');
    if (module === 'react' || module === 'preact/hooks' || module === '@tarojs/taro') {
      // React hooks (Taro React pages): the initial state is the value a page renders first.
      const a = args();
      const initial = a[0] ?? UNDEFINED;
      const computed = () => (initial.kind === 'fn' ? this.callFunction(initial, [], undefined) : initial);
      if (short === 'useState')
        return { kind: 'arr', items: [computed(), hole('runtime-value', 'setState')] };
      if (short === 'useMemo') return computed();
      if (short === 'useRef') return plainObject(new Map([['current', initial]]));
    }
    if (
      module === 'vue' ||
      module.startsWith('@vue/') ||
      module === '@dcloudio/uni-app' ||
      module === '@tarojs/taro'
    ) {
      const a = args();
      if (short === 'ref' || short === 'shallowRef' || short === 'toRef') return refValue(a[0] ?? UNDEFINED);
      if (short === 'reactive' || short === 'readonly' || short === 'markRaw') return a[0] ?? UNDEFINED;
      if (short === 'computed') {
        const getter = a[0];
        return refValue(
          getter && getter.kind === 'fn' ? this.callFunction(getter, [], undefined) : UNDEFINED,
        );
      }
    }
    return hole('unknown-import', label());
  }

  /** The few standard functions that shape URLs and option objects. */
  private callBuiltin(name: string, args: readonly Value[], label: () => string): Value {
    const first = args[0] ?? UNDEFINED;
    switch (name) {
      case 'Object.assign':
        return assignObjects(args);
      case 'Object.freeze':
      case 'Promise.resolve':
        return first;
      case 'String':
        return concat(str(''), first);
      case 'encodeURIComponent':
      case 'encodeURI':
      case 'decodeURIComponent':
      case 'decodeURI': {
        const fn = { encodeURIComponent, encodeURI, decodeURIComponent, decodeURI }[name];
        return mapKnownText(first, (text) => {
          try {
            return fn(text);
          } catch {
            return text;
          }
        });
      }
      default:
        return hole('runtime-value', label());
    }
  }

  private callMethod(
    target: Value,
    name: string,
    argNodes: readonly t.Node[],
    env: Env,
    label: () => string,
  ): Value {
    const args = () => this.evaluateArgs(argNodes, env);
    switch (target.kind) {
      case 'str':
        return this.stringMethod(target, name, args(), label);
      case 'arr': {
        if (name === 'join') {
          const sep = args()[0];
          const sepText = sep ? knownTexts(sep) : [','];
          if (!sepText || sepText.length !== 1) return hole('runtime-value', label());
          const parts: Value[] = [];
          target.items.forEach((item, i) => {
            if (i > 0) parts.push(str(sepText[0] as string));
            parts.push(item);
          });
          return concatAll(parts);
        }
        if (name === 'find' || name === 'at' || name === 'pop' || name === 'shift') return this.items(target);
        if (name === 'filter' || name === 'slice' || name === 'concat' || name === 'reverse') return target;
        return hole('runtime-value', label());
      }
      case 'client':
        if (target.factory && name === 'create') {
          const config = args()[0];
          const baseURL = config ? this.member(config, 'baseURL') : undefined;
          return clientInstance(target.library, baseURL);
        }
        return hole('runtime-value', label());
      case 'fn': {
        const a = args();
        if (name === 'call') return this.callFunction(target, a.slice(1), a[0]);
        if (name === 'apply') {
          const list = a[1];
          return this.callFunction(target, list && list.kind === 'arr' ? list.items : [], a[0]);
        }
        if (name === 'bind') return { ...target, ...(a[0] ? { boundThis: a[0] } : {}) };
        return hole('runtime-value', label());
      }
      default:
        return hole('runtime-value', label());
    }
  }

  private stringMethod(target: Value, name: string, args: readonly Value[], label: () => string): Value {
    switch (name) {
      case 'trim':
        return mapKnownText(target, (s) => s.trim());
      case 'trimEnd':
        return mapKnownText(target, (s) => s.trimEnd());
      case 'trimStart':
        return mapKnownText(target, (s) => s.trimStart());
      case 'toString':
      case 'valueOf':
        return target;
      case 'concat':
        return concatAll([target, ...args]);
      case 'replace':
      case 'replaceAll': {
        const from = args[0] ? knownTexts(args[0]) : undefined;
        const to = args[1] ? knownTexts(args[1]) : undefined;
        if (!from || from.length !== 1 || !to || to.length !== 1) return hole('runtime-value', label());
        const [f, r] = [from[0] as string, to[0] as string];
        return mapKnownText(target, (s) => (name === 'replace' ? s.replace(f, r) : s.split(f).join(r)));
      }
      default:
        return hole('runtime-value', label());
    }
  }

  /** The return value of a project function called with `args` (`undefined` args: parameters unknown). */
  callFunction(fn: FnValue, args: readonly Value[] | undefined, thisValue: Value | undefined): Value {
    const module = fn.module as ModuleRecord;
    const node = fn.node as t.Function;
    const info = module.index.functions.get(node);
    if (!info || node.generator) return hole('runtime-value', 'call');
    const count = this.active.get(node) ?? 0;
    if (count >= LIMITS.maxRecursion || this.depth >= LIMITS.maxDepth)
      return hole('too-complex', 'recursion');
    this.active.set(node, count + 1);
    this.depth++;
    try {
      const env = new Env(info.scope, fn.env as Env, module, args ?? [], thisValue, false, false);
      if (info.returns.length === 0) return UNDEFINED;
      return union(info.returns.map((r) => this.evaluate(r.expr, this.envAt(r.scope, env))));
    } finally {
      this.depth--;
      if (count === 0) this.active.delete(node);
      else this.active.set(node, count);
    }
  }

  private newExpression(node: t.NewExpression, env: Env): Value {
    const callee = this.evaluate(node.callee, env);
    const args = () => this.evaluateArgs(node.arguments, env);
    return this.construct(callee, args, () => excerpt(env.module, node, 40));
  }

  construct(callee: Value, args: () => Value[], label: () => string): Value {
    switch (callee.kind) {
      case 'class':
        return this.instance(callee.node as t.Class, callee.env as Env, args());
      case 'client': {
        const config = args()[0];
        const baseURL = callee.library === 'luch' && config ? this.member(config, 'baseURL') : undefined;
        return clientInstance(callee.library, baseURL);
      }
      case 'union':
        return union(callee.options.map((o) => this.construct(o, args, label)));
      default:
        return hole('runtime-value', label());
    }
  }

  /**
   * What a template expression's free name means for the page or component whose script is `module`:
   * `<script setup>` / top-level bindings, the component's data, methods and computed values, or the `data`
   * field of a class component (WePY, Taro class components).
   */
  templateName(module: ModuleRecord, name: string): Value | undefined {
    const programEnv = this.staticEnv(module, module.index.programScope);
    if (module.index.programScope.decls.has(name)) return this.lookup(name, programEnv);
    const component = module.index.components[0];
    if (component) {
      const env = this.staticEnv(module, component.scope);
      const view = this.componentView(component.node, this.objectLiteral(component.node, env), module);
      const v = view.get(name);
      if (v && !(v.kind === 'unknown' && v.hole.label === `this.${name}`)) return v;
    }
    const def = module.index.exports.get('default');
    const classNode =
      def?.kind === 'expr' && (def.expr.type === 'ClassDeclaration' || def.expr.type === 'ClassExpression')
        ? def.expr
        : undefined;
    const local = def?.kind === 'local' ? this.lookup(def.name, programEnv) : undefined;
    const instance = classNode
      ? this.instance(classNode, programEnv, undefined)
      : local?.kind === 'class'
        ? this.instance(local.node as t.Class, local.env as Env, undefined)
        : undefined;
    if (instance) {
      for (const holder of ['data', 'state']) {
        const bag = instance.get(holder);
        const v = bag && bag.kind === 'obj' ? bag.get(name) : undefined;
        if (v) return v;
      }
    }
    return undefined;
  }

  // ---- modules ------------------------------------------------------------------------------------

  importValue(from: ModuleRecord, source: string, imported: string): Value {
    const special = packageValue(source, imported);
    if (special) return special;
    const target = this.project.resolveImport(from, source);
    if (target.kind === 'package') return { kind: 'extern', module: target.name, name: imported };
    if (target.kind === 'missing')
      return hole('unknown-import', `${imported === '*' ? '' : `${imported} from `}${source}`);
    if (imported === '*') return this.namespace(target.module);
    return this.exportValue(target.module, imported);
  }

  /** `require(x)` (CommonJS value) or `import(x)` (namespace). */
  private requireValue(from: ModuleRecord, source: string, esm: boolean): Value {
    const special = packageValue(source, esm ? '*' : 'default');
    if (special) return special;
    const target = this.project.resolveImport(from, source);
    if (target.kind === 'package') return { kind: 'extern', module: target.name, name: 'default' };
    if (target.kind === 'missing') return hole('unknown-import', source);
    return esm ? this.namespace(target.module) : this.cjsValue(target.module);
  }

  namespace(module: ModuleRecord): ObjValue {
    if (module.memo.namespace) return module.memo.namespace;
    const ns: ObjValue = {
      kind: 'obj',
      keys: () => [...module.index.exports.keys()],
      get: (key) => {
        const v = this.exportValue(module, key);
        // A name the module does not export reads as a missing property (so it is labelled where it is read).
        return v === UNDEFINED ? undefined : v;
      },
    };
    module.memo.namespace = ns;
    return ns;
  }

  exportValue(module: ModuleRecord, name: string): Value {
    const cached = module.exportMemo.get(name);
    if (cached) return cached;
    const guard = `${module.file}\u0000${name}`;
    if (this.pendingExports.has(guard)) return hole('too-complex', name);
    this.pendingExports.add(guard);
    try {
      const value = this.computeExport(module, name);
      module.exportMemo.set(name, value);
      return value;
    } finally {
      this.pendingExports.delete(guard);
    }
  }

  private computeExport(module: ModuleRecord, name: string): Value {
    const env = this.staticEnv(module, module.index.programScope);
    const def = module.index.exports.get(name);
    if (def) {
      if (def.kind === 'local') return this.lookup(def.name, env);
      if (def.kind === 'reexport') return this.importValue(module, def.source, def.imported);
      const expr = def.expr;
      if (isFunctionNode(expr)) return this.functionValue(expr, env);
      if (expr.type === 'ClassDeclaration' || expr.type === 'ClassExpression')
        return this.classValue(expr, env);
      return this.evaluate(expr, env);
    }
    for (const source of module.index.starExports) {
      const v = this.importValue(module, source, name);
      if (!(v.kind === 'unknown' || (v.kind === 'prim' && v.value === undefined))) return v;
    }
    if (module.index.cjsExports.length > 0 || module.index.cjsPatches.size > 0) {
      const cjs = this.cjsValue(module);
      return name === 'default' ? cjs : this.member(cjs, name);
    }
    return name === 'default' ? this.namespace(module) : UNDEFINED;
  }

  cjsValue(module: ModuleRecord): Value {
    if (module.memo.cjs) return module.memo.cjs;
    module.memo.cjs = hole('too-complex', module.file);
    const index = module.index;
    let value: Value;
    if (index.cjsExports.length === 0 && index.cjsPatches.size === 0) {
      value = this.namespace(module);
    } else {
      const base = union(index.cjsExports.map((s) => this.evaluate(s.expr, this.staticEnv(module, s.scope))));
      const props = index.cjsPatches;
      value =
        props.size === 0
          ? base
          : {
              kind: 'obj',
              keys: () => [...new Set([...(base.kind === 'obj' ? base.keys() : []), ...props.keys()])],
              get: (key) => {
                const sites = props.get(key);
                const own = base.kind === 'obj' ? base.get(key) : undefined;
                if (!sites) return own;
                const vals = sites.map((s) => this.evaluate(s.expr, this.staticEnv(module, s.scope)));
                return union(own ? [own, ...vals] : vals);
              },
            };
    }
    module.memo.cjs = value;
    return value;
  }
}

function isEmptyish(v: Value): boolean {
  if (v.kind === 'prim') return v.value === undefined || v.value === null;
  const texts = knownTexts(v);
  return texts !== undefined && texts.every((t) => t === '');
}

function isWithin(scope: ScopeRec, ancestor: ScopeRec): boolean {
  for (let s: ScopeRec | undefined = scope; s; s = s.parent) if (s === ancestor) return true;
  return false;
}

function isWithinNode(scope: ScopeRec, node: t.Node): boolean {
  for (let s: ScopeRec | undefined = scope; s; s = s.parent) {
    if ((s.node.start ?? -1) >= (node.start ?? 0) && (s.node.end ?? -1) <= (node.end ?? 0)) return true;
  }
  return false;
}

/**
 * `Object.assign(target, ...sources)`: a later source's property wins. A source known only at run time is used
 * for a key only when no known source has it (the spread rule of `objectProperty`).
 */
function assignObjects(args: readonly Value[]): ObjValue {
  return {
    kind: 'obj',
    keys: () => [...new Set(args.flatMap((a) => (a.kind === 'obj' ? a.keys() : [])))],
    get: (key) => {
      let fromUnknown: Value | undefined;
      for (let i = args.length - 1; i >= 0; i--) {
        const a = args[i] as Value;
        if (a.kind === 'obj') {
          const v = a.get(key);
          if (v !== undefined) return v;
        } else if (a.kind === 'unknown') {
          fromUnknown ??= {
            kind: 'unknown',
            hole: { ...a.hole, label: `${a.hole.label}.${key}` },
            ...(a.viaArg ? { viaArg: true } : {}),
          };
        }
      }
      return fromUnknown;
    },
  };
}

function refValue(inner: Value): ObjValue {
  return {
    kind: 'obj',
    isRef: true,
    keys: () => ['value'],
    get: (key) => (key === 'value' ? inner : undefined),
  };
}

function clientInstance(library: ClientValue['library'], baseURL: Value | undefined): ClientValue {
  return baseURL === undefined || (baseURL.kind === 'prim' && baseURL.value === undefined)
    ? { kind: 'client', library, factory: false }
    : { kind: 'client', library, factory: false, baseURL };
}

/** Values of packages the extractor understands: Taro's API object, HTTP client libraries. */
function packageValue(source: string, imported: string): Value | undefined {
  const host = HOST_MODULES[source];
  if (host !== undefined) {
    return imported === 'default' || imported === '*'
      ? { kind: 'host', name: host }
      : { kind: 'api', host, method: imported };
  }
  const library = CLIENT_MODULES[source];
  if (library !== undefined) {
    if (imported === 'default' || imported === '*' || imported === 'Fly' || imported === 'Request') {
      return { kind: 'client', library, factory: true };
    }
    return { kind: 'method', target: { kind: 'client', library, factory: true }, name: imported };
  }
  return undefined;
}
