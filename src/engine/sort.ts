import type { Finding } from '../model/finding.js';
import { severityRank } from '../model/severity.js';

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
