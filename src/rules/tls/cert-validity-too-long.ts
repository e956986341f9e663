import { fail, NOT_EFFECTIVE, NOT_APPLICABLE, PASS } from '../types.js';
import { isoDate } from './lib/certificate.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { message } from './lib/messages.js';

const DAY_MS = 86_400_000;
const CUTOFF_825 = Date.parse('2019-07-01T00:00:00Z');
const CUTOFF_398 = Date.parse('2020-09-01T00:00:00Z');

/**
 * Apple: server certificates issued on or after 2020-09-01 must be valid for at most 398 days, those issued from
 * 2019-07-01 for at most 825 days. Validity counts notBefore..notAfter inclusive, a day being 86,400 s
 * (tls-rules.md §1). A root from --ca-file is judged like a public one.
 */
export const certValidityTooLong: TlsRule = {
  meta: {
    id: 'cert-validity-too-long',
    severity: 'error',
    subject: 'tls',
    source: 'Apple',
    description: 'rulesTls.cert-validity-too-long.description',
    fix: 'rulesTls.cert-validity-too-long.fix',
    citation: CITATIONS.apple398,
    effectiveDate: '2019-07-01',
  },
  check({ chain }) {
    if (!chain) return NOT_APPLICABLE;
    const { leaf } = chain;
    const issued = leaf.notBefore.getTime();
    if (issued < CUTOFF_825) return NOT_EFFECTIVE;
    const limit = issued >= CUTOFF_398 ? 398 : 825;
    const validityMs = leaf.notAfter.getTime() - issued + 1000; // inclusive of the last second
    if (validityMs <= limit * DAY_MS) return PASS;
    return fail(
      message('rulesTls.cert-validity-too-long.message', {
        days: Math.ceil(validityMs / DAY_MS),
        from: isoDate(leaf.notBefore),
        to: isoDate(leaf.notAfter),
        cutoff: limit === 398 ? '2020-09-01' : '2019-07-01',
        limit,
      }),
    );
  },
};
