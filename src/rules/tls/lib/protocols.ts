import { handshakeOf, type HandshakeAttempt, type HostObservation } from '../../../probe/observation.js';

/** The handshake reached the server and the server said no (not a deadline or a TCP failure). */
export function refusedByServer(attempt: HandshakeAttempt): boolean {
  return !attempt.ok && attempt.failure?.stage === 'tls' && attempt.failure.reason !== 'timed-out';
}

/** Protocol versions the server accepted, newest first, e.g. `TLS 1.3, TLS 1.1`. */
export function acceptedVersions(observation: HostObservation): string[] {
  const out: string[] = [];
  if (handshakeOf(observation, 'tls13')?.ok) out.push('TLS 1.3');
  if (handshakeOf(observation, 'tls12')?.ok) out.push('TLS 1.2');
  out.push(...legacyVersions(observation));
  return out;
}

/** `TLS 1.1` and/or `TLS 1.0` when the legacy handshakes showed them accepted. */
export function legacyVersions(observation: HostObservation): string[] {
  const legacy = handshakeOf(observation, 'legacy');
  if (!legacy?.ok) return [];
  if (legacy.protocol === 'TLSv1') return ['TLS 1.0'];
  const tls10 = handshakeOf(observation, 'tls10');
  return tls10?.ok ? ['TLS 1.1', 'TLS 1.0'] : ['TLS 1.1'];
}
