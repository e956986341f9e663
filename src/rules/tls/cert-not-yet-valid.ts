import { failMany, NOT_APPLICABLE } from '../types.js';
import { servedPath } from './lib/chain.js';
import { certLabel, CITATIONS, type TlsRule } from './lib/kit.js';
import { message } from './lib/messages.js';

/** A certificate of the served path is not valid yet (notBefore in the future). */
export const certNotYetValid: TlsRule = {
  meta: {
    id: 'cert-not-yet-valid',
    severity: 'error',
    subject: 'tls',
    source: 'WeChat',
    description: 'rulesTls.cert-not-yet-valid.description',
    fix: 'rulesTls.cert-not-yet-valid.fix',
    citation: CITATIONS.wechatCertificate,
  },
  check({ chain }, { now }) {
    if (!chain) return NOT_APPLICABLE;
    return failMany(
      servedPath(chain)
        .filter((cert) => cert.notBefore.getTime() > now.getTime())
        .map((cert) => ({
          message: message('rulesTls.cert-not-yet-valid.message', {
            cert: certLabel(cert, chain),
            date: cert.notBefore.toISOString().replace('.000Z', 'Z'),
          }),
          key: cert.sha256,
        })),
    );
  },
};
