import { connect as netConnect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { connect as tlsConnect, type PeerCertificate, type SecureContext, type TLSSocket } from 'node:tls';
import { failureFromError } from './failure.js';
import type { Failure, HandshakeAttempt, HandshakeKind, ObservedChain } from './observation.js';
import { RecordingChannel } from './recording-channel.js';
import { decryptServerCertificates, serverHandshakeSecret } from './tls13-decrypt.js';
import { parseServerFlight } from './tls-records.js';

/** Bytes of the server's flight kept per connection: a long chain with OCSP data fits in well under this. */
const CAPTURE_LIMIT = 256 * 1024;
const MAX_REBUILT_CHAIN = 16;

export interface HandshakeSpec {
  readonly kind: HandshakeKind;
  readonly minVersion: string;
  readonly maxVersion: string;
  readonly ciphers?: string;
  /** The context carries versions, ciphers and the trust anchors for Node's own `authorized` verdict. */
  readonly secureContext: SecureContext;
  readonly alpn?: readonly string[];
  /** Read the chain from the captured bytes (and decrypt it under TLS 1.3). */
  readonly captureChain: boolean;
}

export interface Destination {
  readonly address: string;
  readonly port: number;
  /** SNI; omitted for IP-address hosts (RFC 6066 forbids IP literals in server_name). */
  readonly servername?: string;
  readonly signal: AbortSignal;
}

/** One TCP connection, one handshake, then close. Never throws: a failure is part of the attempt. */
export async function handshake(spec: HandshakeSpec, destination: Destination): Promise<HandshakeAttempt> {
  const started = performance.now();
  const offered = {
    minVersion: spec.minVersion,
    maxVersion: spec.maxVersion,
    ...(spec.ciphers ? { ciphers: spec.ciphers } : {}),
  };
  const finish = (fields: Omit<HandshakeAttempt, 'kind' | 'offered' | 'durationMs'>): HandshakeAttempt => ({
    kind: spec.kind,
    offered,
    ...fields,
    durationMs: Math.round(performance.now() - started),
  });

  const tcp = await connectTcp(destination);
  if ('failure' in tcp) return finish({ ok: false, failure: tcp.failure });

  const channel = new RecordingChannel(tcp.socket, CAPTURE_LIMIT);
  const keylog: string[] = [];
  const socket = tlsConnect({
    socket: channel,
    secureContext: spec.secureContext,
    ...(destination.servername ? { servername: destination.servername } : {}),
    ...(spec.alpn ? { ALPNProtocols: [...spec.alpn] } : {}),
    // The probe judges trust itself (rules over the chain as sent); Node's verdict is only recorded.
    rejectUnauthorized: false,
    checkServerIdentity: () => undefined,
  });
  // The session secrets are only needed to decrypt a TLS 1.3 Certificate message.
  if (spec.captureChain && spec.maxVersion === 'TLSv1.3') {
    socket.on('keylog', (line: Buffer) => keylog.push(line.toString('latin1')));
  }
  // Errors are read once below (and from the channel); a late second one must not crash the run.
  socket.on('error', () => undefined);
  channel.on('error', () => undefined);

  const outcome = await new Promise<{ ok: true } | { ok: false; error: unknown; aborted: boolean }>(
    (resolve) => {
      const onAbort = (): void => {
        resolve({ ok: false, error: new Error('deadline'), aborted: true });
        socket.destroy();
      };
      if (destination.signal.aborted) return onAbort();
      destination.signal.addEventListener('abort', onAbort, { once: true });
      socket.once('secureConnect', () => {
        destination.signal.removeEventListener('abort', onAbort);
        resolve({ ok: true });
      });
      socket.once('error', (error) => {
        destination.signal.removeEventListener('abort', onAbort);
        resolve({ ok: false, error, aborted: false });
      });
      socket.once('close', () => {
        destination.signal.removeEventListener('abort', onAbort);
        resolve({ ok: false, error: new Error('closed before the handshake finished'), aborted: false });
      });
    },
  );
  channel.stopRecording();

  try {
    const flight = parseServerFlight(channel.received);
    if (!outcome.ok) {
      const failure = failureFromError(outcome.error, {
        ended: channel.ended,
        ...(channel.errorCode ? { resetCode: channel.errorCode } : {}),
        ...(flight.alert ? { alert: flight.alert.name } : {}),
        aborted: outcome.aborted,
      });
      return finish({ ok: false, failure: { ...failure, stage: 'tls' } });
    }
    return finish(describeConnection(socket, spec, flight, keylog));
  } finally {
    socket.destroy();
    tcp.socket.destroy();
  }
}

function describeConnection(
  socket: TLSSocket,
  spec: HandshakeSpec,
  flight: ReturnType<typeof parseServerFlight>,
  keylog: readonly string[],
): Omit<HandshakeAttempt, 'kind' | 'offered' | 'durationMs'> {
  const protocol = socket.getProtocol() ?? undefined;
  const cipher = socket.getCipher();
  const ephemeral = socket.getEphemeralKeyInfo() as { type?: string; name?: string; size?: number } | null;
  const keyExchange =
    ephemeral && ephemeral.type
      ? {
          type: ephemeral.type,
          ...(ephemeral.name ? { name: ephemeral.name } : {}),
          ...(ephemeral.size ? { size: ephemeral.size } : {}),
        }
      : {};
  const alpn = typeof socket.alpnProtocol === 'string' ? socket.alpnProtocol : undefined;
  const chain = spec.captureChain ? readChain(socket, protocol, flight, keylog) : undefined;
  return {
    ok: true,
    ...(protocol ? { protocol } : {}),
    ...(cipher ? { cipher: { name: cipher.name, standardName: cipher.standardName } } : {}),
    keyExchange,
    ...(alpn ? { alpn } : {}),
    authorized: socket.authorized,
    ...(socket.authorizationError ? { authorizationError: String(socket.authorizationError) } : {}),
    ...(chain ? { chain } : {}),
  };
}

/** The chain as sent when the bytes allow it, else what Node rebuilt. */
function readChain(
  socket: TLSSocket,
  protocol: string | undefined,
  flight: ReturnType<typeof parseServerFlight>,
  keylog: readonly string[],
): ObservedChain | undefined {
  if (protocol !== 'TLSv1.3' && flight.certificates && flight.certificates.length > 0) {
    return { source: 'as-sent', certificates: flight.certificates.map((der) => der.toString('base64')) };
  }
  if (protocol === 'TLSv1.3' && flight.serverHello) {
    const secret = serverHandshakeSecret(keylog);
    const certificates = secret
      ? decryptServerCertificates(flight.protectedRecords, flight.serverHello.cipherSuite, secret)
      : undefined;
    if (certificates && certificates.length > 0) {
      return { source: 'as-sent-decrypted', certificates: certificates.map((der) => der.toString('base64')) };
    }
  }
  const rebuilt = rebuiltChain(socket.getPeerCertificate(true));
  return rebuilt.length > 0 ? { source: 'rebuilt', certificates: rebuilt } : undefined;
}

function rebuiltChain(leaf: PeerCertificate | undefined): string[] {
  const out: string[] = [];
  let current = leaf as (PeerCertificate & { issuerCertificate?: PeerCertificate }) | undefined;
  const seen = new Set<string>();
  while (current?.raw && out.length < MAX_REBUILT_CHAIN) {
    const b64 = current.raw.toString('base64');
    if (seen.has(b64)) break;
    seen.add(b64);
    out.push(b64);
    current = current.issuerCertificate;
  }
  return out;
}

/** Connects TCP to the checked address (an IP literal: no lookup happens here). */
export function connectTcp(destination: Destination): Promise<{ socket: Socket } | { failure: Failure }> {
  return new Promise((resolve) => {
    if (destination.signal.aborted) {
      resolve({ failure: { reason: 'timed-out', stage: 'connect' } });
      return;
    }
    const socket = netConnect({ host: destination.address, port: destination.port, noDelay: true });
    const onAbort = (): void => {
      socket.destroy();
      resolve({ failure: { reason: 'timed-out', stage: 'connect' } });
    };
    destination.signal.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => {
      destination.signal.removeEventListener('abort', onAbort);
      socket.removeAllListeners('error');
      resolve({ socket });
    });
    socket.once('error', (error) => {
      destination.signal.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve({
        failure: { ...failureFromError(error, { ended: false, aborted: false }), stage: 'connect' },
      });
    });
  });
}
