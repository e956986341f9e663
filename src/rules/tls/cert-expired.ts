import { failMany, NOT_APPLICABLE } from '../types.js';
import { servedPath } from './lib/chain.js';
import { isoDate } from './lib/certificate.js';
import { certLabel, CITATIONS, type TlsRule } from './lib/kit.js';
import { message } from './lib/messages.js';

/** The server certificate or an intermediate it sends is past its notAfter date. */
export const certExpired: TlsRule = {
  meta: {
    id: 'cert-expired',
    severity: 'error',
    subject: 'tls',
    source: 'WeChat',
    description: 'rulesTls.cert-expired.description',
    fix: 'rulesTls.cert-expired.fix',
    citation: CITATIONS.wechatCertificate,
  },
  check({ chain }, { now }) {
    if (!chain) return NOT_APPLICABLE;
    return failMany(
      servedPath(chain)
        .filter((cert) => cert.notAfter.getTime() < now.getTime())
        .map((cert) => ({
          message: message('rulesTls.cert-expired.message', {
            cert: certLabel(cert, chain),
            date: isoDate(cert.notAfter),
            days: Math.ceil((now.getTime() - cert.notAfter.getTime()) / 86_400_000),
          }),
          key: cert.sha256,
        })),
    );
  },
};
