import { isIpAddress, parseIPv6, stripBrackets } from '../../probe/address.js';
import { isIPv6 } from 'node:net';
import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { message, names } from './lib/messages.js';

/**
 * The host is not among the certificate's subject alternative names. Matching follows RFC 6125 as iOS 13 applies
 * it: SAN only (the common name is ignored), and a wildcard only as the whole left-most label, covering exactly
 * one label. A certificate without any SAN is `cert-no-san`'s finding.
 */
export const certHostnameMismatch: TlsRule = {
  meta: {
    id: 'cert-hostname-mismatch',
    severity: 'error',
    subject: 'tls',
    source: 'Apple',
    description: 'rulesTls.cert-hostname-mismatch.description',
    fix: 'rulesTls.cert-hostname-mismatch.fix',
    citation: CITATIONS.rfc6125,
  },
  check({ observation, chain }) {
    if (!chain) return NOT_APPLICABLE;
    const { leaf } = chain;
    if (leaf.dnsNames.length === 0 && leaf.ipAddresses.length === 0) return NOT_APPLICABLE;
    const host = observation.host;
    const matched = isIpAddress(host)
      ? leaf.ipAddresses.some((ip) => sameIp(ip, host))
      : leaf.dnsNames.some((pattern) => matchesDnsName(pattern, host));
    if (matched) return PASS;
    return fail(
      message('rulesTls.cert-hostname-mismatch.message', {
        host,
        names: names([...leaf.dnsNames, ...leaf.ipAddresses]),
        cn: leaf.commonName ?? '—',
      }),
    );
  },
};

/** RFC 6125 §6.4.3 with the strict wildcard reading browsers and iOS use. */
export function matchesDnsName(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase().replace(/\.$/, '');
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!p || !h) return false;
  if (!p.includes('*')) return p === h;
  const [first, ...rest] = p.split('.');
  // The wildcard must be the entire left-most label, with at least two labels after it (no `*.com`).
  if (first !== '*' || rest.length < 2 || rest.some((label) => label.includes('*'))) return false;
  const hostLabels = h.split('.');
  if (hostLabels.length !== rest.length + 1 || !hostLabels[0]) return false;
  return hostLabels.slice(1).join('.') === rest.join('.');
}

function sameIp(a: string, b: string): boolean {
  const x = stripBrackets(a);
  const y = stripBrackets(b);
  if (isIPv6(x) && isIPv6(y)) return parseIPv6(x).join(':') === parseIPv6(y).join(':');
  return x === y;
}
