import { failMany, NOT_APPLICABLE } from '../types.js';
import { servedPath } from './lib/chain.js';
import { daysLeft, isoDate } from './lib/certificate.js';
import { certLabel, CITATIONS, type TlsRule } from './lib/kit.js';
import { message } from './lib/messages.js';

/**
 * The server certificate or a sent intermediate expires within the warning threshold (default 30 days).
 * Intermediates count: users of expiry checkers ask for them (tls-rules.md §3, item 1).
 */
export const certExpiringSoon: TlsRule = {
  meta: {
    id: 'cert-expiring-soon',
    severity: 'warning',
    subject: 'tls',
    source: 'Project',
    description: 'rulesTls.cert-expiring-soon.description',
    fix: 'rulesTls.cert-expiring-soon.fix',
    citation: CITATIONS.wechatCertificate,
  },
  check({ chain }, { now, expiryWarningDays }) {
    if (!chain) return NOT_APPLICABLE;
    const horizon = now.getTime() + expiryWarningDays * 86_400_000;
    return failMany(
      servedPath(chain)
        .filter((cert) => cert.notAfter.getTime() >= now.getTime() && cert.notAfter.getTime() < horizon)
        .map((cert) => ({
          message: message('rulesTls.cert-expiring-soon.message', {
            cert: certLabel(cert, chain),
            date: isoDate(cert.notAfter),
            days: daysLeft(cert, now),
            threshold: expiryWarningDays,
          }),
          key: cert.sha256,
        })),
    );
  },
};
