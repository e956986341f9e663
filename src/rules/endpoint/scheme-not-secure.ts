import type { Endpoint } from '../../model/endpoint.js';
import { CITATIONS } from '../../platform/citations.js';
import { localize } from '../../i18n/translate.js';
import { standing, secureScheme } from '../../policy/endpoint-checks.js';
import { formatOrigin } from '../../whitelist/origin.js';
import { NOT_APPLICABLE, PASS, fail, type Rule } from '../types.js';
import type { EndpointRuleContext } from './context.js';

/** http:// and ws:// calls: no list takes them (platform-rules.md §0 rule 1). */
export const schemeNotSecure: Rule<Endpoint, EndpointRuleContext> = {
  meta: {
    id: 'scheme-not-secure',
    severity: 'error',
    subject: 'endpoint',
    source: 'WeChat',
    description: 'rulesEndpoint.schemeNotSecure.description',
    fix: 'rulesEndpoint.schemeNotSecure.fix',
    citation: CITATIONS.secureSchemes,
  },
  check(endpoint, context) {
    const verdict = standing('scheme-not-secure', endpoint, context);
    if (verdict !== 'fail') return verdict === 'na' ? NOT_APPLICABLE : PASS;
    const expected = secureScheme(endpoint.scheme);
    const suggestion = endpoint.url.replace(/^[a-z]+:\/\//i, `${expected}://`);
    return fail(
      localize('rulesEndpoint.schemeNotSecure.message', {
        api: endpoint.api,
        url: endpoint.url,
        scheme: endpoint.scheme,
        list: endpoint.list,
        expected,
        suggestion:
          suggestion === endpoint.url ? formatOrigin(expected, endpoint.host, endpoint.port) : suggestion,
      }),
    );
  },
};
