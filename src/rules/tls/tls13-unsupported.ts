import { handshakeOf } from '../../probe/observation.js';
import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { describeFailure, message } from './lib/messages.js';
import { refusedByServer } from './lib/protocols.js';

/** TLS 1.2 works but TLS 1.3 does not: allowed, but newer iOS and Android clients prefer 1.3 (notice). */
export const tls13Unsupported: TlsRule = {
  meta: {
    id: 'tls13-unsupported',
    severity: 'notice',
    subject: 'tls',
    source: 'Apple',
    description: 'rulesTls.tls13-unsupported.description',
    fix: 'rulesTls.tls13-unsupported.fix',
    citation: CITATIONS.appleAts,
  },
  check({ observation }) {
    const tls12 = handshakeOf(observation, 'tls12');
    const tls13 = handshakeOf(observation, 'tls13');
    if (!tls12?.ok || !tls13) return NOT_APPLICABLE;
    if (tls13.ok) return PASS;
    if (!refusedByServer(tls13)) return NOT_APPLICABLE;
    return fail(message('rulesTls.tls13-unsupported.message', { reason: describeFailure(tls13.failure) }));
  },
};
