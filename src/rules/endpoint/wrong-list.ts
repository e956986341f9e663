import type { Endpoint } from '../../model/endpoint.js';
import { CITATIONS } from '../../platform/citations.js';
import { isWebviewExempt, standing } from '../../policy/endpoint-checks.js';
import { consolePath, localizeNested } from '../../policy/localize.js';
import { canonicalHost, entriesForHost, findWhitelistEntry } from '../../policy/match.js';
import { requiredEntry } from '../../policy/required-entry.js';
import { NOT_APPLICABLE, PASS, fail, type Rule } from '../types.js';
import type { EndpointRuleContext } from './context.js';

/**
 * Whitelisted, but only in another list than the API needs: one origin used by two APIs needs two entries
 * (platform-rules.md §0 rule 6). `not-whitelisted` covers hosts that are in no list at all.
 */
export const wrongList: Rule<Endpoint, EndpointRuleContext> = {
  meta: {
    id: 'wrong-list',
    severity: 'error',
    subject: 'endpoint',
    source: 'WeChat',
    description: 'rulesEndpoint.wrongList.description',
    fix: 'rulesEndpoint.wrongList.fix',
    citation: CITATIONS.listPerApi,
  },
  check(endpoint, context) {
    if (standing(undefined, endpoint, context) === 'na') return NOT_APPLICABLE;
    const required = requiredEntry(endpoint, context.platform);
    if (required === undefined || isWebviewExempt(endpoint, context.platform)) return NOT_APPLICABLE;
    if (findWhitelistEntry(context.whitelist, endpoint, context.platform)) return PASS;
    const elsewhere = entriesForHost(context.whitelist, endpoint.host, context.platform).filter(
      (entry) => entry.list !== required.list,
    );
    if (elsewhere.length === 0) return PASS;
    const found = [...new Set(elsewhere.map((entry) => entry.list))].join(', ');
    return fail(
      localizeNested(
        'rulesEndpoint.wrongList.message',
        {
          api: endpoint.api,
          url: endpoint.url,
          host: canonicalHost(endpoint.host),
          found,
          list: required.list,
          origin: required.origin,
          whitelistPath: context.whitelist.path,
        },
        { consolePath: consolePath(context.platform, required.list) },
      ),
      required.list,
    );
  },
};
