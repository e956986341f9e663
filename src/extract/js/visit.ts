import type * as t from '@babel/types';
import type { SourceLocation } from '../../model/location.js';
import { API_HOSTS, CLIENT_URL_METHODS, isWebViewTag, SOCKET_FACTORIES, urlApi } from '../apis.js';
import { socketFacts, urlFacts, type Fact, type UseSite } from '../facts.js';
import { joinUrl, str, union, type ClientValue, type FnValue, type Value } from '../value.js';
import { isFunctionNode, unwrap } from './ast.js';
import type { Evaluator } from './evaluate.js';
import { Interceptors } from './interceptors.js';
import { Env, excerpt, nodeLocation, type ModuleRecord } from './module.js';
import type { ScopeRec, Site } from './scope.js';

/** How deep calls into project functions are followed from one call site. */
const MAX_INLINE_DEPTH = 6;
/** Calls looked at inside followed calls, per outermost call site. */
const INLINE_SITE_BUDGET = 4_000;

const INERT_METHODS = new Set([
  'then',
  'catch',
  'finally',
  'setData',
  'triggerEvent',
  'log',
  'warn',
  'error',
  'info',
  'debug',
]);
const ITERATION_METHODS = new Set([
  'forEach',
  'map',
  'filter',
  'some',
  'every',
  'find',
  'findIndex',
  'flatMap',
]);

/** One walk through code: either a module's own code, or the body of a function followed from a call. */
interface Frame {
  readonly depth: number;
  readonly module: ModuleRecord;
  /** The outermost call site, where facts found inside followed calls are reported. */
  readonly site: SourceLocation | undefined;
  /** Function ids on the followed-call stack (recursion guard). */
  readonly stack: readonly string[];
  readonly budget: { sites: number };
  /** Something network-related happened in this frame (used to skip inert functions next time). */
  touched: boolean;
}

/** Results shared by every visit of one extraction. */
export interface VisitSink {
  readonly facts: Fact[];
  /** Ids of functions followed from at least one call site. */
  readonly followed: Set<string>;
  /** Ids of functions known to reach no network API, so calls to them are not followed again. */
  readonly inert: Set<string>;
}

/**
 * Walks code looking for network API calls, web-view JSX and calls of project functions (followed into,
 * so that a wrapper called with `'/user'` yields the endpoint at the call site).
 */
export class Visitor {
  constructor(
    private readonly ev: Evaluator,
    private readonly sink: VisitSink,
    private readonly interceptors: Interceptors = new Interceptors(),
    /**
     * Whether code in a file can reach a network API at all (it mentions one, or imports a file that does).
     * Calls into other files are not followed: on big code bases that is most calls, and none can matter.
     */
    private readonly mayReachNetwork: (file: string) => boolean = () => true,
  ) {}

  visitModule(module: ModuleRecord): void {
    this.ev.resetBudget();
    const frame: Frame = {
      depth: 0,
      module,
      site: undefined,
      stack: [],
      budget: { sites: Infinity },
      touched: false,
    };
    for (const site of module.index.sites)
      this.visitSite(site.node, this.ev.staticEnv(module, site.scope), frame);
  }

  private visitSite(node: Site['node'], env: Env, frame: Frame): void {
    if (node.type === 'JSXOpeningElement') this.jsx(node, env, frame);
    else this.call(node, env, frame);
  }

  /** The environment of a scope nested in a followed function, made once per follow. */
  private envWithin(scope: ScopeRec, anchor: Env, cache: Map<ScopeRec, Env>): Env {
    if (scope === anchor.scope) return anchor;
    const hit = cache.get(scope);
    if (hit) return hit;
    const parent = scope.parent ? this.envWithin(scope.parent, anchor, cache) : anchor;
    const env = new Env(scope, parent, anchor.module, undefined, undefined, false, false);
    cache.set(scope, env);
    return env;
  }

  private site(node: t.Node, frame: Frame): SourceLocation {
    return frame.site ?? nodeLocation(frame.module, node);
  }

  private use(api: string, list: UseSite['list'], node: t.Node, frame: Frame, keepAll: boolean): UseSite {
    return { api, list, site: this.site(node, frame), onlyViaArg: frame.depth > 0 && !keepAll };
  }

  private emit(facts: readonly Fact[]): void {
    for (const f of facts) this.sink.facts.push(f);
  }

