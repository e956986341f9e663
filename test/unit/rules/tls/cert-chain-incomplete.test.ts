import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certChainIncomplete } from '../../../../src/rules/tls/cert-chain-incomplete.js';
import { TrustStore } from '../../../../src/rules/tls/lib/trust-store.js';
import {
  assertFails,
  assertGoodServerPasses,
  context,
  goodLeaf,
  leaf,
  observation,
  pki,
  run,
} from './support.js';

describe('cert-chain-incomplete', () => {
  it('passes a server that sends its intermediate', () => assertGoodServerPasses(certChainIncomplete));

  it('fails a server that sends only its certificate, naming the issuer and the AIA URL', () => {
    const outcome = run(certChainIncomplete, observation({ chain: [goodLeaf] }));
    assertFails(
      outcome,
      /sent 1 certificate\(s\) \(api\.example\.test\)/,
      /the issuer of "api\.example\.test", CN=mp-domain-guard Test Intermediate CA, O=mp-domain-guard Test, is neither among them nor a trusted root/,
      /Serve the full chain/,
      /publishes the missing certificate at http:\/\/ca\.test\.invalid\/intermediate\.cer/,
    );
    assert.match(outcome.zh[0] ?? '', /完整证书链/);
  });

  it('says so when the certificate names no CA Issuers URL', () => {
    const bare = leaf({ caIssuersUrl: undefined });
    assertFails(run(certChainIncomplete, observation({ chain: [bare] })), /names no "CA Issuers" URL/);
  });

  it('mentions a private root when the server sent intermediates but the root is unknown', () => {
    const outcome = run(
      certChainIncomplete,
      observation({ chain: pki.chainFor(goodLeaf) }),
      context({ trust: TrustStore.of([]) }),
    );
    assertFails(
      outcome,
      /If CN=mp-domain-guard Test Root CA, O=mp-domain-guard Test is a private root/,
      /--ca-file/,
    );
    assert.doesNotMatch(
      run(certChainIncomplete, observation({ chain: [goodLeaf] })).messages[0] ?? '',
      /private root/,
    );
  });

  it('does not use certificates the server did not send, whatever the order', () => {
    const reversed = observation({ chain: [goodLeaf, pki.root, pki.intermediate] });
    assert.equal(run(certChainIncomplete, reversed).status, 'pass');
  });
});
