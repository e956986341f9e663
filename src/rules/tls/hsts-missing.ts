import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { message } from './lib/messages.js';

/** The HTTPS origin sends no Strict-Transport-Security header (a notice: mini programs never use plain HTTP). */
export const hstsMissing: TlsRule = {
  meta: {
    id: 'hsts-missing',
    severity: 'notice',
    subject: 'tls',
    source: 'IETF',
    description: 'rulesTls.hsts-missing.description',
    fix: 'rulesTls.hsts-missing.fix',
    citation: CITATIONS.rfc6797,
  },
  check({ observation }) {
    const http = observation.http;
    if (!http?.status) return NOT_APPLICABLE;
    if (http.hsts && /max-age\s*=\s*"?[1-9]/i.test(http.hsts)) return PASS;
    return fail(
      message('rulesTls.hsts-missing.message', {
        url: http.url,
        status: http.status,
        header: http.hsts ?? '—',
      }),
    );
  },
};
