import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { handshakeOf } from '../../../src/probe/observation.js';
import {
  createTestPki,
  issueCertificate,
  startTlsServer,
  testKey,
  type RunningServer,
  type TlsServerOptions,
} from '../../helpers/tls/index.js';
import { messageOf, probeOne, ruleIds } from './support.js';

const DAY = 86_400_000;
const HOST = 'api.example.test';
const pki = createTestPki();
const goodLeaf = pki.issueLeaf(HOST);
const trusted = { extraCaPem: pki.caPem };
const servers: RunningServer[] = [];

async function serve(options: TlsServerOptions): Promise<RunningServer> {
  const server = await startTlsServer(options);
  servers.push(server);
  return server;
}

after(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('probe against local TLS servers: protocols', () => {
  it('finds nothing wrong with a good server and describes it', async () => {
    const server = await serve({ certChain: pki.chainFor(goodLeaf) });
    const { result, observation } = await probeOne(server, HOST, trusted);
    assert.deepEqual(ruleIds(result), []);
    assert.equal(result.status, 'ok');
    assert.equal(result.address, '127.0.0.1');
    assert.deepEqual(result.protocols, { tls10: false, tls11: false, tls12: true, tls13: true });
    assert.equal(result.protocol, 'TLSv1.3');
    assert.equal(result.chainSource, 'as-sent');
    assert.deepEqual(
      result.chain?.map((c) => c.subject),
      ['CN=api.example.test', 'CN=mp-domain-guard Test Intermediate CA, O=mp-domain-guard Test'],
    );
    assert.equal(result.certificate?.key, 'RSA 2048');
    assert.deepEqual(result.certificate?.sans, [HOST]);
    assert.ok((result.certificate?.daysLeft ?? 0) >= 88 && (result.certificate?.daysLeft ?? 0) <= 90);
    assert.equal(handshakeOf(observation, 'tls13')?.chain?.source, 'as-sent-decrypted');
    assert.equal(observation.http?.status, 200);
  });

  it('reports a TLS 1.3-only server, and reads its chain as sent by decrypting the handshake', async () => {
    const server = await serve({ certChain: [goodLeaf, pki.root, pki.intermediate], minVersion: 'TLSv1.3' });
    const { result } = await probeOne(server, HOST, trusted);
    assert.deepEqual(ruleIds(result), ['cert-chain-order', 'tls12-unsupported']);
    assert.equal(result.chainSource, 'as-sent-decrypted');
    assert.deepEqual(result.protocols, { tls10: false, tls11: false, tls12: false, tls13: true });
    assert.match(messageOf(result, 'tls12-unsupported'), /protocol_version/);
  });

  for (const suite of ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256']) {
    it(`decrypts the TLS 1.3 handshake under ${suite}`, async () => {
      const server = await serve({
        certChain: pki.chainFor(goodLeaf),
        minVersion: 'TLSv1.3',
        ciphersuites: suite,
      });
      const { result, observation } = await probeOne(server, HOST, trusted);
      assert.equal(handshakeOf(observation, 'tls13')?.cipher?.standardName, suite);
      assert.equal(result.chainSource, 'as-sent-decrypted');
      assert.equal(result.chain?.length, 2);
    });
  }

  it('notes a TLS 1.2-only server', async () => {
    const server = await serve({ certChain: pki.chainFor(goodLeaf), maxVersion: 'TLSv1.2' });
    const { result } = await probeOne(server, HOST, trusted);
    assert.deepEqual(ruleIds(result), ['tls13-unsupported']);
  });

  it('warns about TLS 1.0 and 1.1', async () => {
    const server = await serve({ certChain: pki.chainFor(goodLeaf), minVersion: 'TLSv1' });
    const { result } = await probeOne(server, HOST, trusted);
    assert.deepEqual(ruleIds(result), ['tls-legacy-enabled']);
    assert.deepEqual(result.protocols, { tls10: true, tls11: true, tls12: true, tls13: true });
    assert.match(messageOf(result, 'tls-legacy-enabled'), /TLS 1\.1, TLS 1\.0/);
  });

  it('warns when no ATS suite is accepted over TLS 1.2 (static RSA only)', async () => {
    const server = await serve({
      certChain: pki.chainFor(goodLeaf),
      maxVersion: 'TLSv1.2',
      ciphers: 'AES128-GCM-SHA256:AES256-SHA',
    });
    const { result, observation } = await probeOne(server, HOST, trusted);
    assert.deepEqual(ruleIds(result), ['tls-no-forward-secrecy', 'tls13-unsupported']);
    assert.equal(handshakeOf(observation, 'ats')?.failure?.reason, 'tls-alert');
  });

  it('accepts a server that prefers CHACHA20 but offers an ATS suite', async () => {
    const server = await serve({
      certChain: pki.chainFor(goodLeaf),
      ciphers: 'ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES128-GCM-SHA256',
      honorCipherOrder: true,
    });
    const { result, observation } = await probeOne(server, HOST, trusted);
    assert.deepEqual(ruleIds(result), []);
    assert.equal(handshakeOf(observation, 'tls12')?.cipher?.name, 'ECDHE-RSA-CHACHA20-POLY1305');
    assert.equal(handshakeOf(observation, 'ats')?.ok, true);
  });
});

describe('probe against local TLS servers: certificates', () => {
  const cases: {
    name: string;
    chain: () => Parameters<typeof serve>[0]['certChain'];
    host?: string;
    expect: string[];
    pattern?: RegExp;
    server?: Partial<TlsServerOptions>;
  }[] = [
    {
      name: 'an incomplete chain (no intermediate), naming the AIA URL',
      chain: () => [goodLeaf],
      expect: ['cert-chain-incomplete'],
      pattern: /http:\/\/ca\.test\.invalid\/intermediate\.cer/,
    },
    {
      name: 'a self-signed certificate',
      chain: () => [issueCertificate({ commonName: HOST, dnsNames: [HOST] })],
      expect: ['cert-self-signed'],
    },
    {
      name: 'a certificate for another host',
      chain: () => pki.chainFor(goodLeaf),
      host: 'other.example.test',
      expect: ['cert-hostname-mismatch'],
      pattern: /other\.example\.test is not among the names in the certificate: api\.example\.test/,
    },
    {
      name: 'an expired certificate',
      chain: () =>
        pki.chainFor(
          pki.issueLeaf(HOST, {
            notBefore: new Date(Date.now() - 60 * DAY),
            notAfter: new Date(Date.now() - 2 * DAY),
          }),
        ),
      expect: ['cert-expired'],
    },
    {
      name: 'a certificate expiring in 10 days',
      chain: () =>
        pki.chainFor(pki.issueLeaf(HOST, { notAfter: new Date(Date.now() + 10 * DAY + 3_600_000) })),
      expect: ['cert-expiring-soon'],
      pattern: /in 10 days/,
    },
    {
      name: 'a certificate not valid yet',
      chain: () =>
        pki.chainFor(
          pki.issueLeaf(HOST, {
            notBefore: new Date(Date.now() + 2 * DAY),
            notAfter: new Date(Date.now() + 60 * DAY),
          }),
        ),
      expect: ['cert-not-yet-valid'],
    },
    {
      name: 'an RSA 1024 key',
      chain: () => pki.chainFor(pki.issueLeaf(HOST, { key: testKey('rsa1024', 'live') })),
      expect: ['cert-weak-key'],
      server: { ciphers: 'DEFAULT:@SECLEVEL=0' },
    },
    {
      name: 'a SHA-1 signature',
      chain: () => pki.chainFor(pki.issueLeaf(HOST, { signatureHash: 'sha1' })),
      expect: ['cert-weak-signature'],
    },
    {
      name: 'a 400-day validity',
      chain: () =>
        pki.chainFor(
          pki.issueLeaf(HOST, {
            notBefore: new Date(Date.now() - DAY),
            notAfter: new Date(Date.now() + 399 * DAY),
          }),
        ),
      expect: ['cert-validity-too-long'],
    },
    {
      name: 'no serverAuth extended key usage',
      chain: () => pki.chainFor(pki.issueLeaf(HOST, { extendedKeyUsage: ['clientAuth'] })),
      expect: ['cert-no-server-auth-eku'],
    },
    {
      name: 'no subject alternative name',
      chain: () => pki.chainFor(pki.issueLeaf(HOST, { dnsNames: [] })),
      expect: ['cert-no-san'],
    },
    {
      name: 'no embedded SCTs',
      chain: () => pki.chainFor(pki.issueLeaf(HOST, { embeddedScts: 0 })),
      expect: ['cert-no-sct'],
    },
  ];

  for (const c of cases) {
    it(`reports ${c.name}`, async () => {
      const server = await serve({ certChain: c.chain(), ...c.server });
      const { result } = await probeOne(server, c.host ?? HOST, trusted);
      assert.deepEqual(ruleIds(result), [...c.expect].sort());
      if (c.pattern) assert.match(result.findings.map((f) => f.message.en).join('\n'), c.pattern);
    });
  }

  it('reports an untrusted root the server sends (a private CA without --ca-file)', async () => {
    const corp = createTestPki({ name: 'Corp Private' });
    const server = await serve({ certChain: [corp.issueLeaf(HOST), corp.intermediate, corp.root] });
    const { result } = await probeOne(server, HOST);
    assert.deepEqual(
      ruleIds(result),
      ['cert-chain-order', 'cert-untrusted-root'].filter((id) => id !== 'cert-chain-order'),
    );
  });
});
