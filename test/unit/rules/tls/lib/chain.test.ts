import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeChain, servedPath } from '../../../../../src/rules/tls/lib/chain.js';
import { TrustStore } from '../../../../../src/rules/tls/lib/trust-store.js';
import { issueCertificate, type TestCertificate } from '../../../../helpers/tls/index.js';
import { goodLeaf, HOST, pki } from '../support.js';

const trust = TrustStore.of([pki.caPem]);
const ders = (certs: readonly TestCertificate[]): Buffer[] => certs.map((c) => c.der);
const names = (certs: readonly { commonName?: string }[]): (string | undefined)[] =>
  certs.map((c) => c.commonName);

describe('analyzeChain', () => {
  it('builds leaf → intermediate → trusted root from what was sent', () => {
    const chain = analyzeChain('as-sent', ders(pki.chainFor(goodLeaf)), trust);
    assert.equal(chain?.end, 'trusted');
    assert.equal(chain?.anchor?.origin, 'extra');
    assert.deepEqual(names(chain?.path ?? []), [HOST, 'mp-domain-guard Test Intermediate CA']);
    assert.equal(chain?.outOfOrder, false);
    assert.deepEqual(chain?.extra, []);
  });

  it('is independent of the order sent, and reports the order', () => {
    const chain = analyzeChain('as-sent', ders([goodLeaf, pki.root, pki.intermediate]), trust);
    assert.equal(chain?.end, 'trusted');
    assert.equal(chain?.outOfOrder, true);
    assert.deepEqual(chain?.extra, []);
  });

  it('ends at a trusted key even when the server sends a cross-signed copy of the root', () => {
    const otherRoot = issueCertificate({ commonName: 'Legacy Root', isCa: true });
    // Same subject and key as the trusted root, but issued by another CA (like ISRG Root X1 signed by DST).
    const crossSigned = issueCertificate({ ...pki.root.spec, issuer: otherRoot });
    const chain = analyzeChain('as-sent', ders([goodLeaf, pki.intermediate, crossSigned]), trust);
    assert.equal(chain?.end, 'trusted');
    assert.equal(chain?.path.length, 3);
    assert.deepEqual(chain?.extra, []);
  });

  it('stops at the first certificate whose issuer is missing, never fetching it', () => {
    const chain = analyzeChain('as-sent', ders([goodLeaf]), trust);
    assert.equal(chain?.end, 'missing-issuer');
    assert.equal(chain?.stuckAt?.commonName, HOST);
  });

  it('does not trust a certificate only because it was sent', () => {
    const chain = analyzeChain('as-sent', ders([goodLeaf, pki.intermediate, pki.root]), TrustStore.of([]));
    assert.equal(chain?.end, 'untrusted-root');
    assert.equal(
      servedPath(chain!).length,
      2,
      'the self-signed root is not part of what the server is judged on',
    );
  });

  it('skips unreadable certificates and gives up when the leaf itself is unreadable', () => {
    const chain = analyzeChain(
      'as-sent',
      [goodLeaf.der, Buffer.from('garbage'), pki.intermediate.der],
      trust,
    );
    assert.equal(chain?.end, 'trusted');
    assert.deepEqual(
      chain?.unreadable.map((u) => u.position),
      [2],
    );
    assert.equal(analyzeChain('as-sent', [Buffer.from('garbage')], trust), undefined);
    assert.equal(analyzeChain('as-sent', [], trust), undefined);
  });

  it('recognises a self-signed leaf', () => {
    const self = issueCertificate({ commonName: HOST, dnsNames: [HOST] });
    assert.equal(analyzeChain('as-sent', [self.der], trust)?.end, 'self-signed-leaf');
  });
});
