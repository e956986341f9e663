export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** `none` never fails a run. */
export const FAIL_LEVELS = ['error', 'warning', 'notice', 'none'] as const;
export type FailLevel = (typeof FAIL_LEVELS)[number];

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, notice: 1 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** True when a finding of this severity reaches the fail level. */
export function reachesFailLevel(severity: Severity, failLevel: FailLevel): boolean {
  return failLevel !== 'none' && RANK[severity] >= RANK[failLevel];
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

export function isFailLevel(value: string): value is FailLevel {
  return (FAIL_LEVELS as readonly string[]).includes(value);
}
