import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { list, message } from './lib/messages.js';

/**
 * The host resolves to addresses phones cannot reach from the internet (loopback, private, link-local, CGNAT,
 * metadata…). The probe refuses them (request forgery guard); `--resolve` maps an address explicitly instead.
 */
export const privateAddress: TlsRule = {
  meta: {
    id: 'private-address',
    severity: 'error',
    subject: 'tls',
    source: 'WeChat',
    description: 'rulesTls.private-address.description',
    fix: 'rulesTls.private-address.fix',
    citation: CITATIONS.wechatDomains,
  },
  check({ observation }) {
    const { dns, host, port } = observation;
    if (dns.source === 'resolve-option') return NOT_APPLICABLE;
    if (dns.refused.length === 0) return PASS;
    const addresses = list(
      dns.refused.map((r) =>
        message('rulesTls.address.entry', {
          address: r.address,
          category: message(`rulesTls.address.${r.category}`),
        }),
      ),
    );
    const key =
      dns.failure?.reason === 'private-address'
        ? 'rulesTls.private-address.all'
        : 'rulesTls.private-address.some';
    return fail(message(key, { host, port, addresses, address: observation.address ?? '—' }));
  },
};
