import { handshakeOf } from '../../probe/observation.js';
import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { describeFailure, message } from './lib/messages.js';
import { acceptedVersions, refusedByServer } from './lib/protocols.js';

/** WeChat requires TLS 1.2; a TLS 1.3-only server fails older Android phones (tls-rules.md §1). */
export const tls12Unsupported: TlsRule = {
  meta: {
    id: 'tls12-unsupported',
    severity: 'error',
    subject: 'tls',
    source: 'WeChat',
    description: 'rulesTls.tls12-unsupported.description',
    fix: 'rulesTls.tls12-unsupported.fix',
    citation: CITATIONS.wechatCertificate,
  },
  check({ observation }) {
    const tls12 = handshakeOf(observation, 'tls12');
    if (!tls12) return NOT_APPLICABLE;
    if (tls12.ok) return PASS;
    const accepted = acceptedVersions(observation);
    // Nothing worked at all: tls-handshake-failed says so; a deadline says nothing about versions.
    if (accepted.length === 0 || !refusedByServer(tls12)) return NOT_APPLICABLE;
    return fail(
      message('rulesTls.tls12-unsupported.message', {
        reason: describeFailure(tls12.failure),
        accepted: accepted.join(', '),
      }),
    );
  },
};
