import type { Endpoint } from '../../model/endpoint.js';
import { CITATIONS } from '../../platform/citations.js';
import { localize } from '../../i18n/translate.js';
import { standing } from '../../policy/endpoint-checks.js';
import { NOT_APPLICABLE, PASS, fail, type Rule } from '../types.js';
import type { EndpointRuleContext } from './context.js';

/**
 * localhost names, loopback (127.0.0.0/8, ::1) and unspecified (0.0.0.0, ::) addresses: the device itself, which
 * a mini program may not call (platform-rules.md §1.1: "不允许与本机 IP 通信", no localhost).
 */
export const hostIsLocalhost: Rule<Endpoint, EndpointRuleContext> = {
  meta: {
    id: 'host-is-localhost',
    severity: 'error',
    subject: 'endpoint',
    source: 'WeChat',
    description: 'rulesEndpoint.hostIsLocalhost.description',
    fix: 'rulesEndpoint.hostIsLocalhost.fix',
    citation: CITATIONS.noIpNoLocalhost,
  },
  check(endpoint, context) {
    const verdict = standing('host-is-localhost', endpoint, context);
    if (verdict !== 'fail') return verdict === 'na' ? NOT_APPLICABLE : PASS;
    return fail(
      localize('rulesEndpoint.hostIsLocalhost.message', {
        api: endpoint.api,
        url: endpoint.url,
        host: endpoint.host,
      }),
    );
  },
};
