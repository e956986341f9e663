import type * as sarif from 'sarif';
import type { Report } from '../engine/report.js';
import { t } from '../i18n/translate.js';
import type { Lang } from '../i18n/types.js';
import type { Finding } from '../model/finding.js';
import type { Severity } from '../model/severity.js';
import { allRuleMeta } from '../rules/registry.js';
import type { RuleMeta } from '../rules/types.js';
import { TOOL_HOME } from '../version.js';

const LEVEL: Readonly<Record<Severity, sarif.Result.level>> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

function ruleDescriptor(meta: RuleMeta, lang: Lang): sarif.ReportingDescriptor {
  const description = t(lang, meta.description);
  const fix = t(lang, meta.fix);
  return {
    id: meta.id,
    name: meta.id,
    shortDescription: { text: description },
    fullDescription: { text: `${description} ${fix}` },
    helpUri: meta.citation.url,
    help: {
      text: `${fix}\n${meta.citation.title}: ${meta.citation.url}`,
      markdown: `${fix}\n\n[${meta.citation.title}](${meta.citation.url})`,
    },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: [meta.subject, meta.source], source: meta.source },
  };
}

/**
 * Where a host-only finding (a probe result) is shown: the first endpoint that uses the host, otherwise the
 * whitelist entry, so code scanning can place every result in a file.
 */
function anchorFor(
  finding: Finding,
  report: Report,
): { file: string; line: number; column?: number } | undefined {
  if (finding.file !== undefined && finding.line !== undefined) {
    return { file: finding.file, line: finding.line, ...(finding.column ? { column: finding.column } : {}) };
  }
  const endpoint = report.endpoints.find((e) => e.host === finding.host);
  if (endpoint) return { file: endpoint.file, line: endpoint.line };
  const added = report.whitelistChanges?.added.find((e) => e.host === finding.host);
  if (added) return { file: report.whitelist.path, line: added.line, column: added.column };
  return undefined;
}

/** SARIF 2.1.0 with rule metadata from the registry and stable partial fingerprints. */
export function renderSarif(report: Report, lang: Lang): string {
  const metas = allRuleMeta();
  const index = new Map(metas.map((m, i) => [m.id, i] as const));
  const results: sarif.Result[] = report.findings.map((finding) => {
    const anchor = anchorFor(finding, report);
    const result: sarif.Result = {
      ruleId: finding.ruleId,
      level: LEVEL[finding.severity],
      message: { text: finding.message[lang] },
      partialFingerprints: { 'mpDomainGuard/v1': finding.fingerprint },
      properties: {
        ...(finding.host ? { host: finding.host } : {}),
        ...(finding.list ? { list: finding.list } : {}),
        ...(finding.url ? { url: finding.url } : {}),
      },
    };
    const ruleIndex = index.get(finding.ruleId);
    if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
    if (anchor) {
      result.locations = [
        {
          physicalLocation: {
            artifactLocation: { uri: anchor.file, uriBaseId: '%SRCROOT%' },
            region: { startLine: anchor.line, ...(anchor.column ? { startColumn: anchor.column } : {}) },
          },
        },
      ];
    }
    return result;
  });
  const log: sarif.Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            informationUri: TOOL_HOME,
            rules: metas.map((m) => ruleDescriptor(m, lang)),
          },
        },
        language: lang,
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
