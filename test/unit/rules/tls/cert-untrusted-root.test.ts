import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certUntrustedRoot } from '../../../../src/rules/tls/cert-untrusted-root.js';
import { createTestPki } from '../../../helpers/tls/index.js';
import { assertFails, assertGoodServerPasses, HOST, NOW, observation, run } from './support.js';

describe('cert-untrusted-root', () => {
  const privatePki = createTestPki({ name: 'Corp Private', now: NOW });
  const privateLeaf = privatePki.issueLeaf(HOST);

  it('passes a chain that ends at a trusted root', () => assertGoodServerPasses(certUntrustedRoot));

  it('fails a chain that ends at a root the server sends but nobody trusts', () => {
    const obs = observation({ chain: [privateLeaf, privatePki.intermediate, privatePki.root] });
    assertFails(run(certUntrustedRoot, obs), /ends at "Corp Private Root CA"/);
  });

  it('leaves a chain without its root to cert-chain-incomplete', () => {
    const obs = observation({ chain: privatePki.chainFor(privateLeaf) });
    assert.equal(run(certUntrustedRoot, obs).status, 'pass');
  });
});
