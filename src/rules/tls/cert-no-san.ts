import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { message } from './lib/messages.js';

/** The server certificate names no host in its SAN; iOS 13 ignores the common name (tls-rules.md §1). */
export const certNoSan: TlsRule = {
  meta: {
    id: 'cert-no-san',
    severity: 'error',
    subject: 'tls',
    source: 'Apple',
    description: 'rulesTls.cert-no-san.description',
    fix: 'rulesTls.cert-no-san.fix',
    citation: CITATIONS.appleIos13,
  },
  check({ observation, chain }) {
    if (!chain) return NOT_APPLICABLE;
    const { leaf } = chain;
    if (leaf.dnsNames.length > 0 || leaf.ipAddresses.length > 0) return PASS;
    return fail(
      message('rulesTls.cert-no-san.message', { host: observation.host, cn: leaf.commonName ?? '—' }),
    );
  },
};
