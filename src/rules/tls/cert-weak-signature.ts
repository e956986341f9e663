import { failMany, NOT_APPLICABLE } from '../types.js';
import { servedPath } from './lib/chain.js';
import { certLabel, CITATIONS, type TlsRule } from './lib/kit.js';
import { message } from './lib/messages.js';

const WEAK_HASHES = new Set(['md2', 'md4', 'md5', 'sha1']);

/**
 * The server certificate or an intermediate is signed with SHA-1 or MD5: ATS requires SHA-256 or stronger and
 * iOS 13 no longer trusts SHA-1 for TLS (tls-rules.md §1). Root self-signatures are not checked (roots are
 * trusted by key, not by signature).
 */
export const certWeakSignature: TlsRule = {
  meta: {
    id: 'cert-weak-signature',
    severity: 'error',
    subject: 'tls',
    source: 'Apple',
    description: 'rulesTls.cert-weak-signature.description',
    fix: 'rulesTls.cert-weak-signature.fix',
    citation: CITATIONS.appleIos13,
  },
  check({ chain }) {
    if (!chain) return NOT_APPLICABLE;
    return failMany(
      servedPath(chain)
        .filter((cert) => cert.signature.hash !== undefined && WEAK_HASHES.has(cert.signature.hash))
        .map((cert) => ({
          message: message('rulesTls.cert-weak-signature.message', {
            cert: certLabel(cert, chain),
            algorithm: cert.signature.name,
          }),
          key: cert.sha256,
        })),
    );
  },
};
