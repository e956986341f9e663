import { handshakeOf } from '../../probe/observation.js';
import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { describeFailure, message } from './lib/messages.js';

/** The server accepted the connection but no TLS handshake (1.3, 1.2 or legacy) succeeded. */
export const tlsHandshakeFailed: TlsRule = {
  meta: {
    id: 'tls-handshake-failed',
    severity: 'error',
    subject: 'tls',
    source: 'WeChat',
    description: 'rulesTls.tls-handshake-failed.description',
    fix: 'rulesTls.tls-handshake-failed.fix',
    citation: CITATIONS.wechatCertificate,
  },
  check({ observation }) {
    if (!observation.address || observation.connectFailure) return NOT_APPLICABLE;
    const tls12 = handshakeOf(observation, 'tls12');
    const tls13 = handshakeOf(observation, 'tls13');
    const legacy = handshakeOf(observation, 'legacy');
    if (!tls12 || !tls13) return NOT_APPLICABLE;
    if (tls12.ok || tls13.ok || legacy?.ok) return PASS;
    return fail(
      message('rulesTls.tls-handshake-failed.message', {
        host: observation.host,
        port: observation.port,
        tls12: describeFailure(tls12.failure),
        tls13: describeFailure(tls13.failure),
      }),
    );
  },
};
