import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { displayName } from './lib/certificate.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { message } from './lib/messages.js';

/** The chain ends at a self-signed root the server sent that no phone trusts. */
export const certUntrustedRoot: TlsRule = {
  meta: {
    id: 'cert-untrusted-root',
    severity: 'error',
    subject: 'tls',
    source: 'WeChat',
    description: 'rulesTls.cert-untrusted-root.description',
    fix: 'rulesTls.cert-untrusted-root.fix',
    citation: CITATIONS.wechatCertificate,
  },
  check({ chain }) {
    if (!chain) return NOT_APPLICABLE;
    if (chain.end !== 'untrusted-root') return PASS;
    const root = chain.path[chain.path.length - 1]!;
    return fail(message('rulesTls.cert-untrusted-root.message', { root: displayName(root) }), root.sha256);
  },
};
