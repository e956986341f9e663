import type { UnresolvedReason } from '../model/endpoint.js';
import type { SourceLocation } from '../model/location.js';

/**
 * The abstract values the extractor computes for expressions. Strings are kept as lists of candidates made of
 * known text (with where it was written) and holes (what is only known at run time), so that
 * `BASE + '/item/' + id` still yields its origin. Every operation is bounded (candidate count, nesting).
 */

/** Something only known at run time, and why. */
export interface Hole {
  readonly reason: UnresolvedReason;
  /** Short text shown in place of the hole, e.g. `path` or `res.data.url`. */
  readonly label: string;
  /** Set when the hole is a parameter of a project function: `file:offset` of that function. */
  readonly paramOf?: string;
}

export type Part = { readonly text: string; readonly loc?: SourceLocation } | { readonly hole: Hole };

export interface Candidate {
  readonly parts: readonly Part[];
  /** The value flowed in through an argument of the outermost inlined call (see js/visit.ts). */
  readonly viaArg?: boolean;
}

interface Tagged {
  readonly viaArg?: boolean;
}

export interface StrValue extends Tagged {
  readonly kind: 'str';
  readonly cands: readonly Candidate[];
}

/** number, boolean, null, undefined. */
export interface PrimValue extends Tagged {
  readonly kind: 'prim';
  readonly value: number | boolean | null | undefined;
  /** For `undefined` read from somewhere (`config.baseUrl` that no code sets): what was read. */
  readonly label?: string;
}

/** An object whose properties are computed on demand. */
export interface ObjValue extends Tagged {
  readonly kind: 'obj';
  get(key: string): Value | undefined;
  /** Known own keys (for unions over an environment map). */
  keys(): readonly string[];
  /** Set for `ref(x)`-style wrappers a Vue template unwraps. */
  readonly isRef?: boolean;
}

export interface ArrValue extends Tagged {
  readonly kind: 'arr';
  readonly items: readonly Value[];
}

/** A function of the project, with the environment it closes over. */
export interface FnValue extends Tagged {
  readonly kind: 'fn';
  /** Opaque handles owned by js/ (kept `unknown` here so this module stays free of AST types). */
  readonly node: unknown;
  readonly env: unknown;
  readonly module: unknown;
  readonly id: string;
  readonly boundThis?: Value;
}

/** A class of the project (instances are built by `new`). */
export interface ClassValue extends Tagged {
  readonly kind: 'class';
  readonly node: unknown;
  readonly env: unknown;
  readonly module: unknown;
  readonly id: string;
}

/** A platform API object: `wx`, `uni`, `Taro`, `my`, `tt`, `swan`, `qq`. */
export interface HostValue extends Tagged {
  readonly kind: 'host';
  readonly name: string;
}

/** A platform API function such as `wx.request`. */
export interface ApiValue extends Tagged {
  readonly kind: 'api';
  readonly host: string;
  readonly method: string;
}

/** An HTTP client library object: the axios module, an axios/fly/luch-request instance. */
export interface ClientValue extends Tagged {
  readonly kind: 'client';
  readonly library: 'axios' | 'fly' | 'luch';
  /** `true` for the factory (`axios`, `Fly`), which makes instances. */
  readonly factory: boolean;
  readonly baseURL?: Value;
}

/** The object `createUDPSocket()` / `createTCPSocket()` returns. */
export interface SocketValue extends Tagged {
  readonly kind: 'socket';
  readonly protocol: 'udp' | 'tcp';
  readonly api: string;
}

/** A method read off a special object (a client, a socket, a string or an array), called later. */
export interface MethodValue extends Tagged {
  readonly kind: 'method';
  readonly target: Value;
  readonly name: string;
}

/** Something imported from a package outside the project (`vue`'s `ref`, a UI kit). */
export interface ExternValue extends Tagged {
  readonly kind: 'extern';
  readonly module: string;
  /** Dotted path inside the module: `ref`, `default.create`. */
  readonly name: string;
}

export interface UnknownValue extends Tagged {
  readonly kind: 'unknown';
  readonly hole: Hole;
}

export interface UnionValue extends Tagged {
  readonly kind: 'union';
  readonly options: readonly Value[];
}

export type Value =
  | StrValue
  | PrimValue
  | ObjValue
  | ArrValue
  | FnValue
  | ClassValue
  | HostValue
  | ApiValue
  | ClientValue
  | SocketValue
  | MethodValue
  | ExternValue
  | UnknownValue
  | UnionValue;

