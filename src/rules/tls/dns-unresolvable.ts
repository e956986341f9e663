import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { describeFailure, message } from './lib/messages.js';

/** The host has no address: no phone can reach it. */
export const dnsUnresolvable: TlsRule = {
  meta: {
    id: 'dns-unresolvable',
    severity: 'error',
    subject: 'tls',
    source: 'WeChat',
    description: 'rulesTls.dns-unresolvable.description',
    fix: 'rulesTls.dns-unresolvable.fix',
    citation: CITATIONS.wechatDomains,
  },
  check({ observation }) {
    const { dns } = observation;
    if (dns.source !== 'dns') return NOT_APPLICABLE;
    const failure = dns.failure;
    if (!failure || failure.reason === 'private-address') return PASS;
    return fail(
      message('rulesTls.dns-unresolvable.message', {
        host: observation.host,
        reason: describeFailure(failure),
      }),
    );
  },
};
