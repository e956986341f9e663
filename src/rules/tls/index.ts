import { certChainIncomplete } from './cert-chain-incomplete.js';
import { certChainOrder } from './cert-chain-order.js';
import { certExpired } from './cert-expired.js';
import { certExpiringSoon } from './cert-expiring-soon.js';
import { certHostnameMismatch } from './cert-hostname-mismatch.js';
import { certNoSan } from './cert-no-san.js';
import { certNoSct } from './cert-no-sct.js';
import { certNoServerAuthEku } from './cert-no-server-auth-eku.js';
import { certNotYetValid } from './cert-not-yet-valid.js';
import { certSelfSigned } from './cert-self-signed.js';
import { certUntrustedRoot } from './cert-untrusted-root.js';
import { certValidityTooLong } from './cert-validity-too-long.js';
import { certWeakKey } from './cert-weak-key.js';
import { certWeakSignature } from './cert-weak-signature.js';
import { connectFailed } from './connect-failed.js';
import { dnsUnresolvable } from './dns-unresolvable.js';
import { hstsMissing } from './hsts-missing.js';
import { httpRedirectOffsite } from './http-redirect-offsite.js';
import type { TlsRule } from './lib/kit.js';
import { privateAddress } from './private-address.js';
import { tls12Unsupported } from './tls12-unsupported.js';
import { tls13Unsupported } from './tls13-unsupported.js';
import { tlsHandshakeFailed } from './tls-handshake-failed.js';
import { tlsLegacyEnabled } from './tls-legacy-enabled.js';
import { tlsNoForwardSecrecy } from './tls-no-forward-secrecy.js';
import { webviewVerifyFile } from './webview-verify-file.js';

export type { TlsRuleContext, TlsSubject } from './lib/context.js';
export type { TlsRule } from './lib/kit.js';

/**
 * TLS and certificate rules over probe observations, one per file. The order is the report order: reachability
 * first, then protocols, then the certificate, then HTTP.
 */
export const tlsRules: readonly TlsRule[] = [
  dnsUnresolvable,
  privateAddress,
  connectFailed,
  tlsHandshakeFailed,
  tls12Unsupported,
  tls13Unsupported,
  tlsLegacyEnabled,
  tlsNoForwardSecrecy,
  certExpired,
  certNotYetValid,
  certExpiringSoon,
  certHostnameMismatch,
  certNoSan,
  certSelfSigned,
  certUntrustedRoot,
  certChainIncomplete,
  certChainOrder,
  certWeakKey,
  certWeakSignature,
  certValidityTooLong,
  certNoServerAuthEku,
  certNoSct,
  httpRedirectOffsite,
  hstsMissing,
  webviewVerifyFile,
];
