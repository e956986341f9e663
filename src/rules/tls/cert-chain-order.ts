import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { displayName } from './lib/certificate.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { message, names } from './lib/messages.js';

/**
 * The server sends its certificates out of order, or sends certificates that are not part of the chain. Most
 * clients cope; some do not (sslyze, SSL Labs report it, tls-rules.md §2). Only judged on a chain as sent.
 */
export const certChainOrder: TlsRule = {
  meta: {
    id: 'cert-chain-order',
    severity: 'notice',
    subject: 'tls',
    source: 'IETF',
    description: 'rulesTls.cert-chain-order.description',
    fix: 'rulesTls.cert-chain-order.fix',
    citation: CITATIONS.rfc5246Order,
  },
  check({ chain }) {
    if (!chain || chain.source === 'rebuilt') return NOT_APPLICABLE;
    if (!chain.outOfOrder && chain.extra.length === 0) return PASS;
    const sent = names(chain.sent.map((c, i) => `${i + 1}. ${displayName(c)}`));
    const expected = names(chain.path.map((c, i) => `${i + 1}. ${displayName(c)}`));
    const extraNote =
      chain.extra.length > 0
        ? message('rulesTls.cert-chain-order.extraNote', { extra: names(chain.extra.map(displayName)) })
        : '';
    return fail(message('rulesTls.cert-chain-order.message', { sent, expected, extraNote }));
  },
};
