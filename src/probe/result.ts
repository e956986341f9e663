import type { Finding } from '../model/finding.js';
import type { CertificateSummary, HostProbeResult, ProtocolSupport } from '../model/probe-result.js';
import { daysLeft, type ParsedCertificate } from '../rules/tls/lib/certificate.js';
import type { ChainAnalysis } from '../rules/tls/lib/chain.js';
import { handshakeOf, type HandshakeAttempt, type HostObservation } from './observation.js';

/** The report's view of one host: the observation summarised, with its findings. */
export function toHostProbeResult(
  observation: HostObservation,
  chain: ChainAnalysis | undefined,
  findings: readonly Finding[],
  now: Date,
): HostProbeResult {
  const best = bestHandshake(observation);
  const failure = failureSummary(observation);
  return {
    target: observation.target,
    host: observation.host,
    port: observation.port,
    ...(observation.address ? { address: observation.address } : {}),
    lists: observation.lists,
    status: best ? 'ok' : 'failed',
    ...(failure && !best ? { failureReason: failure } : {}),
    protocols: protocolSupport(observation),
    ...(best?.protocol ? { protocol: best.protocol } : {}),
    ...(best?.cipher ? { cipher: best.cipher.standardName } : {}),
    ...(best?.alpn ? { alpn: best.alpn } : {}),
    ...(chain ? { certificate: summarizeCertificate(chain.leaf, now) } : {}),
    ...(chain
      ? { chain: chain.sent.map((c) => summarizeCertificate(c, now)), chainSource: chain.source }
      : {}),
    durationMs: observation.durationMs,
    findings,
  };
}

export function summarizeCertificate(cert: ParsedCertificate, now: Date): CertificateSummary {
  return {
    subject: cert.subject,
    issuer: cert.issuer,
    sans: [...cert.dnsNames, ...cert.ipAddresses],
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
    daysLeft: daysLeft(cert, now),
    key: cert.key.label,
    signature: cert.signature.name,
    sha256: cert.sha256,
  };
}

/** The newest protocol that worked. */
function bestHandshake(observation: HostObservation): HandshakeAttempt | undefined {
  for (const kind of ['tls13', 'tls12', 'legacy'] as const) {
    const attempt = handshakeOf(observation, kind);
    if (attempt?.ok) return attempt;
  }
  return undefined;
}

/** true / false when the server answered; absent when a deadline or TCP failure left it unknown. */
function protocolSupport(observation: HostObservation): ProtocolSupport {
  const known = (attempt: HandshakeAttempt | undefined): boolean | undefined => {
    if (!attempt) return undefined;
    if (attempt.ok) return true;
    return attempt.failure?.stage === 'tls' && attempt.failure.reason !== 'timed-out' ? false : undefined;
  };
  const legacy = handshakeOf(observation, 'legacy');
  const tls10 = handshakeOf(observation, 'tls10');
  let tls10Support: boolean | undefined;
  let tls11Support: boolean | undefined;
  if (legacy?.ok) {
    tls11Support = legacy.protocol === 'TLSv1.1';
    tls10Support = legacy.protocol === 'TLSv1' ? true : known(tls10);
  } else {
    tls10Support = tls11Support = known(legacy);
  }
  const out: Record<keyof ProtocolSupport, boolean | undefined> = {
    tls10: tls10Support,
    tls11: tls11Support,
    tls12: known(handshakeOf(observation, 'tls12')),
    tls13: known(handshakeOf(observation, 'tls13')),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as ProtocolSupport;
}

/** e.g. `no-address: ENOTFOUND`, `tls-alert: handshake_failure`, `timed-out`. */
function failureSummary(observation: HostObservation): string | undefined {
  const failure =
    observation.dns.failure ??
    observation.connectFailure ??
    handshakeOf(observation, 'tls12')?.failure ??
    handshakeOf(observation, 'tls13')?.failure;
  if (!failure) return undefined;
  const detail = failure.alert ?? failure.detail;
  return detail ? `${failure.reason}: ${detail}` : failure.reason;
}
