import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certChainOrder } from '../../../../src/rules/tls/cert-chain-order.js';
import { issueCertificate } from '../../../helpers/tls/index.js';
import { assertFails, assertGoodServerPasses, goodLeaf, observation, pki, run } from './support.js';

describe('cert-chain-order', () => {
  const second = issueCertificate({
    ...pki.intermediate.spec,
    commonName: 'Second Intermediate',
    issuer: pki.intermediate,
  });
  const deepLeaf = pki.issueLeaf('api.example.test', { issuer: second });

  it('passes leaf, intermediate (with or without the root)', () => {
    assertGoodServerPasses(certChainOrder);
    assert.equal(
      run(certChainOrder, observation({ chain: [goodLeaf, pki.intermediate, pki.root] })).status,
      'pass',
    );
  });

  it('notes intermediates sent in the wrong order', () => {
    const obs = observation({ chain: [deepLeaf, pki.intermediate, second] });
    assertFails(
      run(certChainOrder, obs),
      /sends its certificates as 1\. api\.example\.test, 2\. mp-domain-guard Test Intermediate CA, 3\. Second Intermediate/,
      /clients expect 1\. api\.example\.test, 2\. Second Intermediate, 3\. mp-domain-guard Test Intermediate CA/,
    );
  });

  it('notes certificates that are not part of the chain', () => {
    const stray = issueCertificate({ commonName: 'Stray CA', isCa: true });
    assertFails(
      run(certChainOrder, observation({ chain: [goodLeaf, pki.intermediate, stray] })),
      /Not part of the chain: Stray CA/,
    );
  });

  it('does not judge the order of a chain Node rebuilt', () => {
    const obs = observation({ chain: [deepLeaf, pki.intermediate, second], chainSource: 'rebuilt' });
    assert.equal(run(certChainOrder, obs).status, 'na');
  });
});
