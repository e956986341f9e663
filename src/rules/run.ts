import { localize } from '../i18n/translate.js';
import type { Finding } from '../model/finding.js';
import { fingerprint } from './fingerprint.js';
import type { Rule, RuleOutcome, RuleStatus } from './types.js';

/** Fields a finding takes from its subject: where it is and what it is about. */
export type FindingAnchor = Omit<Finding, 'ruleId' | 'severity' | 'message' | 'fingerprint'>;

export interface RuleRun {
  readonly ruleId: string;
  readonly status: RuleStatus;
  readonly findings: readonly Finding[];
}

/**
 * Runs one rule on one subject. A rule that throws becomes a `fatal` status and an error finding that names
 * the rule; the run goes on (zlint's framework behaviour).
 */
export function runRule<S, C>(rule: Rule<S, C>, subject: S, context: C, anchor: FindingAnchor): RuleRun {
  let outcome: RuleOutcome;
  try {
    outcome = rule.check(subject, context);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ruleId: rule.meta.id,
      status: 'fatal',
      findings: [
        {
          ...anchor,
          ruleId: rule.meta.id,
          severity: 'error',
          message: localize('core.ruleCrashed', { rule: rule.meta.id, detail }),
          fingerprint: fingerprint('fatal', rule.meta.id, anchor.file, anchor.url ?? anchor.host),
        },
      ],
    };
  }
  if (outcome.status !== 'fail') return { ruleId: rule.meta.id, status: outcome.status, findings: [] };
  const findings = outcome.failures.map((failure): Finding => ({
    ...anchor,
    ruleId: rule.meta.id,
    severity: rule.meta.severity,
    message: failure.message,
    fingerprint: fingerprint(
      rule.meta.id,
      anchor.file,
      anchor.list,
      anchor.url ?? anchor.host,
      anchor.port,
      failure.key,
    ),
  }));
  return { ruleId: rule.meta.id, status: 'fail', findings };
}