  private call(node: t.CallExpression | t.OptionalCallExpression, env: Env, frame: Frame): void {
    if (this.ev.exhausted) return;
    const callee = unwrap(node.callee);
    if (callee.type === 'Import' || callee.type === 'Super') return;
    // `p.then(cb)` and `this.setData({…})` never call the network themselves; their callbacks and the call
    // producing `p` are sites of their own. Skipping them avoids evaluating `p` (often a chain of calls).
    if (
      (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') &&
      !callee.computed
    ) {
      const name = callee.property.type === 'Identifier' ? callee.property.name : undefined;
      if (name !== undefined && INERT_METHODS.has(name)) return;
    }
    const { fn, receiver } = this.ev.callee(callee, env);
    this.dispatch(fn, receiver, node, env, frame);
  }

  private dispatch(
    fn: Value,
    receiver: Value | undefined,
    node: t.CallExpression | t.OptionalCallExpression,
    env: Env,
    frame: Frame,
  ): void {
    switch (fn.kind) {
      case 'union':
        for (const option of fn.options) this.dispatch(option, receiver, node, env, frame);
        return;
      case 'api':
        this.apiCall(fn.host, fn.method, fn.viaArg === true, node, env, frame);
        return;
      case 'client':
        this.clientCall(fn, undefined, node, env, frame);
        return;
      case 'method':
        this.methodCall(fn.target, fn.name, node, env, frame);
        return;
      case 'fn':
        this.follow(fn, this.ev.evaluateArgs(node.arguments, env), fn.boundThis ?? receiver, node, frame);
        return;
      case 'unknown':
        // A callback parameter called as a function: it may be a network API handed in by a caller.
        if (fn.hole.paramOf !== undefined) frame.touched = true;
        return;
      default:
        return;
    }
  }

  private apiCall(
    host: string,
    method: string,
    keepAll: boolean,
    node: t.CallExpression | t.OptionalCallExpression,
    env: Env,
    frame: Frame,
  ): void {
    if (!API_HOSTS.has(host)) return;
    const spec = urlApi(method);
    if (spec === undefined) {
      if (Object.hasOwn(SOCKET_FACTORIES, method)) frame.touched = true;
      return;
    }
    frame.touched = true;
    const first = node.arguments[0];
    if (first === undefined || first.type === 'SpreadElement' || first.type === 'ArgumentPlaceholder') return;
    const options = this.ev.evaluate(first, env);
    const written = this.ev.member(
      options,
      spec.urlKey,
      () => `${excerpt(frame.module, first, 30)}.${spec.urlKey}`,
    );
    const url = this.interceptors.apply(host, method, written);
    const use = {
      ...this.use(`${host}.${method}`, spec.list, node, frame, keepAll),
      localFileHint: method === 'getImageInfo',
    };
    this.emit(urlFacts(use, url));
  }

  private methodCall(
    target: Value,
    name: string,
    node: t.CallExpression | t.OptionalCallExpression,
    env: Env,
    frame: Frame,
  ): void {
    const args = node.arguments;
    switch (target.kind) {
      case 'socket': {
        const factory = Object.values(SOCKET_FACTORIES).find((f) => f.protocol === target.protocol);
        if (!factory?.methods.includes(name)) return;
        frame.touched = true;
        const first = args[0];
        if (first === undefined || first.type === 'SpreadElement' || first.type === 'ArgumentPlaceholder')
          return;
        const options = this.ev.evaluate(first, env);
        const address = this.ev.member(
          options,
          'address',
          () => `${excerpt(frame.module, first, 30)}.address`,
        );
        const port = this.ev.member(options, 'port');
        const use = this.use(`${target.api}.${name}`, target.protocol, node, frame, target.viaArg === true);
        this.emit(socketFacts(use, target.protocol, address, port));
        return;
      }
      case 'client':
        this.clientCall(target, name, node, env, frame);
        return;
      case 'arr': {
        const callback = args[0] ? unwrap(args[0]) : undefined;
        if (!ITERATION_METHODS.has(name) || !callback || !isFunctionNode(callback)) return;
        const fn = this.ev.functionValue(callback, env);
        this.follow(
          fn,
          [this.ev.items(target), { kind: 'unknown', hole: { reason: 'runtime-value', label: 'index' } }],
          undefined,
          node,
          frame,
        );
        return;
      }
      case 'fn': {
        const values = this.ev.evaluateArgs(args, env);
        if (name === 'call') this.follow(target, values.slice(1), values[0], node, frame);
        else if (name === 'apply') {
          const list = values[1];
          this.follow(target, list?.kind === 'arr' ? list.items : [], values[0], node, frame);
        }
        return;
      }
      default:
        return;
    }
  }

  /** A request made through an axios / fly / luch-request object: `http.get('/x')`, `http.request({url})`, `http(cfg)`. */
  private clientCall(
    client: ClientValue,
    method: string | undefined,
    node: t.CallExpression | t.OptionalCallExpression,
    env: Env,
    frame: Frame,
  ): void {
    if (method === 'create' || method === 'setConfig' || method === 'use') return;
    const direct = method === undefined || method === 'request';
    if (!direct && !CLIENT_URL_METHODS.has(method)) return;
    frame.touched = true;
    const args = this.ev.evaluateArgs(node.arguments, env);
    const first = args[0];
    if (first === undefined) return;
    let url: Value;
    const bases: Value[] = client.baseURL ? [client.baseURL] : [];
    if (direct && first.kind === 'obj') {
      url = this.ev.member(first, 'url');
      const own = first.get('baseURL');
      if (own) bases.push(own);
    } else {
      url = first;
      for (const config of args.slice(1)) {
        if (config.kind !== 'obj') continue;
        const own = config.get('baseURL');
        if (own) bases.push(own);
      }
    }
    const list = method === 'upload' ? 'uploadFile' : method === 'download' ? 'downloadFile' : 'request';
    const api = excerpt(frame.module, node.callee, 40);
    const use = this.use(api, list, node, frame, client.viaArg === true);
    this.emit(urlFacts(use, joinUrl(bases.length ? union(bases) : undefined, url)));
  }

  private jsx(node: t.JSXOpeningElement, env: Env, frame: Frame): void {
    const name = node.name.type === 'JSXIdentifier' ? node.name.name : undefined;
    if (name === undefined || !isWebViewTag(name)) return;
    for (const attr of node.attributes) {
      if (attr.type !== 'JSXAttribute' || attr.name.type !== 'JSXIdentifier' || attr.name.name !== 'src')
        continue;
      const v = attr.value;
      let value: Value | undefined;
      if (v?.type === 'StringLiteral') value = str(v.value, nodeLocation(frame.module, v));
      else if (v?.type === 'JSXExpressionContainer' && v.expression.type !== 'JSXEmptyExpression') {
        value = this.ev.evaluate(v.expression, env);
      }
      if (value === undefined) continue;
      frame.touched = true;
      this.emit(urlFacts(this.use(`<${name} src>`, 'webview', node, frame, false), value));
    }
  }

  /** Follows a call into a project function with the call's arguments bound to its parameters. */
  private follow(
    fn: FnValue,
    args: readonly Value[],
    thisValue: Value | undefined,
    callNode: t.Node,
    frame: Frame,
  ): void {
    const module = fn.module as ModuleRecord;
    const node = fn.node as t.Function;
    const info = module.index.functions.get(node);
    if (info === undefined || this.sink.inert.has(fn.id) || !this.mayReachNetwork(module.file)) return;
    if (frame.depth >= MAX_INLINE_DEPTH || frame.stack.includes(fn.id) || this.ev.exhausted) {
      frame.touched = true;
      return;
    }
    // Arguments of the outermost call are tagged (see `UseSite.onlyViaArg`); so are those of a callback that
    // came in as an argument (`retry(() => wx.request(…))`), whose calls belong to the outer call site too.
    const tagArgs = frame.depth === 0 || fn.viaArg === true;
    const env = new Env(info.scope, fn.env as Env, module, args, thisValue, tagArgs, false);
    const inner: Frame = {
      depth: frame.depth + 1,
      module,
      site: this.site(callNode, frame),
      stack: [...frame.stack, fn.id],
      budget: frame.depth === 0 ? { sites: INLINE_SITE_BUDGET } : frame.budget,
      touched: false,
    };
    this.sink.followed.add(fn.id);
    const envs = new Map<ScopeRec, Env>();
    const sites = module.index.sites;
    for (let i = info.sites[0]; i < info.sites[1]; i++) {
      if (--inner.budget.sites < 0) break;
      const site = sites[i] as Site;
      this.visitSite(site.node, this.envWithin(site.scope, env, envs), inner);
    }
    if (inner.touched) frame.touched = true;
    else if (inner.budget.sites >= 0 && !this.ev.exhausted) this.sink.inert.add(fn.id);
  }
}
