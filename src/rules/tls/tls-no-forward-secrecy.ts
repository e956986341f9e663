import { handshakeOf, type KeyExchange } from '../../probe/observation.js';
import type { LocalizedText } from '../../i18n/types.js';
import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { isAtsSuite } from './lib/ats-suites.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { describeFailure, message } from './lib/messages.js';
import { refusedByServer } from './lib/protocols.js';

/**
 * ATS accepts only ECDHE suites with AES over TLS 1.2 (tls-rules.md §1). The probe offers every suite first;
 * when the server picks one outside the ATS list it offers the ATS list alone, as an iPhone would.
 */
export const tlsNoForwardSecrecy: TlsRule = {
  meta: {
    id: 'tls-no-forward-secrecy',
    severity: 'warning',
    subject: 'tls',
    source: 'Apple',
    description: 'rulesTls.tls-no-forward-secrecy.description',
    fix: 'rulesTls.tls-no-forward-secrecy.fix',
    citation: CITATIONS.appleAts,
  },
  check({ observation }) {
    const tls12 = handshakeOf(observation, 'tls12');
    if (!tls12?.ok) return NOT_APPLICABLE;
    if (isAtsSuite(tls12.cipher?.standardName)) return PASS;
    const ats = handshakeOf(observation, 'ats');
    if (!ats) return NOT_APPLICABLE;
    if (ats.ok) return PASS;
    if (!refusedByServer(ats)) return NOT_APPLICABLE;
    return fail(
      message('rulesTls.tls-no-forward-secrecy.message', {
        cipher: tls12.cipher?.standardName ?? tls12.cipher?.name ?? '—',
        keyExchange: describeKeyExchange(tls12.keyExchange),
        reason: describeFailure(ats.failure),
      }),
    );
  },
};

function describeKeyExchange(kx: KeyExchange | undefined): LocalizedText {
  if (!kx?.type) return message('rulesTls.kx.static');
  return message('rulesTls.kx.ephemeral', { type: kx.type, name: kx.name ?? String(kx.size ?? '') });
}
