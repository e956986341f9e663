import type { Finding } from '../model/finding.js';
import type { HostProbeResult } from '../model/probe-result.js';
import { reachesFailLevel, type FailLevel } from '../model/severity.js';

export interface HealthPolicy {
  readonly failLevel: FailLevel;
  /** A certificate expiring within this many days makes the domains unhealthy whatever the fail level. */
  readonly expiryWarningDays: number;
}

/** The problems that keep the tracking issue open. */
export function openProblems(probes: readonly HostProbeResult[], policy: HealthPolicy): Finding[] {
  const problems: Finding[] = [];
  for (const probe of probes) {
    const expiring =
      probe.certificate !== undefined && probe.certificate.daysLeft <= policy.expiryWarningDays;
    for (const finding of probe.findings) {
      const expiryRule = finding.ruleId === 'cert-expiring-soon' || finding.ruleId === 'cert-expired';
      if (reachesFailLevel(finding.severity, policy.failLevel) || (expiring && expiryRule))
        problems.push(finding);
    }
  }
  return problems;
}

/** Unhealthy when a problem is open or a certificate expires within the warning window. */
export function isUnhealthy(probes: readonly HostProbeResult[], policy: HealthPolicy): boolean {
  return (
    openProblems(probes, policy).length > 0 ||
    probes.some((p) => p.certificate !== undefined && p.certificate.daysLeft <= policy.expiryWarningDays)
  );
}

/** The soonest leaf expiry among the probed hosts. */
export function earliestExpiry(
  probes: readonly HostProbeResult[],
): { date: string; days: number } | undefined {
  let best: { date: string; days: number } | undefined;
  for (const probe of probes) {
    const cert = probe.certificate;
    if (cert && (best === undefined || cert.daysLeft < best.days))
      best = { date: cert.notAfter.slice(0, 10), days: cert.daysLeft };
  }
  return best;
}
