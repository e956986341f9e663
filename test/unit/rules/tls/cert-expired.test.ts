import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certExpired } from '../../../../src/rules/tls/cert-expired.js';
import { issueCertificate } from '../../../helpers/tls/index.js';
import { assertFails, assertGoodServerPasses, DAY, leaf, NOW, observation, pki, run } from './support.js';

describe('cert-expired', () => {
  it('passes a certificate within its validity', () => assertGoodServerPasses(certExpired));

  it('fails an expired server certificate with the date and days', () => {
    const expired = leaf({
      notBefore: new Date(NOW.getTime() - 100 * DAY),
      notAfter: new Date(NOW.getTime() - 3 * DAY),
    });
    assertFails(
      run(certExpired, observation({ chain: pki.chainFor(expired) })),
      /the server certificate "api\.example\.test" expired on 2025-05-29 \(3 days ago\)/,
    );
  });

  it('fails an expired intermediate the server sends', () => {
    const oldIntermediate = issueCertificate({
      ...pki.intermediate.spec,
      notBefore: new Date(NOW.getTime() - 900 * DAY),
      notAfter: new Date(NOW.getTime() - DAY),
    });
    const served = leaf({ issuer: oldIntermediate });
    const outcome = run(certExpired, observation({ chain: [served, oldIntermediate] }));
    assertFails(outcome, /the intermediate certificate "mp-domain-guard Test Intermediate CA" expired/);
    assert.match(outcome.zh[0] ?? '', /中间证书/);
  });
});
