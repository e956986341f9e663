import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { message } from './lib/messages.js';

const DAY_MS = 86_400_000;

/**
 * Apple requires certificate transparency for publicly trusted certificates: embedded SCTs from 2 (lifetime up to
 * 180 days) or 3 (181–398 days) distinct logs, or SCTs delivered in the handshake or OCSP (tls-rules.md §1).
 * The probe sees only embedded SCTs, hence a notice; and it applies only to chains that end at a trusted root.
 */
export const certNoSct: TlsRule = {
  meta: {
    id: 'cert-no-sct',
    severity: 'notice',
    subject: 'tls',
    source: 'Apple',
    description: 'rulesTls.cert-no-sct.description',
    fix: 'rulesTls.cert-no-sct.fix',
    citation: CITATIONS.appleCt,
  },
  check({ chain }) {
    if (!chain || chain.end !== 'trusted') return NOT_APPLICABLE;
    const { leaf } = chain;
    const lifetimeDays = (leaf.notAfter.getTime() - leaf.notBefore.getTime()) / DAY_MS;
    const required = lifetimeDays <= 180 ? 2 : 3;
    const scts = leaf.embeddedScts;
    if (scts && scts.logs >= required) return PASS;
    if (!scts || scts.count === 0) return fail(message('rulesTls.cert-no-sct.none', { required }));
    return fail(message('rulesTls.cert-no-sct.few', { count: scts.count, logs: scts.logs, required }));
  },
};
