import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { displayName } from './lib/certificate.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { message } from './lib/messages.js';

/** The server certificate signs itself. iOS never accepts one (tls-rules.md §1, WeChat), even from --ca-file. */
export const certSelfSigned: TlsRule = {
  meta: {
    id: 'cert-self-signed',
    severity: 'error',
    subject: 'tls',
    source: 'WeChat',
    description: 'rulesTls.cert-self-signed.description',
    fix: 'rulesTls.cert-self-signed.fix',
    citation: CITATIONS.wechatCertificate,
  },
  check({ chain }) {
    if (!chain) return NOT_APPLICABLE;
    if (!chain.leaf.selfSigned) return PASS;
    return fail(message('rulesTls.cert-self-signed.message', { name: displayName(chain.leaf) }));
  },
};
