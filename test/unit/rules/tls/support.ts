import assert from 'node:assert/strict';
import type { ConsoleList } from '../../../../src/model/lists.js';
import type {
  DnsObservation,
  Failure,
  HandshakeAttempt,
  HandshakeKind,
  HostObservation,
  HttpObservation,
  ObservedChain,
  VerifyFileObservation,
} from '../../../../src/probe/observation.js';
import { deepFreeze } from '../../../../src/probe/observation.js';
import { judgeObservation } from '../../../../src/rules/tls/judge.js';
import type { TlsRule } from '../../../../src/rules/tls/index.js';
import { tlsSubject, type TlsRuleContext } from '../../../../src/rules/tls/lib/context.js';
import { TrustStore } from '../../../../src/rules/tls/lib/trust-store.js';
import type { RuleStatus } from '../../../../src/rules/types.js';
import { createTestPki, type CertificateSpec, type TestCertificate } from '../../../helpers/tls/index.js';

/**
 * Offline rule tests: observations are built here (as the probe would record them) around certificates the test
 * PKI generates, and judged without a socket. The defaults describe a good server; each test changes one thing.
 */

export const NOW = new Date('2025-06-01T00:00:00Z');
export const HOST = 'api.example.test';
export const DAY = 86_400_000;

/** One PKI per test process (key generation is the slow part). */
export const pki = createTestPki({ now: NOW });

export function leaf(overrides: Partial<CertificateSpec> = {}): TestCertificate {
  return pki.issueLeaf(HOST, overrides);
}

export const goodLeaf = leaf();

