import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';
import { ATS_CIPHER_STRING } from '../rules/tls/lib/ats-suites.js';
import type { HandshakeKind } from './observation.js';

/**
 * OpenSSL's security level 1 (Node's default) refuses TLS 1.0/1.1 and small keys before the server can answer;
 * level 0 lets the probe *see* them (tls-rules.md §5), and the rules judge what was seen.
 */
const SEE_EVERYTHING = 'DEFAULT:@SECLEVEL=0';

interface KindSettings {
  readonly minVersion: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';
  readonly maxVersion: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';
  readonly ciphers?: string;
  readonly alpn?: readonly string[];
  readonly captureChain: boolean;
}

const ALPN = ['h2', 'http/1.1'] as const;

export const HANDSHAKE_SETTINGS: Readonly<Record<HandshakeKind, KindSettings>> = {
  // The ATS suites first, so a server that follows the client's order shows what an iPhone would get; then every
  // other suite (DEFAULT is only valid at the start of a cipher string, hence ALL minus anonymous suites).
  tls12: {
    minVersion: 'TLSv1.2',
    maxVersion: 'TLSv1.2',
    ciphers: `${ATS_CIPHER_STRING}:ALL:!aNULL:@SECLEVEL=0`,
    alpn: ALPN,
    captureChain: true,
  },
  tls13: { minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3', alpn: ALPN, captureChain: true },
  legacy: { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: SEE_EVERYTHING, captureChain: true },
  tls10: { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: SEE_EVERYTHING, captureChain: false },
  ats: {
    minVersion: 'TLSv1.2',
    maxVersion: 'TLSv1.2',
    ciphers: `${ATS_CIPHER_STRING}:@SECLEVEL=0`,
    captureChain: false,
  },
};

/** The secure contexts of one probe run, built once (parsing ~120 roots per connection would cost more). */
export interface ProbeContexts {
  readonly handshake: Readonly<Record<HandshakeKind, SecureContext>>;
  readonly http: SecureContext;
}

export function createProbeContexts(extraCaPem?: string): ProbeContexts {
  // Passing `ca` replaces Node's bundled roots, so the extra file is added to them (tls-rules.md §5).
  const ca = extraCaPem ? [...rootCertificates, extraCaPem] : undefined;
  const build = (settings: Omit<KindSettings, 'captureChain' | 'alpn'>): SecureContext =>
    createSecureContext({
      minVersion: settings.minVersion,
      maxVersion: settings.maxVersion,
      ...(settings.ciphers ? { ciphers: settings.ciphers } : {}),
      ...(ca ? { ca } : {}),
    });
  const handshake = {} as Record<HandshakeKind, SecureContext>;
  for (const [kind, settings] of Object.entries(HANDSHAKE_SETTINGS) as [HandshakeKind, KindSettings][]) {
    handshake[kind] = build(settings);
  }
  return {
    handshake,
    http: build({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3', ciphers: SEE_EVERYTHING }),
  };
}
