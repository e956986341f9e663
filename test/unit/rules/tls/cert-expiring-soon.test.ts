import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certExpiringSoon } from '../../../../src/rules/tls/cert-expiring-soon.js';
import {
  assertFails,
  assertGoodServerPasses,
  context,
  DAY,
  leaf,
  NOW,
  observation,
  pki,
  run,
} from './support.js';

describe('cert-expiring-soon', () => {
  it('passes a certificate with 90 days left at a 30-day threshold', () =>
    assertGoodServerPasses(certExpiringSoon));

  it('warns 10 days before expiry with the date and the threshold', () => {
    const soon = leaf({ notAfter: new Date(NOW.getTime() + 10 * DAY + 3600_000) });
    assertFails(
      run(certExpiringSoon, observation({ chain: pki.chainFor(soon) })),
      /expires on 2025-06-11, in 10 days \(warning threshold 30 days\)/,
    );
  });

  it('follows the configured threshold and leaves expired certificates to cert-expired', () => {
    const obs = observation({ chain: pki.chainFor(leaf({ notAfter: new Date(NOW.getTime() + 50 * DAY) })) });
    assert.equal(run(certExpiringSoon, obs, context({ expiryWarningDays: 30 })).status, 'pass');
    assert.equal(run(certExpiringSoon, obs, context({ expiryWarningDays: 60 })).status, 'fail');
    const expired = observation({ chain: pki.chainFor(leaf({ notAfter: new Date(NOW.getTime() - DAY) })) });
    assert.equal(run(certExpiringSoon, expired).status, 'pass');
  });
});