/** At most this many candidates per string value; the rest become one `too-complex` hole. */
export const MAX_CANDIDATES = 24;
/** At most this many options in a union of non-string values. */
export const MAX_UNION = 16;
/** At most this many parts in one candidate (a long chain of concatenations). */
const MAX_PARTS = 64;

export function hole(reason: Hole['reason'], label: string, paramOf?: string): UnknownValue {
  return { kind: 'unknown', hole: paramOf === undefined ? { reason, label } : { reason, label, paramOf } };
}

export const UNDEFINED: PrimValue = { kind: 'prim', value: undefined };

export function str(text: string, loc?: SourceLocation): StrValue {
  return { kind: 'str', cands: [{ parts: [loc ? { text, loc } : { text }] }] };
}

export function prim(value: PrimValue['value']): PrimValue {
  return { kind: 'prim', value };
}

/** An object with fixed, already computed properties. */
export function plainObject(props: ReadonlyMap<string, Value>): ObjValue {
  return { kind: 'obj', get: (key) => props.get(key), keys: () => [...props.keys()] };
}

export function isHolePart(part: Part): part is { readonly hole: Hole } {
  return 'hole' in part;
}

/** Marks a value (and everything read from it) as having come in through an argument. */
export function tagViaArg(value: Value): Value {
  if (value.viaArg) return value;
  switch (value.kind) {
    case 'str':
      return { kind: 'str', viaArg: true, cands: value.cands.map((c) => ({ parts: c.parts, viaArg: true })) };
    case 'obj': {
      const source = value;
      return {
        kind: 'obj',
        viaArg: true,
        isRef: source.isRef,
        get: (key) => {
          const v = source.get(key);
          return v === undefined ? undefined : tagViaArg(v);
        },
        keys: () => source.keys(),
      };
    }
    case 'arr':
      return { kind: 'arr', viaArg: true, items: value.items.map(tagViaArg) };
    case 'union':
      return { kind: 'union', viaArg: true, options: value.options.map(tagViaArg) };
    default:
      return { ...value, viaArg: true };
  }
}

/** The string candidates of any value (`String(value)` semantics where it is known). */
export function toCandidates(value: Value): readonly Candidate[] {
  const viaArg = value.viaArg === true;
  switch (value.kind) {
    case 'str':
      return value.cands;
    case 'prim':
      // An undefined value in a URL means the analysis did not find where it is set: unknown, not "undefined".
      if (value.value === undefined)
        return [
          { parts: [{ hole: { reason: 'runtime-value', label: value.label ?? 'undefined' } }], viaArg },
        ];
      return [{ parts: [{ text: String(value.value) }], viaArg }];
    case 'unknown':
      return [{ parts: [{ hole: value.hole }], viaArg }];
    case 'union':
      return capCandidates(value.options.flatMap((o) => toCandidates(o)));
    case 'extern': {
      // A global (`Object`, `getApp`) is a run-time value; a package outside the project is an unknown import.
      const reason = value.module === '(global)' ? 'runtime-value' : 'unknown-import';
      const label = value.name === 'default' ? value.module : value.name;
      return [{ parts: [{ hole: { reason, label } }], viaArg }];
    }
    case 'obj':
      if (value.isRef) {
        const inner = value.get('value');
        if (inner) return toCandidates(inner);
      }
      return [{ parts: [{ hole: { reason: 'runtime-value', label: 'object' } }], viaArg }];
    default:
      return [{ parts: [{ hole: { reason: 'runtime-value', label: value.kind } }], viaArg }];
  }
}

function capCandidates(cands: readonly Candidate[]): readonly Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const c of cands) {
    const key = candidateKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    if (out.length === MAX_CANDIDATES) {
      out.push({ parts: [{ hole: { reason: 'too-complex', label: '…' } }] });
      break;
    }
    out.push(c);
  }
  return out;
}

function candidateKey(c: Candidate): string {
  return (
    (c.viaArg ? '1' : '0') +
    c.parts
      .map((p) => (isHolePart(p) ? `\u0000${p.hole.label}\u0000${p.hole.paramOf ?? ''}` : p.text))
      .join('\u0001')
  );
}

function mergeParts(a: readonly Part[], b: readonly Part[]): Part[] {
  const out = [...a];
  for (const p of b) {
    if (out.length >= MAX_PARTS) {
      out.push({ hole: { reason: 'too-complex', label: '…' } });
      break;
    }
    if (!isHolePart(p) && p.text === '') continue;
    out.push(p);
  }
  return out;
}

