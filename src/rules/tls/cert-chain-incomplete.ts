import { fail, NOT_APPLICABLE, PASS } from '../types.js';
import { displayName } from './lib/certificate.js';
import { CITATIONS, type TlsRule } from './lib/kit.js';
import { message, names } from './lib/messages.js';

/**
 * The path from the server certificate stops at a certificate whose issuer was not sent and is not a trusted
 * root. Desktop browsers fetch it (AIA) or have it cached; Android does not (tls-rules.md §1), so the same server
 * works in the browser and fails in the mini program.
 */
export const certChainIncomplete: TlsRule = {
  meta: {
    id: 'cert-chain-incomplete',
    severity: 'error',
    subject: 'tls',
    source: 'Android',
    description: 'rulesTls.cert-chain-incomplete.description',
    fix: 'rulesTls.cert-chain-incomplete.fix',
    citation: CITATIONS.android,
  },
  check({ chain }) {
    if (!chain) return NOT_APPLICABLE;
    if (chain.end !== 'missing-issuer' || !chain.stuckAt) return PASS;
    const stuck = chain.stuckAt;
    // The CA Issuers URL of the certificate that needs the missing issuer (the leaf, usually).
    const url = stuck.caIssuersUrls[0] ?? chain.leaf.caIssuersUrls[0];
    return fail(
      message('rulesTls.cert-chain-incomplete.message', {
        count: chain.sent.length,
        sent: names(chain.sent.map(displayName)),
        stuck: displayName(stuck),
        issuer: stuck.issuer,
        download: url
          ? message('rulesTls.cert-chain-incomplete.aia', { url })
          : message('rulesTls.cert-chain-incomplete.noAia'),
        // The server did send intermediates: the missing issuer may just as well be a private root.
        privateRoot:
          stuck === chain.leaf
            ? ''
            : message('rulesTls.cert-chain-incomplete.privateRoot', { issuer: stuck.issuer }),
      }),
      stuck.issuer,
    );
  },
};
