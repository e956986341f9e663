import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verbatim } from '../../../src/i18n/translate.js';
import type { Finding } from '../../../src/model/finding.js';
import type { HostProbeResult } from '../../../src/model/probe-result.js';
import { renderWatchIssue, WATCH_ISSUE_MARKER } from '../../../src/report/watch-issue.js';
import { decideIssueAction } from '../../../src/watch/decide.js';
import { earliestExpiry, isUnhealthy, openProblems } from '../../../src/watch/health.js';
import { EMPTY_STATE, nextState, readState, writeState } from '../../../src/watch/state.js';

const now = new Date('2026-11-22T03:00:00Z');

function finding(host: string, ruleId: string, severity: Finding['severity'], fp: string): Finding {
  return { ruleId, severity, message: verbatim(`${ruleId} on ${host}`), host, port: 443, fingerprint: fp };
}

function probe(host: string, daysLeft: number | undefined, findings: Finding[] = []): HostProbeResult {
  return {
    target: `https://${host}`,
    host,
    port: 443,
    lists: ['request'],
    status: daysLeft === undefined ? 'failed' : 'ok',
    ...(daysLeft === undefined ? { failureReason: 'timed-out' } : {}),
    protocols: { tls12: true, tls13: true },
    ...(daysLeft !== undefined
      ? {
          protocol: 'TLSv1.3',
          certificate: {
            subject: `CN=${host}`,
            issuer: 'CN=Test CA',
            sans: [host],
            notBefore: '2026-01-01T00:00:00.000Z',
            notAfter: new Date(now.getTime() + daysLeft * 86_400_000).toISOString(),
            daysLeft,
            key: 'EC P-256',
            signature: 'ecdsa-with-SHA256',
            sha256: 'ab',
          },
        }
      : {}),
    durationMs: 5,
    findings,
  };
}

describe('watch state', () => {
  it('round-trips through the hidden comment and survives a hostile body', () => {
    const state = { version: 1 as const, firstSeen: { abcdef0123456789: '2026-11-01T00:00:00.000Z' } };
    assert.deepEqual(readState(`text\n${writeState(state)}\n`), state);
    assert.deepEqual(readState('<!-- mp-domain-guard:watch-state !!!notbase64 -->'), EMPTY_STATE);
    assert.deepEqual(
      readState(
        `<!-- mp-domain-guard:watch-state ${Buffer.from('{"firstSeen":{"zz":"x"}}').toString('base64')} -->`,
      ).firstSeen,
      {},
    );
    assert.deepEqual(readState(undefined), EMPTY_STATE);
  });

  it('keeps first-seen times of ongoing problems and forgets fixed ones', () => {
    const old = {
      version: 1 as const,
      firstSeen: { aa: '2026-11-01T00:00:00.000Z', bb: '2026-11-02T00:00:00.000Z' },
    };
    const next = nextState(
      old,
      [finding('a.example.com', 'cert-expired', 'error', 'aa'), finding('c.example.com', 'x', 'error', 'cc')],
      now,
    );
    assert.deepEqual(next.firstSeen, { aa: '2026-11-01T00:00:00.000Z', cc: now.toISOString() });
  });
});

describe('tracking issue decision', () => {
  it('creates, updates, reopens and closes one issue', () => {
    assert.deepEqual(decideIssueAction(undefined, false), { kind: 'none' });
    assert.deepEqual(decideIssueAction(undefined, true), { kind: 'create' });
    assert.deepEqual(decideIssueAction({ number: 7, state: 'open', body: '' }, true), {
      kind: 'update',
      number: 7,
    });
    assert.deepEqual(decideIssueAction({ number: 7, state: 'closed', body: '' }, true), {
      kind: 'reopen',
      number: 7,
    });
    assert.deepEqual(decideIssueAction({ number: 7, state: 'open', body: '' }, false), {
      kind: 'close',
      number: 7,
    });
    assert.deepEqual(decideIssueAction({ number: 7, state: 'closed', body: '' }, false), { kind: 'none' });
  });
});

describe('health', () => {
  const policy = { failLevel: 'error' as const, expiryWarningDays: 30 };
  it('is unhealthy when a certificate expires inside the window even if only a warning', () => {
    const soon = probe('soon.example.com', 10, [
      finding('soon.example.com', 'cert-expiring-soon', 'warning', 'f1'),
    ]);
    assert.equal(isUnhealthy([probe('ok.example.com', 200), soon], policy), true);
    assert.deepEqual(
      openProblems([soon], policy).map((f) => f.ruleId),
      ['cert-expiring-soon'],
    );
    assert.equal(isUnhealthy([probe('ok.example.com', 200)], policy), false);
  });

  it('counts errors at the fail level and ignores lower severities', () => {
    const broken = probe('broken.example.com', undefined, [
      finding('broken.example.com', 'connect-failed', 'error', 'f2'),
    ]);
    const noted = probe('noted.example.com', 300, [
      finding('noted.example.com', 'hsts-missing', 'notice', 'f3'),
    ]);
    assert.equal(isUnhealthy([noted], policy), false);
    assert.equal(isUnhealthy([broken], policy), true);
    assert.deepEqual(earliestExpiry([noted, probe('x.example.com', 40)]), {
      date: probe('x.example.com', 40).certificate!.notAfter.slice(0, 10),
      days: 40,
    });
  });
});

describe('tracking issue body', () => {
  it('sorts by days left, shows since when, and carries marker and state', () => {
    const problem = finding('soon.example.com', 'cert-expiring-soon', 'warning', 'f1');
    const state = nextState({ version: 1, firstSeen: { f1: '2026-11-10T00:00:00.000Z' } }, [problem], now);
    const body = renderWatchIssue(
      {
        probes: [probe('later.example.com', 300), probe('soon.example.com', 9, [problem])],
        problems: [problem],
        state,
        whitelistPath: 'mp-domains.yml',
        expiryWarningDays: 30,
        now,
      },
      'en',
    );
    assert.ok(body.startsWith(WATCH_ISSUE_MARKER));
    assert.ok(body.indexOf('soon.example.com:443') < body.indexOf('later.example.com:443'));
    assert.match(body, /since 2026-11-10/);
    assert.deepEqual(readState(body), state);
    const zh = renderWatchIssue(
      {
        probes: [probe('soon.example.com', 9, [problem])],
        problems: [problem],
        state,
        whitelistPath: 'mp-domains.yml',
        expiryWarningDays: 30,
        now,
      },
      'zh-CN',
    );
    assert.match(zh, /自 2026-11-10 起/);
  });

  it('stays under the GitHub body limit with thousands of domains', () => {
    const probes = Array.from({ length: 3000 }, (_, i) =>
      probe(`host-${i}-${'x'.repeat(40)}.example.com`, i % 400),
    );
    const body = renderWatchIssue(
      {
        probes,
        problems: [],
        state: EMPTY_STATE,
        whitelistPath: 'mp-domains.yml',
        expiryWarningDays: 30,
        now,
      },
      'zh-CN',
    );
    assert.ok([...body].length < 65_536, `body has ${[...body].length} code points`);
    assert.match(body, /另有 \d+ 个域名/);
  });
});
