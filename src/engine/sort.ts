import type { Finding } from '../model/finding.js';
import { severityRank } from '../model/severity.js';
import { fingerprint } from '../rules/fingerprint.js';

/** Error first, then by file and line, then host, then rule id: the same order in every report. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      compare(a.file ?? '\uffff', b.file ?? '\uffff') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compare(a.host ?? '', b.host ?? '') ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.fingerprint, b.fingerprint),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Two findings about the same thing in one file (the same URL called twice) would share a fingerprint and the
 * bot would comment only once. The second and later ones get an occurrence number folded in, in report order,
 * which stays stable while the calls keep their order.
 */
export function disambiguateFingerprints(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const count = seen.get(finding.fingerprint) ?? 0;
    seen.set(finding.fingerprint, count + 1);
    return count === 0 ? finding : { ...finding, fingerprint: fingerprint(finding.fingerprint, count) };
  });
}
