import { isIPv6 } from 'node:net';
import { fail, NOT_APPLICABLE } from '../types.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { describeFailure, message } from './lib/messages.js';

/** The checked address did not accept a TCP connection on the port. */
export const connectFailed: TlsRule = {
  meta: {
    id: 'connect-failed',
    severity: 'error',
    subject: 'tls',
    source: 'WeChat',
    description: 'rulesTls.connect-failed.description',
    fix: 'rulesTls.connect-failed.fix',
    citation: CITATIONS.wechatCertificate,
  },
  check({ observation }) {
    const { connectFailure, host, port } = observation;
    if (!connectFailure) return NOT_APPLICABLE;
    return fail(
      message('rulesTls.connect-failed.message', {
        host,
        port,
        address: observation.address ?? '—',
        reason: describeFailure(connectFailure),
        // Many CI runners have no IPv6 route; neither do phones on IPv4-only networks.
        hint:
          connectFailure.reason === 'unreachable' && observation.address && isIPv6(observation.address)
            ? message('rulesTls.connect-failed.ipv6Hint')
            : '',
      }),
    );
  },
};
