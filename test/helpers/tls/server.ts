import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import type { SecureVersion } from 'node:tls';
import type { TestCertificate } from './pki.js';

/**
 * Local TLS servers for tests, on 127.0.0.1 and an ephemeral port. `behaviour` makes the misbehaving kinds a
 * probe must survive: one that accepts and never speaks, one that answers garbage, one that resets, one that
 * closes at once.
 */
export type ServerBehaviour = 'normal' | 'silent' | 'garbage' | 'reset' | 'close';

export interface TlsServerOptions {
  /** Sent exactly in this order (leaf first, as a server would be configured). */
  readonly certChain?: readonly (TestCertificate | string)[];
  /** PEM private key of the leaf; default: the leaf's own test key. */
  readonly key?: string;
  readonly minVersion?: SecureVersion;
  readonly maxVersion?: SecureVersion;
  /** TLS 1.2-and-below cipher list (OpenSSL syntax). Below TLS 1.2 security level 0 is added automatically. */
  readonly ciphers?: string;
  /** TLS 1.3 suites, e.g. `TLS_CHACHA20_POLY1305_SHA256` (Node takes them in the same `ciphers` string). */
  readonly ciphersuites?: string;
  /** Prefer the server's cipher order (to pick a suite the client lists last). */
  readonly honorCipherOrder?: boolean;
  readonly behaviour?: ServerBehaviour;
  /** Handles HTTP requests; default: 200 "ok" with an HSTS header. */
  readonly httpHandler?: (request: IncomingMessage, response: ServerResponse) => void;
  readonly host?: string;
}

export interface RunningServer {
  readonly host: string;
  readonly port: number;
  /** Connections accepted so far. */
  readonly connections: () => number;
  close(): Promise<void>;
}

export function defaultHttpHandler(_request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'text/plain', 'strict-transport-security': 'max-age=31536000' });
  response.end('ok');
}

export async function startTlsServer(options: TlsServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const behaviour = options.behaviour ?? 'normal';
  const sockets = new Set<Socket>();
  let accepted = 0;
  const track = (socket: Socket): void => {
    accepted++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  };

  let server: NetServer | HttpsServer;
  if (behaviour === 'normal') {
    server = createHttpsServer(tlsOptions(options), options.httpHandler ?? defaultHttpHandler);
    server.on('tlsClientError', () => undefined);
    server.on('connection', track);
  } else {
    server = createNetServer((socket) => {
      track(socket);
      if (behaviour === 'reset') socket.resetAndDestroy();
      else if (behaviour === 'close') socket.end();
      else if (behaviour === 'garbage') {
        socket.once('data', () => socket.write('SSH-2.0-OpenSSH_9.6 definitely not TLS\r\n'));
      }
      // silent: accept and never answer.
    });
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    host,
    port: address.port,
    connections: () => accepted,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function tlsOptions(options: TlsServerOptions): Record<string, unknown> {
  const chain = options.certChain ?? [];
  const [leaf] = chain;
  if (!leaf) throw new Error('a normal TLS server needs certChain');
  const pems = chain.map((c) => (typeof c === 'string' ? c : c.pem));
  const key = options.key ?? (typeof leaf === 'string' ? undefined : leaf.key.privateKeyPem);
  if (!key) throw new Error('give key when certChain holds PEM strings');
  const legacy = options.minVersion === 'TLSv1' || options.minVersion === 'TLSv1.1';
  const tls12Ciphers = options.ciphers ?? (legacy ? 'DEFAULT:@SECLEVEL=0' : undefined);
  const ciphers = [options.ciphersuites, tls12Ciphers].filter(Boolean).join(':') || undefined;
  return {
    cert: pems.join(''),
    key,
    ...(options.minVersion ? { minVersion: options.minVersion } : {}),
    ...(options.maxVersion ? { maxVersion: options.maxVersion } : {}),
    ...(ciphers ? { ciphers } : {}),
    ...(options.honorCipherOrder ? { honorCipherOrder: true } : {}),
  };
}
