import { isHolePart, plainObject, toCandidates, type Candidate, type Hole, type Value } from '../value.js';
import type { Evaluator } from './evaluate.js';
import type { ModuleRecord } from './module.js';

/** Stands for the URL a call passes, while an interceptor's `invoke` is run on it. */
const ORIGINAL: Hole = { reason: 'runtime-value', label: '\u0000original-url' };

function isOriginal(part: Candidate['parts'][number]): boolean {
  return isHolePart(part) && part.hole === ORIGINAL;
}

/**
 * uni-app's `uni.addInterceptor('request', { invoke(args) { args.url = BASE + args.url } })` adds a base to every
 * relative URL at run time (the pattern of uni-app's own documentation). This reads what `invoke` does to
 * `args.url` and applies it to relative URLs of that API.
 */
export class Interceptors {
  /** `host.api` → the URL templates `invoke` produces, each with the original URL as a hole. */
  private readonly templates = new Map<string, Candidate[]>();

  add(ev: Evaluator, module: ModuleRecord): void {
    for (const record of module.index.interceptors) {
      const options = ev.evaluate(record.expr, ev.staticEnv(module, record.scope));
      const invoke = options.kind === 'obj' ? options.get('invoke') : undefined;
      if (invoke?.kind !== 'fn') continue;
      const args = ev.configAfterCall(
        invoke,
        plainObject(new Map([['url', { kind: 'unknown', hole: ORIGINAL }]])),
      );
      if (args === undefined) continue;
      // Flow-insensitively both the old and the rewritten URL are candidates; the rewrite is the one that adds text.
      const rewritten = toCandidates(ev.member(args, 'url')).filter(
        (c) => c.parts.some(isOriginal) && c.parts.some((p) => !isOriginal(p)),
      );
      if (rewritten.length === 0) continue;
      const key = `${record.host}.${record.api}`;
      this.templates.set(key, [...(this.templates.get(key) ?? []), ...rewritten]);
    }
  }

  get size(): number {
    return this.templates.size;
  }

  /** The URL after the interceptors of `host.api`: relative candidates get the base, the rest stay. */
  apply(host: string, api: string, url: Value): Value {
    const templates = this.templates.get(`${host}.${api}`);
    if (templates === undefined) return url;
    const out: Candidate[] = [];
    for (const c of toCandidates(url)) {
      const first = c.parts[0];
      const relative =
        first !== undefined && !isHolePart(first) && !/^\s*[a-zA-Z][a-zA-Z0-9+.-]*:/.test(first.text);
      if (!relative) {
        out.push(c);
        continue;
      }
      for (const t of templates) {
        out.push({ parts: t.parts.flatMap((p) => (isOriginal(p) ? c.parts : [p])), viaArg: c.viaArg });
      }
    }
    return { kind: 'str', cands: out };
  }
}
