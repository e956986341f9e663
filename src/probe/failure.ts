import type { Failure } from './observation.js';

/** What the raw TCP socket saw, which Node's TLS error alone does not say (RST versus FIN). */
export interface PeerEvents {
  readonly ended: boolean;
  readonly resetCode?: string;
  /** An alert the server sent in the clear, read from the captured bytes. */
  readonly alert?: string;
  readonly aborted: boolean;
}

const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EADDRNOTAVAIL']);

/** Turns whatever a socket threw into a typed failure. */
export function failureFromError(error: unknown, peer: PeerEvents): Failure {
  if (peer.aborted) return { reason: 'timed-out' };
  const code = errorCode(error);
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  if (peer.alert) return { reason: 'tls-alert', alert: peer.alert, detail };
  if (code === 'ECONNREFUSED') return { reason: 'refused', detail: code };
  if (code && UNREACHABLE.has(code)) return { reason: 'unreachable', detail: code };
  if (code === 'ETIMEDOUT') return { reason: 'timed-out', detail: code };
  const alert = code ? /ALERT_([A-Z_]+)$/.exec(code)?.[1] : undefined;
  if (alert) return { reason: 'tls-alert', alert: alert.toLowerCase(), detail };
  if (peer.resetCode || code === 'EPIPE') return { reason: 'reset', detail: peer.resetCode ?? code };
  if (peer.ended) return { reason: 'closed', detail };
  if (code === 'ECONNRESET') return { reason: 'reset', detail };
  return { reason: 'protocol-error', detail: shorten(detail) };
}

export function errorCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return undefined;
}

/** OpenSSL messages carry file paths and line numbers; keep the part a person can use. */
function shorten(message: string): string {
  const line = message.split('\n')[0] ?? message;
  const reason = /:SSL routines:[^:]*:([^:]+):/.exec(line)?.[1];
  return (reason ?? line).slice(0, 200);
}
