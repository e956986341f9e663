import type { HostProbeResult } from '../model/probe-result.js';
import type { Whitelist } from '../model/whitelist.js';
import { judge } from '../rules/tls/judge.js';
import type { TlsRuleContext } from '../rules/tls/lib/context.js';
import { TrustStore } from '../rules/tls/lib/trust-store.js';
import { createProbeContexts, type ProbeContexts } from './contexts.js';
import { dnsLookup, type LookupFunction } from './dns.js';
import { observeHost, type ProbeEnvironment } from './host-probe.js';
import type { HostObservation } from './observation.js';
import { toHostProbeResult } from './result.js';
import type { ProbeTarget } from './target.js';
import { mergeTargets } from './targets.js';

export type { ProbeTarget } from './target.js';
export type { LookupFunction } from './dns.js';
export type { HostObservation } from './observation.js';
export {
  targetsFromWhitelist,
  targetsFromOrigins,
  targetFromArgument,
  parseResolveOption,
} from './targets.js';
export { validateCaPem } from './ca-file.js';
export { judgeObservation } from '../rules/tls/judge.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_EXPIRY_WARNING_DAYS = 30;

export interface ProbeOptions {
  /** Per host, everything included (DNS, handshakes, HTTP). Default 10 000. */
  timeoutMs?: number;
  /** Hosts probed at the same time. Default 8. */
  concurrency?: number;
  /** `host:port` → address (curl's --resolve); such addresses are allowed even when private. */
  resolve?: ReadonlyMap<string, string>;
  /** PEM certificates trusted in addition to Node's bundled roots (judged like public roots). */
  extraCaPem?: string;
  /** `cert-expiring-soon` threshold. Default 30. */
  expiryWarningDays?: number;
  /** The clock for expiry judgements. Default: the time the run starts. */
  now?: Date;
  excludedRules?: ReadonlySet<string>;
  /** DNS A+AAAA lookup; tests inject one so that nothing reaches real DNS. */
  lookup?: LookupFunction;
  /** When known, redirects to hosts it whitelists in the same list are not reported. */
  whitelist?: Whitelist;
  /** Called with each host's raw observation as soon as it is judged (debugging, `--format json --raw`). */
  onObservation?: (observation: HostObservation) => void;
}

/**
 * Probes every target (deduplicated by host:port, lists merged) with at most `concurrency` hosts at a time and
 * judges each observation with the TLS rules. Never throws; results come back in input order.
 */
export async function probeTargets(
  targets: readonly ProbeTarget[],
  options: ProbeOptions = {},
): Promise<HostProbeResult[]> {
  const unique = mergeTargets(targets);
  if (unique.length === 0) return [];
  const timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const now = options.now ?? new Date();
  const environment: ProbeEnvironment = {
    timeoutMs,
    ...(options.resolve ? { resolve: options.resolve } : {}),
    lookup: options.lookup ?? dnsLookup(timeoutMs),
    contexts: probeContexts(options.extraCaPem),
    clock: () => new Date(),
  };
  const context: TlsRuleContext = {
    now,
    expiryWarningDays: positive(options.expiryWarningDays, DEFAULT_EXPIRY_WARNING_DAYS, true),
    trust: TrustStore.withExtra(options.extraCaPem),
    ...(options.whitelist ? { whitelist: options.whitelist } : {}),
    ...(options.excludedRules ? { excludedRules: options.excludedRules } : {}),
  };
  const concurrency = Math.min(256, positive(options.concurrency, DEFAULT_CONCURRENCY));
  return mapWithConcurrency(unique, concurrency, async (target) => {
    const observation = await observeHost(target, environment);
    options.onObservation?.(observation);
    const { subject, findings } = judge(observation, context);
    return toHostProbeResult(observation, subject.chain, findings, now);
  });
}

/** A bad extra CA must not stop the run: fall back to the bundled roots (the CLI validates the file first). */
function probeContexts(extraCaPem: string | undefined): ProbeContexts {
  try {
    return createProbeContexts(extraCaPem);
  } catch {
    return createProbeContexts(undefined);
  }
}

function positive(value: number | undefined, fallback: number, allowZero = false): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return value > 0 || (allowZero && value === 0) ? value : fallback;
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the input order in the output. */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
