import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certNoSct } from '../../../../src/rules/tls/cert-no-sct.js';
import { assertFails, assertGoodServerPasses, DAY, leaf, NOW, observation, pki, run } from './support.js';

describe('cert-no-sct', () => {
  it('passes a certificate with enough embedded SCTs', () => assertGoodServerPasses(certNoSct));

  it('notes a trusted certificate without embedded SCTs', () => {
    const none = leaf({ embeddedScts: 0 });
    const outcome = run(certNoSct, observation({ chain: pki.chainFor(none) }));
    assertFails(outcome, /no embedded Signed Certificate Timestamps/, /2 embedded SCTs/);
    assert.equal(certNoSct.meta.severity, 'notice');
  });

  it('requires 3 SCTs for lifetimes over 180 days', () => {
    const long = leaf({ embeddedScts: 2, notAfter: new Date(NOW.getTime() + 300 * DAY) });
    assertFails(
      run(certNoSct, observation({ chain: pki.chainFor(long) })),
      /embeds 2 SCT\(s\) from 2 distinct log\(s\); Apple requires 3/,
    );
  });

  it('does not apply to chains that do not end at a trusted root', () => {
    const none = leaf({ embeddedScts: 0 });
    assert.equal(run(certNoSct, observation({ chain: [none] })).status, 'na');
  });
});