/** String concatenation over every pair of candidates (bounded). */
export function concat(left: Value, right: Value): StrValue {
  const ls = toCandidates(left);
  const rs = toCandidates(right);
  const out: Candidate[] = [];
  for (const l of ls) {
    for (const r of rs) {
      out.push({ parts: mergeParts(l.parts, r.parts), viaArg: l.viaArg || r.viaArg });
      if (out.length > MAX_CANDIDATES) break;
    }
    if (out.length > MAX_CANDIDATES) break;
  }
  return { kind: 'str', cands: capCandidates(out) };
}

/** Concatenation of many values, e.g. a template literal. */
export function concatAll(values: readonly Value[]): StrValue {
  let acc: StrValue = { kind: 'str', cands: [{ parts: [] }] };
  for (const v of values) acc = concat(acc, v);
  return acc;
}

/** One value that may be any of the given ones. Strings merge their candidates. */
export function union(values: readonly Value[]): Value {
  const flat: Value[] = [];
  for (const v of values) {
    if (v.kind === 'union') flat.push(...v.options);
    else flat.push(v);
  }
  if (flat.length === 0) return UNDEFINED;
  if (flat.length === 1) return flat[0] as Value;
  if (flat.every((v) => v.kind === 'str' || v.kind === 'unknown' || v.kind === 'prim')) {
    const defined = flat.filter((v) => !(v.kind === 'prim' && (v.value === undefined || v.value === null)));
    if (defined.length === 0) return flat[0] as Value;
    if (defined.length === 1) return defined[0] as Value;
    return { kind: 'str', cands: capCandidates(defined.flatMap((v) => toCandidates(v))) };
  }
  const options = flat.filter((v) => !(v.kind === 'prim' && v.value === undefined));
  if (options.length === 1) return options[0] as Value;
  return { kind: 'union', options: options.slice(0, MAX_UNION) };
}

/** True when the value is fully known text (no hole in any candidate). */
export function knownTexts(value: Value): string[] | undefined {
  const out: string[] = [];
  for (const c of toCandidates(value)) {
    let text = '';
    for (const p of c.parts) {
      if (isHolePart(p)) return undefined;
      text += p.text;
    }
    out.push(text);
  }
  return out;
}

/** The first hole of a value, if any (used to explain why something is unknown). */
export function firstHole(value: Value): Hole | undefined {
  if (value.kind === 'unknown') return value.hole;
  for (const c of toCandidates(value)) for (const p of c.parts) if (isHolePart(p)) return p.hole;
  return undefined;
}

/** Applies a text transform to fully known candidates; candidates with holes keep their shape. */
export function mapKnownText(value: Value, transform: (text: string) => string): StrValue {
  const cands = toCandidates(value).map((c): Candidate => {
    if (c.parts.some(isHolePart)) return c;
    const loc = c.parts.find(
      (p): p is { text: string; loc?: SourceLocation } => !isHolePart(p) && !!p.loc,
    )?.loc;
    const text = transform(c.parts.map((p) => (isHolePart(p) ? '' : p.text)).join(''));
    return { parts: [loc ? { text, loc } : { text }], viaArg: c.viaArg };
  });
  return { kind: 'str', cands };
}

/** Strips trailing slashes of the last known text, or leading slashes of the first. */
function trimSlashes(c: Candidate, end: 'leading' | 'trailing'): Candidate {
  const parts = [...c.parts];
  const i = end === 'trailing' ? parts.length - 1 : 0;
  const p = parts[i];
  if (p === undefined || isHolePart(p)) return c;
  const text = end === 'trailing' ? p.text.replace(/\/+$/, '') : p.text.replace(/^\/+/, '');
  parts[i] = p.loc ? { text, loc: p.loc } : { text };
  return { parts, viaArg: c.viaArg };
}

const ABSOLUTE = /^\s*[a-zA-Z][a-zA-Z0-9+.-]*:\/\//;

/** `baseURL` + `url` the way axios and fly combine them: an absolute URL ignores the base. */
export function joinUrl(base: Value | undefined, url: Value): StrValue {
  const out: Candidate[] = [];
  const bases = base ? toCandidates(base).map((b) => trimSlashes(b, 'trailing')) : [];
  for (const u of toCandidates(url)) {
    const first = u.parts[0];
    const absolute = first !== undefined && !isHolePart(first) && ABSOLUTE.test(first.text);
    if (absolute || bases.length === 0) {
      out.push(u);
      continue;
    }
    const rel = trimSlashes(u, 'leading');
    const relEmpty = rel.parts.every((p) => !isHolePart(p) && p.text === '');
    for (const b of bases) {
      const joined = relEmpty ? b.parts : [...b.parts, { text: '/' }, ...rel.parts];
      out.push({ parts: mergeParts([], joined), viaArg: b.viaArg || u.viaArg });
    }
  }
  return { kind: 'str', cands: capCandidates(out) };
}
