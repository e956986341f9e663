import type * as t from '@babel/types';
import type { SourceLocation } from '../../model/location.js';
import type { ObjValue, Value } from '../value.js';
import type { ModuleIndex, ScopeRec } from './scope.js';

/** One parsed script of the project (a .js/.ts file or an SFC's `<script>` block) and what was computed on it. */
export interface ModuleRecord {
  /** Project-relative POSIX path of the file. */
  readonly file: string;
  /** The parsed text (for an SFC, the script block only). */
  readonly code: string;
  readonly index: ModuleIndex;
  /** Environments of scopes reached without a call (parameters unknown), shared by every lookup. */
  readonly staticEnvs: Map<ScopeRec, Env>;
  readonly exportMemo: Map<string, Value>;
  readonly views: Map<t.Node, ObjValue>;
  memo: { cjs?: Value; namespace?: ObjValue };
  /** Names the code reads without declaring them (a template expression reads the page data). */
  readonly globals?: (name: string) => Value | undefined;
}

export function moduleRecord(
  file: string,
  code: string,
  index: ModuleIndex,
  globals?: (name: string) => Value | undefined,
): ModuleRecord {
  return {
    file,
    code,
    index,
    staticEnvs: new Map(),
    exportMemo: new Map(),
    views: new Map(),
    memo: {},
    ...(globals ? { globals } : {}),
  };
}

const PENDING = Symbol('pending');

/**
 * The bindings of one scope at one activation: a function scope inlined for a call has its own `Env` with
 * the call's arguments; otherwise parameters are unknown. Values are computed on first lookup and kept.
 */
export class Env {
  private values: Map<string, Value | typeof PENDING> | undefined;
  private thisMemo: Value | undefined;

  constructor(
    readonly scope: ScopeRec,
    readonly parent: Env | undefined,
    readonly module: ModuleRecord,
    /** Arguments of an inlined call; `undefined` means parameters are unknown. */
    readonly args: readonly Value[] | undefined,
    /** `this` given by the caller (a method call's receiver). */
    readonly givenThis: Value | undefined,
    /** The arguments came from the outermost inlined call: mark what flows from them (see visit.ts). */
    readonly tagArgs: boolean,
    readonly isStatic: boolean,
  ) {}

  /** The value already computed for a name, if any (no allocation on the hot lookup path). */
  known(name: string): Value | undefined {
    const v = this.values?.get(name);
    return v === PENDING ? undefined : v;
  }

  /** True while the value of `name` is being computed: reading it now is a cycle (`url = url + x`). */
  pending(name: string): boolean {
    return this.values?.get(name) === PENDING;
  }

  begin(name: string): void {
    (this.values ??= new Map()).set(name, PENDING);
  }

  end(name: string, value: Value | undefined): void {
    if (value === undefined) this.values?.delete(name);
    else this.values?.set(name, value);
  }

  thisValue(compute: () => Value): Value {
    this.thisMemo ??= compute();
    return this.thisMemo;
  }
}

export function nodeLocation(module: ModuleRecord, node: t.Node): SourceLocation {
  const start = node.loc?.start;
  return { file: module.file, line: start?.line ?? 1, column: (start?.column ?? 0) + 1 };
}

/** A short, single-line excerpt of the source of a node. */
export function excerpt(module: ModuleRecord, node: t.Node, max = 60): string {
  const text = module.code
    .slice(node.start ?? 0, node.end ?? 0)
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
