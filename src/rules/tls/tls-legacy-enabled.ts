import { handshakeOf } from '../../probe/observation.js';
import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { message } from './lib/messages.js';
import { legacyVersions } from './lib/protocols.js';

/** TLS 1.0/1.1 still accepted: Apple asks to avoid them, SSL Labs caps the grade (tls-rules.md §1, §2). */
export const tlsLegacyEnabled: TlsRule = {
  meta: {
    id: 'tls-legacy-enabled',
    severity: 'warning',
    subject: 'tls',
    source: 'Apple',
    description: 'rulesTls.tls-legacy-enabled.description',
    fix: 'rulesTls.tls-legacy-enabled.fix',
    citation: CITATIONS.appleWwdc17,
  },
  check({ observation }) {
    const legacy = handshakeOf(observation, 'legacy');
    if (!legacy) return NOT_APPLICABLE;
    const versions = legacyVersions(observation);
    if (versions.length === 0) return legacy.ok || legacy.failure?.stage === 'tls' ? PASS : NOT_APPLICABLE;
    return fail(
      message('rulesTls.tls-legacy-enabled.message', {
        versions: versions.join(', '),
        cipher: legacy.cipher?.name ?? '—',
      }),
    );
  },
};
