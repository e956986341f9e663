import { fail, NOT_APPLICABLE, NOT_EFFECTIVE, PASS } from '../types.js';
import { OID } from './lib/certificate.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { message, names } from './lib/messages.js';

const EFFECTIVE = Date.parse('2019-07-01T00:00:00Z');

const EKU_NAMES: Readonly<Record<string, string>> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
  '2.5.29.37.0': 'anyExtendedKeyUsage',
};

/** iOS 13: server certificates issued from 2019-07-01 must carry EKU id-kp-serverAuth (tls-rules.md §1). */
export const certNoServerAuthEku: TlsRule = {
  meta: {
    id: 'cert-no-server-auth-eku',
    severity: 'error',
    subject: 'tls',
    source: 'Apple',
    description: 'rulesTls.cert-no-server-auth-eku.description',
    fix: 'rulesTls.cert-no-server-auth-eku.fix',
    citation: CITATIONS.appleIos13,
    effectiveDate: '2019-07-01',
  },
  check({ chain }) {
    if (!chain) return NOT_APPLICABLE;
    const { leaf } = chain;
    if (leaf.notBefore.getTime() < EFFECTIVE) return NOT_EFFECTIVE;
    const eku = leaf.extendedKeyUsage;
    if (eku?.includes(OID.serverAuth)) return PASS;
    if (!eku) return fail(message('rulesTls.cert-no-server-auth-eku.missing'));
    return fail(
      message('rulesTls.cert-no-server-auth-eku.without', {
        usages: names(eku.map((oid) => EKU_NAMES[oid] ?? oid)),
      }),
    );
  },
};
