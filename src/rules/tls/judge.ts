import { localize } from '../../i18n/translate.js';
import type { Finding } from '../../model/finding.js';
import type { HostObservation } from '../../probe/observation.js';
import { fingerprint } from '../fingerprint.js';
import { runRule, type FindingAnchor } from '../run.js';
import { tlsRules } from './index.js';
import { tlsSubject, type TlsRuleContext, type TlsSubject } from './lib/context.js';

export interface Judgement {
  readonly subject: TlsSubject;
  readonly findings: readonly Finding[];
}

/** Runs every TLS rule (minus excluded ones) over one observation. Pure: same input, same findings. */
export function judgeObservation(observation: HostObservation, context: TlsRuleContext): Finding[] {
  return [...judge(observation, context).findings];
}

/** Like `judgeObservation`, also returning the analysed chain (the result builder summarises it). */
export function judge(observation: HostObservation, context: TlsRuleContext): Judgement {
  const anchor: FindingAnchor = {
    host: observation.host,
    port: observation.port,
    ...(observation.lists[0] ? { list: observation.lists[0] } : {}),
  };
  const findings: Finding[] = [];
  let subject: TlsSubject;
  try {
    subject = tlsSubject(observation, context);
  } catch (error) {
    // A bug in the chain analysis: say so, and still run the rules that do not need the chain.
    subject = { observation };
    findings.push({
      ...anchor,
      ruleId: 'cert-chain-incomplete',
      severity: 'error',
      message: localize('core.ruleCrashed', { rule: 'chain analysis', detail: String(error).slice(0, 200) }),
      fingerprint: fingerprint('fatal', 'chain-analysis', observation.host, observation.port),
    });
  }
  for (const rule of tlsRules) {
    if (context.excludedRules?.has(rule.meta.id)) continue;
    findings.push(...runRule(rule, subject, context, anchor).findings);
  }
  return { subject, findings };
}
