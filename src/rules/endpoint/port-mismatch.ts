import type { Endpoint } from '../../model/endpoint.js';
import { CITATIONS } from '../../platform/citations.js';
import { localize } from '../../i18n/translate.js';
import type { LocalizedText } from '../../i18n/types.js';
import { platformFacts } from '../../platform/platforms.js';
import { portIssue, standing, type PortIssue } from '../../policy/endpoint-checks.js';
import { canonicalHost } from '../../policy/match.js';
import { formatOrigin } from '../../whitelist/origin.js';
import { NOT_APPLICABLE, PASS, fail, type Rule } from '../types.js';
import type { EndpointRuleContext } from './context.js';

/**
 * A port the console will refuse (platform-rules.md §0 rule 3, §1.1): `:443` written when the entry has none, a
 * port other than the configured one, any port on a business domain (§1.3) or on Baidu (§2.3). wss ignores ports.
 */
export const portMismatch: Rule<Endpoint, EndpointRuleContext> = {
  meta: {
    id: 'port-mismatch',
    severity: 'error',
    subject: 'endpoint',
    source: 'WeChat',
    description: 'rulesEndpoint.portMismatch.description',
    fix: 'rulesEndpoint.portMismatch.fix',
    citation: CITATIONS.ports,
  },
  check(endpoint, context) {
    const verdict = standing('port-mismatch', endpoint, context);
    if (verdict !== 'fail') return verdict === 'na' ? NOT_APPLICABLE : PASS;
    const issue = portIssue(endpoint, context);
    if (issue === undefined) return PASS;
    return fail(describe(issue, endpoint, context), issue.kind);
  },
};

function describe(issue: PortIssue, endpoint: Endpoint, context: EndpointRuleContext): LocalizedText {
  const base = { api: endpoint.api, url: endpoint.url, list: endpoint.list };
  const host = canonicalHost(endpoint.host);
  const scheme = endpoint.scheme;
  switch (issue.kind) {
    case 'platform-forbids':
      return localize('rulesEndpoint.portMismatch.platformForbids', {
        ...base,
        port: issue.port,
        platform: platformFacts(context.platform).name,
      });
    case 'webview-port':
      return localize('rulesEndpoint.portMismatch.webview', { ...base, port: issue.port });
    case 'default-port-written':
      return issue.entry
        ? localize('rulesEndpoint.portMismatch.defaultPortWithEntry', {
            ...base,
            entry: issue.entry.origin,
            withPort: formatOrigin(scheme, host, 443),
          })
        : localize('rulesEndpoint.portMismatch.defaultPortNoEntry', {
            ...base,
            portless: formatOrigin(scheme, host),
          });
    case 'mismatch': {
      const params = {
        ...base,
        host,
        entries: issue.entries.map((entry) => entry.origin).join(', '),
        wanted: formatOrigin(scheme, host, endpoint.port),
      };
      return endpoint.port === undefined
        ? localize('rulesEndpoint.portMismatch.mismatchNoPort', params)
        : localize('rulesEndpoint.portMismatch.mismatchPort', { ...params, port: endpoint.port });
    }
  }
}
