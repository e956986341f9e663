import type { Report } from '../../src/engine/report.js';
import { verbatim } from '../../src/i18n/translate.js';
import type { Finding } from '../../src/model/finding.js';
import type { HostProbeResult } from '../../src/model/probe-result.js';
import type { PrRenderContext } from '../../src/report/pr-context.js';
import { fingerprint } from '../../src/rules/fingerprint.js';

/** A Report as the engine would build it for a pull request, with everything empty unless given. */
export function prReport(overrides: Partial<Report> = {}): Report {
  return {
    tool: { name: 'mp-domain-guard', version: '0.1.0' },
    mode: 'pull-request',
    source: 'github:octo/app@abc1234',
    generatedAt: '2026-11-20T00:00:00.000Z',
    whitelist: { path: 'mp-domains.yml', found: true, platform: 'wechat', entries: 3 },
    endpoints: [],
    unresolved: [],
    findings: [],
    requiredUpdates: { add: [], remove: [] },
    probes: [],
    skipped: [],
    stats: { filesListed: 0, filesRead: 0, filesParsed: 0, bytesRead: 0, durationMs: 12 },
    ...overrides,
  };
}

export function fileFinding(file: string, line: number, overrides: Partial<Finding> = {}): Finding {
  const ruleId = overrides.ruleId ?? 'not-whitelisted';
  const url = overrides.url ?? `https://api${line}.example.com/v1`;
  return {
    ruleId,
    severity: 'error',
    message: { en: `${url} is not in the request list`, 'zh-CN': `${url} 不在 request 合法域名中` },
    file,
    line,
    host: new URL(url).host,
    list: 'request',
    url,
    fingerprint: fingerprint(ruleId, file, url),
    ...overrides,
  };
}

export function hostFinding(host: string, ruleId: string, severity: Finding['severity'] = 'error'): Finding {
  return {
    ruleId,
    severity,
    message: verbatim(`${host}: ${ruleId}`),
    host,
    port: 443,
    fingerprint: fingerprint(ruleId, host, 443),
  };
}

export function probe(
  host: string,
  overrides: Partial<HostProbeResult> & { daysLeft?: number } = {},
): HostProbeResult {
  const { daysLeft = 200, ...rest } = overrides;
  return {
    target: `https://${host}`,
    host,
    port: 443,
    lists: ['request'],
    status: 'ok',
    protocols: { tls12: true, tls13: true },
    protocol: 'TLSv1.3',
    certificate: {
      subject: `CN=${host}`,
      issuer: 'CN=Test CA',
      sans: [host],
      notBefore: '2026-01-01T00:00:00.000Z',
      notAfter: new Date(Date.UTC(2026, 10, 20) + daysLeft * 86_400_000).toISOString(),
      daysLeft,
      key: 'EC P-256',
      signature: 'ecdsa-with-SHA256',
      sha256: 'ab'.repeat(32),
    },
    durationMs: 5,
    findings: [],
    ...rest,
  };
}

export function prContext(overrides: Partial<PrRenderContext> = {}): PrRenderContext {
  return {
    lang: 'en',
    links: {
      head: (path, line) => `https://github.test/octo/app/blob/headsha/${path}${line ? `#L${line}` : ''}`,
      base: (path, line) => `https://github.test/octo/app/blob/basesha/${path}${line ? `#L${line}` : ''}`,
    },
    key: 'mp-domains.yml',
    headSha: 'headsha0000000',
    expiryWarningDays: 30,
    maxInlineComments: 30,
    inlineFingerprints: new Set(),
    unknownDiffFiles: [],
    truncatedFiles: false,
    toolVersion: '0.1.0',
    ...overrides,
  };
}
