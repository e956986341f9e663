import { performance } from 'node:perf_hooks';
import { HTTPS_LISTS } from '../model/lists.js';
import { isAtsSuite } from '../rules/tls/lib/ats-suites.js';
import { isIpAddress } from './address.js';
import { HANDSHAKE_SETTINGS, type ProbeContexts } from './contexts.js';
import { resolveTarget, type LookupFunction } from './dns.js';
import { handshake, type Destination } from './handshake.js';
import { PinnedHttpClient } from './http.js';
import {
  deepFreeze,
  type Failure,
  type HandshakeAttempt,
  type HandshakeKind,
  type HostObservation,
  type HttpObservation,
  type VerifyFileObservation,
} from './observation.js';
import type { ProbeTarget } from './target.js';

export interface ProbeEnvironment {
  /** Everything for one host (DNS, handshakes, HTTP) finishes within this. */
  readonly timeoutMs: number;
  readonly resolve?: ReadonlyMap<string, string>;
  readonly lookup: LookupFunction;
  readonly contexts: ProbeContexts;
  readonly clock: () => Date;
}

/**
 * Observes one host: DNS and the forgery guard, the TLS 1.2 / 1.3 / legacy handshakes in parallel, then the
 * follow-ups they call for (TLS 1.0 alone, the ATS suites, the HTTP request and the verification file).
 * Never throws, and returns by the deadline even when the server accepts and never answers.
 */
export async function observeHost(target: ProbeTarget, env: ProbeEnvironment): Promise<HostObservation> {
  const startedAt = env.clock().toISOString();
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), env.timeoutMs);
  const { signal } = controller;
  const base = {
    target: target.target,
    host: target.host,
    port: target.port,
    lists: [...target.lists],
    startedAt,
  };
  const done = (fields: Omit<HostObservation, keyof typeof base | 'durationMs' | 'deadlineExceeded'>) =>
    deepFreeze<HostObservation>({
      ...base,
      ...fields,
      durationMs: Math.round(performance.now() - started),
      deadlineExceeded: signal.aborted,
    });

  try {
    const { dns, address, connectPort } = await resolveTarget({
      host: target.host,
      port: target.port,
      ...(env.resolve ? { resolve: env.resolve } : {}),
      lookup: env.lookup,
      signal,
    });
    if (!address) return done({ dns, handshakes: [] });

    const destination: Destination = {
      address,
      port: connectPort ?? target.port,
      ...(isIpAddress(target.host) ? {} : { servername: target.host }),
      signal,
    };
    const run = (kind: HandshakeKind): Promise<HandshakeAttempt> =>
      handshake(
        { kind, ...HANDSHAKE_SETTINGS[kind], secureContext: env.contexts.handshake[kind] },
        destination,
      );

    const [tls12, tls13, legacy] = await Promise.all([run('tls12'), run('tls13'), run('legacy')]);
    const first = [tls12, tls13, legacy];
    const connectFailure = first.every((h) => h.failure?.stage === 'connect') ? tls12.failure : undefined;

    const needTls10 = legacy.ok && legacy.protocol === 'TLSv1.1';
    const needAts = tls12.ok && !isAtsSuite(tls12.cipher?.standardName);
    const modern = tls12.ok || tls13.ok;
    const [tls10, ats, web] = await Promise.all([
      needTls10 ? run('tls10') : undefined,
      needAts ? run('ats') : undefined,
      modern ? observeWeb(target, destination, env) : {},
    ]);
    const handshakes = [...first, ...(tls10 ? [tls10] : []), ...(ats ? [ats] : [])];
    return done({
      dns,
      address,
      ...(connectFailure ? { connectFailure } : {}),
      handshakes,
      ...web,
    });
  } catch (error) {
    // A bug, not a server problem: still a result for this host, and the run goes on.
    const failure: Failure = {
      reason: 'protocol-error',
      detail: `internal error: ${String(error).slice(0, 200)}`,
    };
    return done({
      dns: { source: 'dns', addresses: [], refused: [], durationMs: 0 },
      connectFailure: failure,
      handshakes: [],
    });
  } finally {
    clearTimeout(timer);
  }
}

/** Whether `GET /` is due: an HTTPS list, or a target given without a list that is not a `wss://` origin. */
function wantsHttp(target: ProbeTarget): boolean {
  if (target.lists.length === 0) return !target.target.toLowerCase().startsWith('wss://');
  return target.lists.some((list) => HTTPS_LISTS.includes(list));
}

async function observeWeb(
  target: ProbeTarget,
  destination: Destination,
  env: ProbeEnvironment,
): Promise<{ http?: HttpObservation; verifyFile?: VerifyFileObservation }> {
  const verifyFile = target.lists.includes('webview') ? target.verifyFile : undefined;
  if (!wantsHttp(target) && !verifyFile) return {};
  const client = new PinnedHttpClient({
    host: target.host,
    port: target.port,
    address: destination.address,
    ...(destination.port !== target.port ? { connectPort: destination.port } : {}),
    ...(destination.servername ? { servername: destination.servername } : {}),
    secureContext: env.contexts.http,
    signal: destination.signal,
  });
  try {
    const http = wantsHttp(target) ? await client.fetchRoot() : undefined;
    const file = verifyFile ? await client.fetchVerifyFile(verifyFile) : undefined;
    return { ...(http ? { http } : {}), ...(file ? { verifyFile: file } : {}) };
  } finally {
    await client.close();
  }
}
