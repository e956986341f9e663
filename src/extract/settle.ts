import type { Endpoint, UnresolvedCall } from '../model/endpoint.js';
import type { Fact } from './facts.js';

/** Location order: file, line, column. */
export function compareLoc(
  a: { file: string; line: number; column?: number },
  b: { file: string; line: number; column?: number },
): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  return (a.column ?? 0) - (b.column ?? 0);
}

/** Plain code-unit order (locale-independent, so output is the same on every machine). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Keeps facts whose parameters were never supplied by a followed call; dedupes; sorts. */
export function settle(
  facts: readonly Fact[],
  followed: ReadonlySet<string>,
  only: ReadonlySet<string> | undefined,
  matchDefinition: boolean,
) {
  const endpoints = new Map<string, Endpoint>();
  const unresolved = new Map<string, UnresolvedCall>();
  for (const fact of facts) {
    if (fact.paramOf.some((id) => followed.has(id))) continue;
    if (fact.kind === 'endpoint') {
      const e = fact.endpoint;
      if (only && !only.has(e.file) && !(matchDefinition && e.definedAt && only.has(e.definedAt.file)))
        continue;
      const d = e.definedAt;
      const key = `${e.file}\u0000${e.line}\u0000${e.column}\u0000${e.url}\u0000${e.list}\u0000${e.api}\u0000${d ? `${d.file}:${d.line}:${d.column}` : ''}`;
      if (!endpoints.has(key)) endpoints.set(key, e);
    } else {
      const u = fact.call;
      if (only && !only.has(u.file)) continue;
      const key = `${u.file}\u0000${u.line}\u0000${u.column}\u0000${u.api}\u0000${u.expression}\u0000${u.reason}`;
      if (!unresolved.has(key)) unresolved.set(key, u);
    }
  }
  return {
    endpoints: [...endpoints.values()].sort(
      (a, b) =>
        compareLoc(a, b) ||
        compareText(a.url, b.url) ||
        compareText(a.list, b.list) ||
        compareText(a.api, b.api),
    ),
    unresolved: [...unresolved.values()].sort(
      (a, b) => compareLoc(a, b) || compareText(a.expression, b.expression) || compareText(a.api, b.api),
    ),
  };
}
