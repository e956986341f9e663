import type { Whitelist } from '../../../model/whitelist.js';
import { chainToJudge, type HostObservation } from '../../../probe/observation.js';
import { analyzeChain, type ChainAnalysis } from './chain.js';
import type { TrustStore } from './trust-store.js';

/** What TLS rules know besides the observation. Rules are pure: the clock is here, not in the rule. */
export interface TlsRuleContext {
  readonly now: Date;
  /** `cert-expiring-soon` fires below this many days left. */
  readonly expiryWarningDays: number;
  readonly trust: TrustStore;
  /** When known, a redirect to a host whitelisted in the same list is not reported. */
  readonly whitelist?: Whitelist;
  readonly excludedRules?: ReadonlySet<string>;
}

/** What a TLS rule judges: the raw observation and the chain analysed once for all rules. */
export interface TlsSubject {
  readonly observation: HostObservation;
  /** `undefined` when no certificate was seen (no handshake completed, or the leaf was unreadable). */
  readonly chain?: ChainAnalysis;
}

export function tlsSubject(observation: HostObservation, context: TlsRuleContext): TlsSubject {
  const observed = chainToJudge(observation);
  const chain = observed
    ? analyzeChain(
        observed.source,
        observed.certificates.map((b64) => Buffer.from(b64, 'base64')),
        context.trust,
      )
    : undefined;
  return chain ? { observation, chain } : { observation };
}
