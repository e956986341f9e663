import { Resolver } from 'node:dns/promises';
import { isIPv4 } from 'node:net';
import { performance } from 'node:perf_hooks';
import { classifyAddress, isIpAddress, stripBrackets } from './address.js';
import { errorCode } from './failure.js';
import type { DnsObservation, RefusedAddress, ResolvedAddress } from './observation.js';

/** Resolves a host name to its A and AAAA addresses. Injectable so tests never touch real DNS. */
export type LookupFunction = (host: string) => Promise<readonly ResolvedAddress[]>;

/**
 * A and AAAA queries through c-ares (asynchronous, no thread-pool slot, typed errors). A name with only one
 * family is fine; the error of the A query is kept when neither answers.
 */
export function dnsLookup(timeoutMs = 4000): LookupFunction {
  const resolver = new Resolver({ timeout: Math.max(500, Math.floor(timeoutMs / 2)), tries: 2 });
  return async (host) => {
    const [v4, v6] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
    const addresses: ResolvedAddress[] = [
      ...(v4.status === 'fulfilled' ? v4.value.map((address) => ({ address, family: 4 as const })) : []),
      ...(v6.status === 'fulfilled' ? v6.value.map((address) => ({ address, family: 6 as const })) : []),
    ];
    if (addresses.length === 0 && v4.status === 'rejected') throw v4.reason;
    return addresses;
  };
}

export interface ResolveInput {
  readonly host: string;
  readonly port: number;
  /** `host:port` → address, from `--resolve`. */
  readonly resolve?: ReadonlyMap<string, string>;
  readonly lookup: LookupFunction;
  readonly signal: AbortSignal;
}

export interface Resolution {
  readonly dns: DnsObservation;
  /** The address to connect to: checked, and never looked up again. */
  readonly address?: string;
  /** The port to connect to when `--resolve` gave one (`HOST:PORT:ADDRESS:CONNECT_PORT`). */
  readonly connectPort?: number;
}

/** Finds the address to probe and applies the forgery guard. Never throws. */
export async function resolveTarget(input: ResolveInput): Promise<Resolution> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  const mapped = input.resolve?.get(resolveKey(input.host, input.port));
  if (mapped !== undefined) {
    // An explicit mapping is the user's decision: private addresses are allowed (local and staging servers).
    const { address, port } = splitMappedAddress(mapped);
    return {
      dns: { source: 'resolve-option', addresses: [familyOf(address)], refused: [], durationMs: elapsed() },
      address,
      ...(port !== undefined ? { connectPort: port } : {}),
    };
  }
  if (isIpAddress(input.host)) {
    const address = stripBrackets(input.host);
    return guard('literal', [familyOf(address)], elapsed);
  }
  if (isLoopbackName(input.host)) {
    // RFC 6761: `localhost` names are loopback whatever DNS says; refuse them without asking.
    return guard('dns', [{ address: '127.0.0.1', family: 4 }], elapsed);
  }
  let addresses: readonly ResolvedAddress[];
  try {
    addresses = await abortable(input.lookup(input.host), input.signal);
  } catch (error) {
    const timedOut = input.signal.aborted;
    return {
      dns: {
        source: 'dns',
        addresses: [],
        refused: [],
        failure: timedOut
          ? { reason: 'timed-out', stage: 'dns' }
          : { reason: 'no-address', stage: 'dns', detail: errorCode(error) ?? String(error).slice(0, 200) },
        durationMs: elapsed(),
      },
    };
  }
  if (addresses.length === 0) {
    return {
      dns: {
        source: 'dns',
        addresses: [],
        refused: [],
        failure: { reason: 'no-address', stage: 'dns', detail: 'ENODATA' },
        durationMs: elapsed(),
      },
    };
  }
  return guard('dns', addresses, elapsed);
}

function guard(
  source: 'dns' | 'literal',
  addresses: readonly ResolvedAddress[],
  elapsed: () => number,
): Resolution {
  const refused: RefusedAddress[] = [];
  const allowed: ResolvedAddress[] = [];
  for (const entry of addresses) {
    const category = classifyAddress(entry.address);
    if (category) refused.push({ address: entry.address, category });
    else allowed.push(entry);
  }
  // Prefer IPv4: CI runners often have no IPv6 route.
  const chosen = allowed.find((a) => a.family === 4) ?? allowed[0];
  const dns: DnsObservation = {
    source,
    addresses: [...addresses],
    refused,
    ...(chosen ? {} : { failure: { reason: 'private-address' as const, stage: 'dns' as const } }),
    durationMs: elapsed(),
  };
  return chosen ? { dns, address: chosen.address } : { dns };
}

function isLoopbackName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}

export function resolveKey(host: string, port: number): string {
  return `${stripBrackets(host).toLowerCase()}:${port}`;
}

function familyOf(address: string): ResolvedAddress {
  return { address, family: isIPv4(address) ? 4 : 6 };
}

/** Rejects when the signal aborts, even if the wrapped promise never settles (an injected lookup may hang). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('deadline'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new Error('deadline'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * A `--resolve` mapping's value: an address, or an address and the port to dial instead of the origin's
 * (`127.0.0.1:8443`, `[::1]:8443`), for servers that listen elsewhere than the origin says (curl's --connect-to).
 */
export function splitMappedAddress(value: string): { address: string; port?: number } {
  const bracketed = /^\[([^\]]+)\]:(\d{1,5})$/.exec(value);
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5})$/.exec(value);
  const match = bracketed ?? v4;
  if (match) return { address: match[1] as string, port: Number(match[2]) };
  return { address: stripBrackets(value) };
}
