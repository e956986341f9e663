import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createTestPki, startTlsServer, type RunningServer } from '../../helpers/tls/index.js';
import { messageOf, probeOne, ruleIds } from './support.js';

const HOST = 'h5.example.test';
const pki = createTestPki();
const chain = pki.chainFor(pki.issueLeaf(HOST));
const servers: RunningServer[] = [];
const trusted = { extraCaPem: pki.caPem };

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<RunningServer> {
  const server = await startTlsServer({ certChain: chain, httpHandler: handler });
  servers.push(server);
  return server;
}

after(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

const hsts = { 'strict-transport-security': 'max-age=31536000' };

describe('probe: the HTTP request', () => {
  it('warns about a redirect to another host and sends the request to the checked address with SNI', async () => {
    const seen: string[] = [];
    const server = await serve((req, res) => {
      seen.push(`${req.headers.host} ${req.url}`);
      res.writeHead(302, { location: 'https://login.elsewhere.test/sso', ...hsts }).end();
    });
    const { result } = await probeOne(server, HOST, trusted);
    assert.deepEqual(ruleIds(result), ['http-redirect-offsite']);
    assert.match(
      messageOf(result, 'http-redirect-offsite'),
      /redirect to https:\/\/login\.elsewhere\.test\/sso/,
    );
    assert.deepEqual(seen, [`${HOST}:${server.port} /`]);
  });

  it('notes a missing HSTS header', async () => {
    const server = await serve((_req, res) => res.writeHead(200).end('hello'));
    const { result } = await probeOne(server, HOST, trusted);
    assert.deepEqual(ruleIds(result), ['hsts-missing']);
  });

  it('makes no HTTP request for a socket-only host', async () => {
    let requests = 0;
    const server = await serve((_req, res) => {
      requests++;
      res.writeHead(200).end();
    });
    const { observation } = await probeOne(server, HOST, { ...trusted, lists: ['socket'] });
    assert.equal(observation.http, undefined);
    assert.equal(requests, 0);
  });
});

describe('probe: business-domain verification file', () => {
  const file = { name: 'MP_verify_AbC123.txt', content: 'AbC123xyz' };
  const fileServer = (body: string | undefined) =>
    serve((req, res) => {
      if (req.url === `/${file.name}` && body !== undefined) res.writeHead(200, hsts).end(body);
      else if (req.url === '/') res.writeHead(200, hsts).end('home');
      else res.writeHead(404, hsts).end('not found');
    });

  it('passes the file WeChat issued (surrounding whitespace ignored)', async () => {
    const server = await fileServer('AbC123xyz\n');
    const { result, observation } = await probeOne(server, HOST, {
      ...trusted,
      lists: ['webview'],
      verifyFile: file,
    });
    assert.deepEqual(ruleIds(result), []);
    assert.equal(observation.verifyFile?.contentMatches, true);
  });

  it('fails a missing file', async () => {
    const server = await fileServer(undefined);
    const { result } = await probeOne(server, HOST, { ...trusted, lists: ['webview'], verifyFile: file });
    assert.deepEqual(ruleIds(result), ['webview-verify-file']);
    assert.match(messageOf(result, 'webview-verify-file'), /answered HTTP 404/);
  });

  it('fails a file with other content', async () => {
    const server = await fileServer('something else');
    const { result } = await probeOne(server, HOST, { ...trusted, lists: ['webview'], verifyFile: file });
    assert.match(messageOf(result, 'webview-verify-file'), /expected "AbC123xyz", got "something else"/);
  });
});
