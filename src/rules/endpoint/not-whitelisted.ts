import type { Endpoint } from '../../model/endpoint.js';
import { joinLocalized, localize } from '../../i18n/translate.js';
import type { LocalizedText } from '../../i18n/types.js';
import { CITATIONS } from '../../platform/citations.js';
import { platformFacts } from '../../platform/platforms.js';
import { isWebviewExempt, standing } from '../../policy/endpoint-checks.js';
import { consolePath, localizeNested } from '../../policy/localize.js';
import { closestEntry, entriesForHost, findWhitelistEntry } from '../../policy/match.js';
import { requiredEntry } from '../../policy/required-entry.js';
import { NOT_APPLICABLE, PASS, fail, type Rule } from '../types.js';
import type { EndpointRuleContext } from './context.js';

/**
 * The host is in no console list at all. WeChat matches the host exactly: `example.com` does not allow
 * `api.example.com` (platform-rules.md §0 rule 4); the message names a parent or sibling entry when there is one.
 * Lists a platform does not have (e.g. udp on QQ) are not judged.
 */
export const notWhitelisted: Rule<Endpoint, EndpointRuleContext> = {
  meta: {
    id: 'not-whitelisted',
    severity: 'error',
    subject: 'endpoint',
    source: 'WeChat',
    description: 'rulesEndpoint.notWhitelisted.description',
    fix: 'rulesEndpoint.notWhitelisted.fix',
    citation: CITATIONS.exactHost,
  },
  check(endpoint, context) {
    if (standing(undefined, endpoint, context) === 'na') return NOT_APPLICABLE;
    const required = requiredEntry(endpoint, context.platform);
    if (required === undefined || isWebviewExempt(endpoint, context.platform)) return NOT_APPLICABLE;
    if (findWhitelistEntry(context.whitelist, endpoint, context.platform)) return PASS;
    // Listed under another API's list: wrong-list says so.
    if (entriesForHost(context.whitelist, endpoint.host, context.platform).length > 0) return PASS;
    const message = localizeNested(
      'rulesEndpoint.notWhitelisted.message',
      {
        api: endpoint.api,
        url: endpoint.url,
        origin: required.origin,
        list: required.list,
        whitelistPath: context.whitelist.path,
      },
      { consolePath: consolePath(context.platform, required.list) },
    );
    const hint = closestHint(endpoint, context);
    return fail(hint ? joinLocalized([message, hint]) : message, required.list);
  },
};

function closestHint(endpoint: Endpoint, context: EndpointRuleContext): LocalizedText | undefined {
  const closest = closestEntry(context.whitelist, endpoint, context.platform);
  if (closest === undefined) return undefined;
  if (closest.relation === 'parent') {
    return localize('rulesEndpoint.notWhitelisted.hintParent', {
      parent: closest.entry.origin,
      platform: platformFacts(context.platform).name,
    });
  }
  return localize('rulesEndpoint.notWhitelisted.hintSibling', { closest: closest.entry.origin });
}
