import { describe, it } from 'node:test';
import { certNotYetValid } from '../../../../src/rules/tls/cert-not-yet-valid.js';
import { assertFails, assertGoodServerPasses, DAY, leaf, NOW, observation, pki, run } from './support.js';

describe('cert-not-yet-valid', () => {
  it('passes a certificate already valid', () => assertGoodServerPasses(certNotYetValid));

  it('fails a certificate whose notBefore is in the future', () => {
    const early = leaf({
      notBefore: new Date(NOW.getTime() + 2 * DAY),
      notAfter: new Date(NOW.getTime() + 60 * DAY),
    });
    assertFails(
      run(certNotYetValid, observation({ chain: pki.chainFor(early) })),
      /is not valid before 2025-06-03T00:00:00Z/,
    );
  });
});
