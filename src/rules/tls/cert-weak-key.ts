import { failMany, NOT_APPLICABLE } from '../types.js';
import type { PublicKeyFacts } from './lib/certificate.js';
import { servedPath } from './lib/chain.js';
import { certLabel, CITATIONS, type TlsRule } from './lib/kit.js';
import { message } from './lib/messages.js';

/**
 * ATS and iOS 13 require RSA ≥ 2048 or ECC ≥ 256 bits for the server certificate and the issuing CAs
 * (tls-rules.md §1). Node accepts an RSA-1024 leaf, so the probe checks the keys itself (§5).
 */
export const certWeakKey: TlsRule = {
  meta: {
    id: 'cert-weak-key',
    severity: 'error',
    subject: 'tls',
    source: 'Apple',
    description: 'rulesTls.cert-weak-key.description',
    fix: 'rulesTls.cert-weak-key.fix',
    citation: CITATIONS.appleIos13,
  },
  check({ chain }) {
    if (!chain) return NOT_APPLICABLE;
    return failMany(
      servedPath(chain)
        .filter((cert) => isWeak(cert.key))
        .map((cert) => ({
          message: message('rulesTls.cert-weak-key.message', {
            cert: certLabel(cert, chain),
            key: cert.key.label,
          }),
          key: cert.sha256,
        })),
    );
  },
};

export function isWeak(key: PublicKeyFacts): boolean {
  switch (key.type) {
    case 'rsa':
    case 'rsa-pss':
      return (key.bits ?? 0) < 2048;
    case 'ec':
      return (key.bits ?? 0) < 256;
    case 'ed25519':
    case 'ed448':
      return false;
    default:
      // DSA and unknown algorithms are neither RSA nor ECC: ATS does not accept them.
      return true;
  }
}
