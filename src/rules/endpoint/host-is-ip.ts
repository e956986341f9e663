import type { Endpoint } from '../../model/endpoint.js';
import { CITATIONS } from '../../platform/citations.js';
import { localize } from '../../i18n/translate.js';
import { standing, endpointIpKind } from '../../policy/endpoint-checks.js';
import { NOT_APPLICABLE, PASS, fail, type Rule } from '../types.js';
import type { EndpointRuleContext } from './context.js';

/**
 * A literal IP host. The framework fixes one severity per id, so a LAN address is an error too: base library
 * 2.4.0 lets development builds reach it, but no console entry can hold an IP, so a release build's users cannot
 * (platform-rules.md §0 rule 2). The message says which case it is; exclude the rule for LAN-only tooling.
 */
export const hostIsIp: Rule<Endpoint, EndpointRuleContext> = {
  meta: {
    id: 'host-is-ip',
    severity: 'error',
    subject: 'endpoint',
    source: 'WeChat',
    description: 'rulesEndpoint.hostIsIp.description',
    fix: 'rulesEndpoint.hostIsIp.fix',
    citation: CITATIONS.noIpNoLocalhost,
  },
  check(endpoint, context) {
    const verdict = standing('host-is-ip', endpoint, context);
    if (verdict !== 'fail') return verdict === 'na' ? NOT_APPLICABLE : PASS;
    const kind = endpointIpKind(endpoint);
    const key =
      kind === 'public' ? 'rulesEndpoint.hostIsIp.messagePublic' : 'rulesEndpoint.hostIsIp.messagePrivate';
    return fail(localize(key, { api: endpoint.api, url: endpoint.url, host: endpoint.host }), kind);
  },
};
