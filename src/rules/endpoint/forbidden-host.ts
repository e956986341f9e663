import type { Endpoint } from '../../model/endpoint.js';
import { CITATIONS } from '../../platform/citations.js';
import { localize } from '../../i18n/translate.js';
import { platformFacts } from '../../platform/platforms.js';
import { standing } from '../../policy/endpoint-checks.js';
import { NOT_APPLICABLE, PASS, fail, type Rule } from '../types.js';
import type { EndpointRuleContext } from './context.js';

/**
 * Hosts the platform never takes as server domains: api.weixin.qq.com on WeChat, api.q.qq.com on QQ,
 * openapi.baidu.com on Baidu (platform-rules.md §0 rule 5, §2.3, §2.4). Their APIs need server-side secrets.
 */
export const forbiddenHost: Rule<Endpoint, EndpointRuleContext> = {
  meta: {
    id: 'forbidden-host',
    severity: 'error',
    subject: 'endpoint',
    source: 'WeChat',
    description: 'rulesEndpoint.forbiddenHost.description',
    fix: 'rulesEndpoint.forbiddenHost.fix',
    citation: CITATIONS.forbiddenHosts,
  },
  check(endpoint, context) {
    const verdict = standing('forbidden-host', endpoint, context);
    if (verdict !== 'fail') return verdict === 'na' ? NOT_APPLICABLE : PASS;
    return fail(
      localize('rulesEndpoint.forbiddenHost.message', {
        api: endpoint.api,
        host: endpoint.host,
        platform: platformFacts(context.platform).name,
      }),
    );
  },
};
