import type { Report } from '../../src/engine/report.js';
import { localize, verbatim } from '../../src/i18n/translate.js';
import type { Endpoint } from '../../src/model/endpoint.js';
import type { Finding } from '../../src/model/finding.js';
import type { HostProbeResult } from '../../src/model/probe-result.js';

/** Hand-built report pieces for renderer tests: no extraction, no network. */
export function endpoint(overrides: Partial<Endpoint> = {}): Endpoint {
  return {
    url: 'https://api.example.com/login',
    origin: 'https://api.example.com',
    scheme: 'https',
    host: 'api.example.com',
    list: 'request',
    api: 'wx.request',
    file: 'pages/index/index.js',
    line: 12,
    column: 5,
    ...overrides,
  };
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'not-whitelisted',
    severity: 'error',
    message: localize('core.configError', { detail: 'x' }),
    file: 'pages/index/index.js',
    line: 12,
    column: 5,
    host: 'api.example.com',
    list: 'request',
    url: 'https://api.example.com/login',
    fingerprint: '0123456789abcdef',
    ...overrides,
  };
}

export function probeResult(overrides: Partial<HostProbeResult> = {}): HostProbeResult {
  return {
    target: 'https://api.example.com',
    host: 'api.example.com',
    port: 443,
    address: '127.0.0.1',
    lists: ['request'],
    status: 'ok',
    protocols: { tls12: true, tls13: true, tls10: false, tls11: false },
    protocol: 'TLSv1.3',
    cipher: 'TLS_AES_128_GCM_SHA256',
    certificate: {
      subject: 'CN=api.example.com',
      issuer: 'CN=Demo Intermediate CA',
      sans: ['api.example.com'],
      notBefore: '2026-10-01T00:00:00.000Z',
      notAfter: '2026-12-02T00:00:00.000Z',
      daysLeft: 10,
      key: 'EC P-256',
      signature: 'ecdsa-with-SHA256',
      sha256: 'aa',
    },
    durationMs: 12,
    findings: [],
    ...overrides,
  };
}

export function report(overrides: Partial<Report> = {}): Report {
  return {
    tool: { name: 'mp-domain-guard', version: '0.0.0-test' },
    mode: 'scan',
    source: '/repo',
    generatedAt: '2026-11-22T00:00:00.000Z',
    whitelist: { path: 'mp-domains.yml', found: true, platform: 'wechat', entries: 3 },
    endpoints: [endpoint()],
    unresolved: [],
    findings: [finding()],
    requiredUpdates: {
      add: [
        {
          list: 'request',
          origin: 'https://api.example.com',
          usedAt: [{ file: 'pages/index/index.js', line: 12 }],
        },
      ],
      remove: [],
    },
    probes: [],
    skipped: [],
    stats: { filesListed: 10, filesRead: 4, filesParsed: 3, bytesRead: 1000, durationMs: 50 },
    ...overrides,
  };
}

export { verbatim };