export function handshake(kind: HandshakeKind, fields: Partial<HandshakeAttempt> = {}): HandshakeAttempt {
  const ok = fields.ok ?? true;
  const defaults: Record<HandshakeKind, Partial<HandshakeAttempt>> = {
    tls12: {
      protocol: 'TLSv1.2',
      cipher: { name: 'ECDHE-RSA-AES128-GCM-SHA256', standardName: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256' },
      keyExchange: { type: 'ECDH', name: 'X25519', size: 253 },
      alpn: 'http/1.1',
    },
    tls13: {
      protocol: 'TLSv1.3',
      cipher: { name: 'TLS_AES_256_GCM_SHA384', standardName: 'TLS_AES_256_GCM_SHA384' },
      keyExchange: { type: 'TLSGroup', name: 'X25519MLKEM768' },
    },
    legacy: {
      protocol: 'TLSv1.1',
      cipher: { name: 'ECDHE-RSA-AES256-SHA', standardName: 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA' },
    },
    tls10: { protocol: 'TLSv1' },
    ats: {
      protocol: 'TLSv1.2',
      cipher: { name: 'ECDHE-RSA-AES128-SHA', standardName: 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA' },
    },
  };
  return {
    kind,
    offered: { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' },
    ...(ok ? defaults[kind] : {}),
    ...fields,
    ok,
    durationMs: 3,
  };
}

export function refused(kind: HandshakeKind, failure: Partial<Failure> = {}): HandshakeAttempt {
  return handshake(kind, {
    ok: false,
    failure: { reason: 'tls-alert', alert: 'protocol_version', stage: 'tls', ...failure },
  });
}

export function chainOf(
  certs: readonly (TestCertificate | Buffer)[],
  source: ObservedChain['source'] = 'as-sent',
) {
  return {
    source,
    certificates: certs.map((c) => (Buffer.isBuffer(c) ? c : c.der).toString('base64')),
  } satisfies ObservedChain;
}

export interface ObservationSpec {
  readonly host?: string;
  readonly port?: number;
  readonly lists?: readonly ConsoleList[];
  readonly dns?: Partial<DnsObservation>;
  readonly address?: string | null;
  readonly connectFailure?: Failure;
  /** The chain the TLS 1.2 handshake recorded. */
  readonly chain?: readonly (TestCertificate | Buffer)[];
  readonly chainSource?: ObservedChain['source'];
  /** Replaces the default handshakes (by kind). `null` removes one. */
  readonly handshakes?: Partial<Record<HandshakeKind, HandshakeAttempt | null>>;
  readonly http?: HttpObservation | null;
  readonly verifyFile?: VerifyFileObservation;
}

/** A good server's observation, with the changes `spec` asks for. */
export function observation(spec: ObservationSpec = {}): HostObservation {
  const host = spec.host ?? HOST;
  const port = spec.port ?? 443;
  const chain = chainOf(spec.chain ?? pki.chainFor(goodLeaf), spec.chainSource);
  const defaults: Record<HandshakeKind, HandshakeAttempt | null> = {
    tls12: handshake('tls12', { chain }),
    tls13: handshake('tls13'),
    legacy: refused('legacy'),
    tls10: null,
    ats: null,
  };
  const merged = { ...defaults, ...spec.handshakes };
  const order: HandshakeKind[] = ['tls12', 'tls13', 'legacy', 'tls10', 'ats'];
  const handshakes = order
    .map((k) => merged[k])
    .filter((h): h is HandshakeAttempt => h !== null && h !== undefined);
  const address = spec.address === null ? undefined : (spec.address ?? '1.2.3.4');
  const http =
    spec.http === null
      ? undefined
      : (spec.http ?? { url: `https://${host}/`, status: 200, hsts: 'max-age=31536000; includeSubDomains' });
  return deepFreeze<HostObservation>({
    target: `https://${host}`,
    host,
    port,
    lists: [...(spec.lists ?? ['request'])],
    startedAt: NOW.toISOString(),
    durationMs: 40,
    dns: {
      source: 'dns',
      addresses: address ? [{ address, family: 4 }] : [],
      refused: [],
      durationMs: 1,
      ...spec.dns,
    },
    ...(address ? { address } : {}),
    ...(spec.connectFailure ? { connectFailure: spec.connectFailure } : {}),
    handshakes,
    ...(http ? { http } : {}),
    ...(spec.verifyFile ? { verifyFile: spec.verifyFile } : {}),
    deadlineExceeded: false,
  });
}

let trustStore: TrustStore | undefined;

/** Only the test PKI's root is trusted (deterministic: no dependence on Node's bundled roots). */
export function context(overrides: Partial<TlsRuleContext> = {}): TlsRuleContext {
  trustStore ??= TrustStore.of([pki.caPem]);
  return { now: NOW, expiryWarningDays: 30, trust: trustStore, ...overrides };
}

export interface Outcome {
  readonly status: RuleStatus;
  /** English messages of the failures. */
  readonly messages: readonly string[];
  readonly zh: readonly string[];
}

/** Runs one rule on an observation. */
export function run(rule: TlsRule, obs: HostObservation, ctx: TlsRuleContext = context()): Outcome {
  const outcome = rule.check(tlsSubject(obs, ctx), ctx);
  if (outcome.status !== 'fail') return { status: outcome.status, messages: [], zh: [] };
  return {
    status: 'fail',
    messages: outcome.failures.map((f) => f.message.en),
    zh: outcome.failures.map((f) => f.message['zh-CN']),
  };
}

/** Asserts one failure whose English text matches every pattern, with a Chinese text that is not a copy. */
export function assertFails(outcome: Outcome, ...patterns: readonly RegExp[]): void {
  assert.equal(outcome.status, 'fail', 'expected the rule to fail');
  assert.equal(outcome.messages.length, 1, outcome.messages.join('\n'));
  for (const pattern of patterns) assert.match(outcome.messages[0] ?? '', pattern);
  assert.notEqual(outcome.zh[0], outcome.messages[0]);
  assert.match(outcome.zh[0] ?? '', /[\u4e00-\u9fff]/, 'the Chinese message has Chinese text');
}

/** The good server's observation passes every TLS rule (no finding at all). */
export function assertGoodServerPasses(rule: TlsRule): void {
  const outcome = run(rule, observation());
  assert.ok(['pass', 'na', 'ne'].includes(outcome.status), `${rule.meta.id}: ${outcome.messages.join(' ')}`);
  assert.deepEqual(
    judgeObservation(observation(), context()).map((f) => f.ruleId),
    [],
  );
}
