import type { Report } from '../engine/report.js';
import type { Lang } from '../i18n/types.js';
import type { Finding } from '../model/finding.js';
import type { HostProbeResult } from '../model/probe-result.js';

/** A finding in the JSON output: the message in the chosen language. */
export function findingJson(finding: Finding, lang: Lang) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message[lang],
    ...(finding.file !== undefined ? { file: finding.file } : {}),
    ...(finding.line !== undefined ? { line: finding.line } : {}),
    ...(finding.column !== undefined ? { column: finding.column } : {}),
    ...(finding.host !== undefined ? { host: finding.host } : {}),
    ...(finding.port !== undefined ? { port: finding.port } : {}),
    ...(finding.list !== undefined ? { list: finding.list } : {}),
    ...(finding.url !== undefined ? { url: finding.url } : {}),
    fingerprint: finding.fingerprint,
  };
}

export function probeJson(probe: HostProbeResult, lang: Lang) {
  return { ...probe, findings: probe.findings.map((f) => findingJson(f, lang)) };
}

/** The `--format json` document: one object, stable key order, messages in one language. */
export function renderJson(report: Report, lang: Lang): string {
  const doc = {
    tool: report.tool,
    mode: report.mode,
    source: report.source,
    generatedAt: report.generatedAt,
    language: lang,
    whitelist: report.whitelist,
    summary: summarize(report),
    endpoints: report.endpoints.map((e) => ({
      url: e.url,
      origin: e.origin,
      scheme: e.scheme,
      host: e.host,
      port: e.port ?? null,
      list: e.list,
      api: e.api,
      file: e.file,
      line: e.line,
      ...(e.column !== undefined ? { column: e.column } : {}),
      ...(e.definedAt ? { definedAt: e.definedAt } : {}),
    })),
    unresolved: report.unresolved,
    findings: report.findings.map((f) => findingJson(f, lang)),
    requiredUpdates: report.requiredUpdates,
    ...(report.whitelistChanges ? { whitelistChanges: report.whitelistChanges } : {}),
    probes: report.probes.map((p) => probeJson(p, lang)),
    skipped: report.skipped,
    stats: report.stats,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function summarize(report: Report) {
  const count = (severity: string) => report.findings.filter((f) => f.severity === severity).length;
  return {
    errors: count('error'),
    warnings: count('warning'),
    notices: count('notice'),
    endpoints: report.endpoints.length,
    unresolved: report.unresolved.length,
    hostsProbed: report.probes.length,
  };
}
