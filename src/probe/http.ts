import { connect as tlsConnect, type SecureContext } from 'node:tls';
import { Client } from 'undici';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { VerifyFile } from '../model/whitelist.js';
import { failureFromError } from './failure.js';
import type { Failure, HttpObservation, VerifyFileObservation } from './observation.js';

/** Enough for any verification file; a larger body is cut (and then cannot match). */
const MAX_BODY_BYTES = 64 * 1024;
const EXCERPT_CHARS = 200;

export interface HttpDestination {
  readonly host: string;
  readonly port: number;
  /** The checked address; undici never resolves the host name itself. */
  readonly address: string;
  /** The port to dial when `--resolve` maps the origin to another one (the URL keeps `port`). */
  readonly connectPort?: number;
  readonly servername?: string;
  readonly secureContext: SecureContext;
  readonly signal: AbortSignal;
}

interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body?: string;
}

/**
 * A one-origin HTTP/1.1 client pinned to the checked address: its connector dials the address with SNI set to
 * the host name, so a DNS answer cannot change between the check and the request. Redirects are not followed.
 */
export class PinnedHttpClient {
  private readonly client: Client;
  readonly origin: string;

  constructor(private readonly destination: HttpDestination) {
    this.origin = `https://${formatHost(destination.host)}${destination.port === 443 ? '' : `:${destination.port}`}`;
    this.client = new Client(this.origin, {
      pipelining: 1,
      connect: (_options, callback) => {
        const socket = tlsConnect({
          host: destination.address,
          port: destination.connectPort ?? destination.port,
          ...(destination.servername ? { servername: destination.servername } : {}),
          secureContext: destination.secureContext,
          ALPNProtocols: ['http/1.1'],
          // Trust was judged on the handshakes; this request only reads status and headers.
          rejectUnauthorized: false,
          checkServerIdentity: () => undefined,
        });
        socket.on('error', () => undefined); // undici reads errors itself once it owns the socket
        let settled = false;
        socket.once('secureConnect', () => {
          if (settled) return;
          settled = true;
          callback(null, socket);
        });
        socket.once('error', (error) => {
          if (settled) return;
          settled = true;
          callback(error, null);
        });
      },
    });
  }

  /** GET `/` without following redirects: the status, the Location and HSTS headers. */
  async fetchRoot(): Promise<HttpObservation> {
    const url = `${this.origin}/`;
    const response = await this.get('/', false);
    if ('failure' in response) return { url, failure: response.failure };
    const location = header(response.headers, 'location');
    const hsts = header(response.headers, 'strict-transport-security');
    return { url, status: response.status, ...(location ? { location } : {}), ...(hsts ? { hsts } : {}) };
  }

  /** GET `/FILE` and compare the trimmed body with the expected content, when the whitelist gives it. */
  async fetchVerifyFile(file: VerifyFile): Promise<VerifyFileObservation> {
    const path = `/${file.name.split('/').map(encodeURIComponent).join('/')}`;
    const url = `${this.origin}${path}`;
    const response = await this.get(path, true);
    if ('failure' in response) return { url, file, failure: response.failure };
    const body = (response.body ?? '').trim();
    const location = header(response.headers, 'location');
    return {
      url,
      file,
      status: response.status,
      ...(location ? { location } : {}),
      bodyExcerpt: body.slice(0, EXCERPT_CHARS),
      ...(file.content !== undefined
        ? { contentMatches: response.status === 200 && body === file.content.trim() }
        : {}),
    };
  }

  async close(): Promise<void> {
    await this.client.destroy().catch(() => undefined);
  }

  private async get(path: string, readBody: boolean): Promise<RawResponse | { failure: Failure }> {
    const { signal } = this.destination;
    if (signal.aborted) return { failure: { reason: 'timed-out', stage: 'http' } };
    try {
      const response = await this.client.request({
        path,
        method: 'GET',
        signal,
        headers: { 'user-agent': `${TOOL_NAME}/${TOOL_VERSION} (domain probe)`, accept: '*/*' },
      });
      let body: string | undefined;
      if (readBody) body = await readLimited(response.body, MAX_BODY_BYTES);
      else await response.body.dump({ limit: MAX_BODY_BYTES }).catch(() => undefined);
      return {
        status: response.statusCode,
        headers: response.headers,
        ...(body !== undefined ? { body } : {}),
      };
    } catch (error) {
      return {
        failure: { ...failureFromError(error, { ended: false, aborted: signal.aborted }), stage: 'http' },
      };
    }
  }
}

async function readLimited(
  body: AsyncIterable<Buffer> & { destroy(): void },
  limit: number,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= limit) {
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

function header(headers: RawResponse['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
