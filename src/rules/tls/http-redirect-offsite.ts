import { HTTPS_LISTS, type ConsoleList } from '../../model/lists.js';
import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { list, message } from './lib/messages.js';

/**
 * `GET /` redirects to another host. WeChat matches hosts exactly (platform-rules.md §1.1), so the host a
 * request ends up on needs its own whitelist entry and its own good certificate. A redirect to a host the
 * whitelist already holds in the same list is fine.
 */
export const httpRedirectOffsite: TlsRule = {
  meta: {
    id: 'http-redirect-offsite',
    severity: 'warning',
    subject: 'tls',
    source: 'WeChat',
    description: 'rulesTls.http-redirect-offsite.description',
    fix: 'rulesTls.http-redirect-offsite.fix',
    citation: CITATIONS.wechatDomains,
  },
  check({ observation }, { whitelist }) {
    const http = observation.http;
    if (!http?.status || !http.location) return NOT_APPLICABLE;
    if (http.status < 300 || http.status > 399) return PASS;
    let destination: URL;
    try {
      destination = new URL(http.location, http.url);
    } catch {
      return NOT_APPLICABLE;
    }
    const toHost = destination.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (toHost === observation.host.toLowerCase()) return PASS;
    const lists: readonly ConsoleList[] = observation.lists.filter((l) => HTTPS_LISTS.includes(l));
    const wanted = lists.length > 0 ? lists : (['request'] as const);
    if (whitelist && wanted.every((l) => whitelist.entries.some((e) => e.list === l && e.host === toHost))) {
      return PASS;
    }
    return fail(
      message('rulesTls.http-redirect-offsite.message', {
        url: http.url,
        status: http.status,
        location: destination.href,
        host: toHost,
        lists: list(wanted.map((l) => message(`core.list.${l}`))),
      }),
      toHost,
    );
  },
};
