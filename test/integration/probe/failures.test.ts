import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { probeTargets } from '../../../src/probe/index.js';
import { createTestPki, fakeLookup, startTlsServer, type RunningServer } from '../../helpers/tls/index.js';
import { messageOf, probeOne, ruleIds } from './support.js';

const HOST = 'api.example.test';
const pki = createTestPki();
const leaf = pki.issueLeaf(HOST);
const servers: RunningServer[] = [];

async function serve(options: Parameters<typeof startTlsServer>[0]): Promise<RunningServer> {
  const server = await startTlsServer(options);
  servers.push(server);
  return server;
}

after(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('probe: servers that misbehave', () => {
  it('gives up on a server that accepts and never speaks at the deadline', async () => {
    const server = await serve({ behaviour: 'silent' });
    const started = Date.now();
    const { result, observation } = await probeOne(server, HOST, { timeoutMs: 600 });
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 550 && elapsed < 1500, `took ${elapsed} ms`);
    assert.equal(result.status, 'failed');
    assert.equal(observation.deadlineExceeded, true);
    assert.deepEqual(ruleIds(result), ['tls-handshake-failed']);
    assert.match(messageOf(result, 'tls-handshake-failed'), /no answer before the deadline/);
  });

  it('reports garbage instead of TLS', async () => {
    const server = await serve({ behaviour: 'garbage' });
    const { result } = await probeOne(server, HOST);
    assert.deepEqual(ruleIds(result), ['tls-handshake-failed']);
    assert.match(messageOf(result, 'tls-handshake-failed'), /not a valid TLS answer/);
  });

  it('reports a server that resets the connection', async () => {
    const server = await serve({ behaviour: 'reset' });
    const { result, observation } = await probeOne(server, HOST);
    assert.deepEqual(ruleIds(result), ['tls-handshake-failed']);
    assert.equal(observation.handshakes[0]?.failure?.reason, 'reset');
  });

  it('reports a server that closes the connection at once', async () => {
    const server = await serve({ behaviour: 'close' });
    const { observation } = await probeOne(server, HOST);
    assert.equal(observation.handshakes[0]?.failure?.reason, 'closed');
  });

  it('reports a refused connection', async () => {
    const server = await startTlsServer({ behaviour: 'silent' });
    await server.close();
    const { result } = await probeOne(server, HOST);
    assert.deepEqual(ruleIds(result), ['connect-failed']);
    assert.match(messageOf(result, 'connect-failed'), /connection refused/);
  });

  it('stops at the deadline when the TLS handshake works but HTTP never answers', async () => {
    const server = await serve({ certChain: pki.chainFor(leaf), httpHandler: () => undefined });
    const started = Date.now();
    const { result, observation } = await probeOne(server, HOST, { timeoutMs: 700, extraCaPem: pki.caPem });
    assert.ok(Date.now() - started < 1700);
    assert.equal(result.status, 'ok');
    assert.equal(observation.http?.failure?.reason, 'timed-out');
    assert.deepEqual(ruleIds(result), []);
  });
});

describe('probe: request forgery guard and DNS', () => {
  it('refuses a public host name that resolves to 127.0.0.1 unless --resolve maps it', async () => {
    const server = await serve({ certChain: pki.chainFor(leaf) });
    const lookup = fakeLookup({ [HOST]: ['127.0.0.1'] });
    const [refused] = await probeTargets(
      [{ target: HOST, host: HOST, port: server.port, lists: ['request'] }],
      {
        lookup,
        extraCaPem: pki.caPem,
      },
    );
    assert.deepEqual(
      refused?.findings.map((f) => f.ruleId),
      ['private-address'],
    );
    assert.equal(refused?.address, undefined);
    assert.equal(server.connections(), 0, 'nothing connected to the loopback server');

    const [allowed] = await probeTargets(
      [{ target: HOST, host: HOST, port: server.port, lists: ['request'] }],
      {
        lookup,
        extraCaPem: pki.caPem,
        resolve: new Map([[`${HOST}:${server.port}`, '127.0.0.1']]),
      },
    );
    assert.equal(allowed?.status, 'ok');
    assert.deepEqual(allowed?.findings, []);
    assert.ok(server.connections() > 0);
  });

  it('refuses an IP-address target in a private range', async () => {
    const [result] = await probeTargets([{ target: '10.0.0.1', host: '10.0.0.1', port: 443, lists: [] }], {
      lookup: fakeLookup({}),
    });
    assert.deepEqual(
      result?.findings.map((f) => f.ruleId),
      ['private-address'],
    );
  });

  it('reports an unresolvable host', async () => {
    const [result] = await probeTargets(
      [{ target: 'nx.example.test', host: 'nx.example.test', port: 443, lists: [] }],
      {
        lookup: fakeLookup({}),
      },
    );
    assert.equal(result?.failureReason, 'no-address: ENOTFOUND');
    assert.deepEqual(
      result?.findings.map((f) => f.ruleId),
      ['dns-unresolvable'],
    );
  });
});

describe('probe: many hosts', () => {
  it('dedupes hosts, merges their lists, and keeps the input order', async () => {
    const a = await serve({ certChain: pki.chainFor(pki.issueLeaf('a.example.test')) });
    const b = await serve({ certChain: pki.chainFor(pki.issueLeaf('b.example.test')) });
    const resolve = new Map([
      [`a.example.test:${a.port}`, '127.0.0.1'],
      [`b.example.test:${b.port}`, '127.0.0.1'],
    ]);
    const results = await probeTargets(
      [
        {
          target: `https://b.example.test:${b.port}`,
          host: 'b.example.test',
          port: b.port,
          lists: ['uploadFile'],
        },
        {
          target: `https://a.example.test:${a.port}`,
          host: 'a.example.test',
          port: a.port,
          lists: ['request'],
        },
        { target: `wss://b.example.test:${b.port}`, host: 'b.example.test', port: b.port, lists: ['socket'] },
      ],
      { resolve, lookup: fakeLookup({}), extraCaPem: pki.caPem },
    );
    assert.deepEqual(
      results.map((r) => [r.host, r.lists.join(',')]),
      [
        ['b.example.test', 'uploadFile,socket'],
        ['a.example.test', 'request'],
      ],
    );
    assert.ok(results.every((r) => r.findings.length === 0));
  });

  it('probes at most `concurrency` hosts at a time', async () => {
    const silent = await Promise.all([1, 2, 3, 4].map(() => serve({ behaviour: 'silent' })));
    const targets = silent.map((s, i) => ({
      target: `h${i}.test`,
      host: `h${i}.test`,
      port: s.port,
      lists: [],
    }));
    const resolve = new Map(silent.map((s, i) => [`h${i}.test:${s.port}`, '127.0.0.1'] as const));
    const timed = async (concurrency: number): Promise<number> => {
      const started = Date.now();
      await probeTargets(targets, { resolve, lookup: fakeLookup({}), timeoutMs: 300, concurrency });
      return Date.now() - started;
    };
    const serial = await timed(2);
    const parallel = await timed(4);
    assert.ok(serial >= 580, `2 at a time should take two rounds, took ${serial} ms`);
    assert.ok(parallel < 580, `4 at a time should take one round, took ${parallel} ms`);
  });
});
