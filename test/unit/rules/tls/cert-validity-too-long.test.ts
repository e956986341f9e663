import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certValidityTooLong } from '../../../../src/rules/tls/cert-validity-too-long.js';
import { assertFails, assertGoodServerPasses, context, DAY, leaf, observation, pki, run } from './support.js';

const at = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe('cert-validity-too-long', () => {
  it('passes a 90-day certificate', () => assertGoodServerPasses(certValidityTooLong));

  it('fails 399 days issued after 2020-09-01 (inclusive counting)', () => {
    const from = at('2025-01-01');
    const long = leaf({ notBefore: from, notAfter: new Date(from.getTime() + 398 * DAY) });
    assertFails(
      run(certValidityTooLong, observation({ chain: pki.chainFor(long) })),
      /valid for 399 days \(2025-01-01 to 2026-02-03\)/,
      /issued from 2020-09-01 that are valid for more than 398 days/,
    );
  });

  it('passes exactly 398 days', () => {
    const from = at('2025-01-01');
    const ok = leaf({ notBefore: from, notAfter: new Date(from.getTime() + 398 * DAY - 1000) });
    assert.equal(run(certValidityTooLong, observation({ chain: pki.chainFor(ok) })).status, 'pass');
  });

  it('applies 825 days to certificates issued between 2019-07-01 and 2020-09-01', () => {
    const from = at('2020-01-01');
    const now = { now: at('2020-02-01') };
    const ok = leaf({ notBefore: from, notAfter: new Date(from.getTime() + 800 * DAY) });
    assert.equal(
      run(certValidityTooLong, observation({ chain: pki.chainFor(ok) }), context(now)).status,
      'pass',
    );
    const long = leaf({ notBefore: from, notAfter: new Date(from.getTime() + 900 * DAY) });
    assertFails(
      run(certValidityTooLong, observation({ chain: pki.chainFor(long) }), context(now)),
      /more than 825 days/,
    );
  });

  it('is not effective for certificates issued before 2019-07-01', () => {
    const old = leaf({ notBefore: at('2019-01-01'), notAfter: at('2026-01-01') });
    assert.equal(run(certValidityTooLong, observation({ chain: pki.chainFor(old) })).status, 'ne');
  });
});
