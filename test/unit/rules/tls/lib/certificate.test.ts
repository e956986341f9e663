import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCertificate, tryParseCertificate } from '../../../../../src/rules/tls/lib/certificate.js';
import { issueCertificate, testKey } from '../../../../helpers/tls/index.js';
import { goodLeaf, pki } from '../support.js';

describe('parseCertificate', () => {
  it('reads names, key, signature, EKU, AIA and SCTs', () => {
    const cert = parseCertificate(goodLeaf.der);
    assert.equal(cert.subject, 'CN=api.example.test');
    assert.equal(cert.issuer, 'CN=mp-domain-guard Test Intermediate CA, O=mp-domain-guard Test');
    assert.deepEqual(cert.dnsNames, ['api.example.test']);
    assert.equal(cert.key.label, 'RSA 2048');
    assert.equal(cert.signature.hash, 'sha256');
    assert.deepEqual(cert.extendedKeyUsage, ['1.3.6.1.5.5.7.3.1']);
    assert.deepEqual(cert.caIssuersUrls, ['http://ca.test.invalid/intermediate.cer']);
    assert.deepEqual(cert.embeddedScts, { count: 3, logs: 3 });
    assert.equal(cert.isCa, false);
    assert.equal(cert.selfSigned, false);
    assert.equal(cert.sha256.length, 64);
  });

  it('reads IP subject alternative names, EC keys and CA flags', () => {
    const cert = parseCertificate(
      issueCertificate({
        commonName: 'ip',
        ipAddresses: ['203.0.113.9', '2001:db8::1'],
        key: testKey('ec384', 'parse-test'),
        issuer: pki.intermediate,
      }).der,
    );
    assert.deepEqual(cert.ipAddresses, ['203.0.113.9', '2001:db8:0:0:0:0:0:1']);
    assert.equal(cert.key.label, 'EC P-384');
    assert.equal(parseCertificate(pki.root.der).isCa, true);
    assert.equal(parseCertificate(pki.root.der).selfSigned, true);
  });

  it('reports garbage instead of throwing', () => {
    const result = tryParseCertificate(Buffer.from([0x30, 0x03, 0x02, 0x01]));
    assert.ok('error' in result);
  });
});
