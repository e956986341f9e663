import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  codePointLength,
  COMMENT_BUDGET,
  fitItems,
  fitsGitHubBody,
  GITHUB_BODY_LIMIT,
} from '../../../src/report/pr-budget.js';
import { renderFindingComment } from '../../../src/report/pr-comment.js';
import {
  findingFingerprintOf,
  findingMarker,
  hasSummaryMarker,
  markerKey,
} from '../../../src/report/pr-markers.js';
import { renderReviewBody } from '../../../src/report/pr-review-body.js';
import { renderJobSummary, renderSummaryComment } from '../../../src/report/pr-summary.js';
import { fileFinding, hostFinding, prContext, prReport, probe } from '../../helpers/pr-report.js';

describe('summary comment', () => {
  it('says all is good, in both languages, and carries the marker', () => {
    const en = renderSummaryComment(prReport(), prContext());
    assert.ok(hasSummaryMarker(en, 'mp-domains.yml'));
    assert.match(en, /✅ \*\*All good/);
    assert.match(en, /No console list needs a change/);
    const zh = renderSummaryComment(prReport(), prContext({ lang: 'zh-CN' }));
    assert.match(zh, /一切正常/);
    assert.match(zh, /不需要修改任何后台域名列表/);
  });

  it('lists console changes per list with links at the head sha and paste-ready blocks', () => {
    const report = prReport({
      findings: [fileFinding('pages/index.js', 12)],
      requiredUpdates: {
        add: [
          {
            list: 'request',
            origin: 'https://api12.example.com',
            usedAt: [
              { file: 'pages/index.js', line: 12 },
              { file: 'pages/a.js', line: 3 },
              { file: 'pages/b.js', line: 4 },
              { file: 'pages/c.js', line: 5 },
            ],
          },
          { list: 'socket', origin: 'wss://ws.example.com', usedAt: [{ file: 'app.js', line: 1 }] },
        ],
        remove: [
          {
            list: 'request',
            origin: 'https://old.example.com',
            definedAt: { file: 'mp-domains.yml', line: 4 },
          },
        ],
      },
      whitelistChanges: {
        added: [
          {
            list: 'uploadFile',
            origin: 'https://up.example.com',
            scheme: 'https',
            host: 'up.example.com',
            raw: 'https://up.example.com',
            line: 9,
            column: 5,
          },
        ],
        removed: [
          {
            list: 'downloadFile',
            origin: 'https://dl.example.com',
            scheme: 'https',
            host: 'dl.example.com',
            raw: 'https://dl.example.com',
            line: 7,
            column: 5,
          },
        ],
      },
    });
    const body = renderSummaryComment(report, prContext());
    assert.match(body, /### Required backend domain updates/);
    assert.match(
      body,
      /#### request\n\n- ➕ add `https:\/\/api12\.example\.com`: used at \[`pages\/index\.js:12`\]\(https:\/\/github\.test\/octo\/app\/blob\/headsha\/pages\/index\.js#L12\)/,
    );
    assert.match(body, /and 1 more, not in `mp-domains\.yml`/);
    assert.match(body, /- ➖ remove `https:\/\/old\.example\.com`: no longer used after this pull request/);
    assert.match(
      body,
      /Ready to paste into request, one entry per line:\n\n```text\nhttps:\/\/api12\.example\.com\n```/,
    );
    assert.match(body, /#### socket/);
    assert.match(
      body,
      /#### uploadFile\n\n- ➕ add `https:\/\/up\.example\.com`: added to the whitelist at \[`mp-domains\.yml:9`\]/,
    );
    assert.match(
      body,
      /removed from the whitelist \(was at \[`mp-domains\.yml:7`\]\(https:\/\/github\.test\/octo\/app\/blob\/basesha\/mp-domains\.yml#L7\)/,
    );
    assert.match(
      body,
      /"api":"modify_domain","body":\{"action":"add","requestdomain":\["https:\/\/api12\.example\.com"\],"uploaddomain":\["https:\/\/up\.example\.com"\],"wsrequestdomain":\["wss:\/\/ws\.example\.com"\]\}/,
    );
    assert.match(body, /❌ \*\*1 error, 0 warnings, 0 notices · 5 console entries to change\*\*/);
    const zh = renderSummaryComment(report, prContext({ lang: 'zh-CN' }));
    assert.match(zh, /需要更新的后台服务器域名/);
    assert.match(zh, /可直接粘贴到「request 合法域名」，每行一条/);
    assert.match(zh, /不在 request 合法域名中/);
  });

  it('gives a TLS verdict per domain with days to expiry, most urgent first', () => {
    const report = prReport({
      probes: [
        probe('fine.example.com', { daysLeft: 200 }),
        probe('soon.example.com', { daysLeft: 10 }),
        probe('down.example.com', {
          status: 'failed',
          failureReason: 'connect-timeout',
          certificate: undefined,
        }),
        probe('bad.example.com', {
          daysLeft: 80,
          findings: [hostFinding('bad.example.com', 'cert-hostname-mismatch')],
        }),
      ],
    });
    const body = renderSummaryComment(report, prContext());
    const rows = body.split('\n').filter((l) => l.startsWith('| `'));
    assert.deepEqual(
      rows.map((r) => /`([^`]+)`/.exec(r)?.[1]),
      ['down.example.com', 'bad.example.com', 'soon.example.com', 'fine.example.com'],
    );
    assert.match(rows[0] ?? '', /🔴 unreachable: connect-timeout/);
    assert.match(rows[1] ?? '', /🔴 `cert-hostname-mismatch`/);
    assert.match(rows[2] ?? '', /🟠 expires in 10 days \| CN=Test CA \| 2026-11-30 \| 10 \|/);
    assert.match(rows[3] ?? '', /✅ OK .* \| 200 \|/);
    assert.match(renderSummaryComment(report, prContext({ lang: 'zh-CN' })), /10 天后过期/);
  });

  it('shows the monthly change budget and warns when the PR would go over it', () => {
    const base = {
      kind: 'counted',
      capped: false,
      limit: 5,
      since: '2026-11-01',
      branch: 'main',
      prNeedsChange: true,
    } as const;
    const under = renderSummaryComment(prReport(), prContext({ changeBudget: { ...base, count: 3 } }));
    assert.match(
      under,
      /3 of 5 changes used this month: commits on `main` that changed `mp-domains\.yml` since 2026-11-01/,
    );
    assert.match(under, /uses one more console change \(4 of 5\)/);
    assert.doesNotMatch(under, /WARNING/);
    const over = renderSummaryComment(prReport(), prContext({ changeBudget: { ...base, count: 5 } }));
    assert.match(over, /> \[!WARNING\]\n> This pull request would go over the monthly limit: 6 of 5/);
    const none = renderSummaryComment(
      prReport(),
      prContext({ changeBudget: { ...base, count: 7, prNeedsChange: false } }),
    );
    assert.match(none, /needs no console change/);
    const unknown = renderSummaryComment(
      prReport(),
      prContext({ changeBudget: { kind: 'unknown', limit: 5, reason: '403 Forbidden' } }),
    );
    assert.match(unknown, /could not be counted: 403 Forbidden/);
    assert.match(
      renderSummaryComment(prReport(), prContext({ lang: 'zh-CN', changeBudget: { ...base, count: 5 } })),
      /将超出每月修改上限：6 \/ 5/,
    );
  });

  it('marks inline-commented findings and notes files without a diff', () => {
    const inline = fileFinding('a.js', 1);
    const other = fileFinding('big.js', 2);
    const body = renderSummaryComment(
      prReport({ findings: [inline, other] }),
      prContext({
        inlineFingerprints: new Set([inline.fingerprint]),
        unknownDiffFiles: ['big.js'],
        truncatedFiles: true,
      }),
    );
    assert.match(body, /\| 🔴 error 💬 \| .*`a\.js:1`/);
    assert.match(body, /\| 🔴 error \| .*`big\.js:2`/);
    assert.match(body, /1 changed files came without a diff .*`big\.js`/);
    assert.match(body, /at most 3,000 files/);
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`stays under GitHub's body limit with 4,000 findings and 1,500 new domains (${lang})`, () => {
      const findings = Array.from({ length: 4000 }, (_, i) =>
        fileFinding(`pages/长长的目录/file-${i}.js`, i + 1, {
          message: { en: `${'x'.repeat(120)} ${i}`, 'zh-CN': `${'域名不在白名单中😀'.repeat(15)} ${i}` },
        }),
      );
      const add = Array.from({ length: 1500 }, (_, i) => ({
        list: 'request' as const,
        origin: `https://api${i}.example.com`,
        usedAt: [{ file: `pages/file-${i}.js`, line: i + 1 }],
      }));
      const probes = Array.from({ length: 800 }, (_, i) => probe(`host${i}.example.com`, { daysLeft: i }));
      const report = prReport({ findings, requiredUpdates: { add, remove: [] }, probes });
      const body = renderSummaryComment(report, prContext({ lang }));
      assert.ok(
        fitsGitHubBody(body),
        `body has ${codePointLength(body)} code points, ${body.length} UTF-16 units`,
      );
      assert.ok(codePointLength(body) <= COMMENT_BUDGET);
      assert.match(body, /<details><summary>/);
      assert.match(
        body,
        lang === 'en' ? /and \d+ more: the full list is in the job summary/ : /另有 \d+ 项：完整列表见/,
      );
      assert.equal(
        body.match(/<details>/g)?.length,
        body.match(/<\/details>/g)?.length,
        'details blocks are closed',
      );
      const job = renderJobSummary(report, prContext({ lang }), 'read-only token');
      assert.ok(codePointLength(job) > codePointLength(body), 'the job summary holds more');
      assert.ok(Buffer.byteLength(job) < 1024 * 1024, `the job summary has ${Buffer.byteLength(job)} bytes`);
      assert.match(job, /> \[!WARNING\]\n> read-only token/);
      assert.equal(hasSummaryMarker(job, 'mp-domains.yml'), false);
    });
  }
});

describe('review body and inline comments', () => {
  it('renders a finding comment with its fingerprint marker and fix', () => {
    const finding = fileFinding('a.js', 3);
    const body = renderFindingComment(finding, 'mp-domains.yml', 'en');
    assert.equal(findingFingerprintOf(body, 'mp-domains.yml'), finding.fingerprint);
    assert.equal(
      findingFingerprintOf(body, 'other.yml'),
      undefined,
      "another whitelist's comments are not ours",
    );
    assert.match(body, /\*\*🔴 error\*\* · .*not-whitelisted/);
    assert.match(body, /console list: request/);
    assert.match(body, /is not in the request list/);
    assert.match(renderFindingComment(finding, 'mp-domains.yml', 'zh-CN'), /后台列表：request/);
  });

  it('lists overflow findings collapsed and within budget', () => {
    const overflow = Array.from({ length: 4000 }, (_, i) => fileFinding(`f${i}.js`, i + 1));
    const body = renderReviewBody([fileFinding('a.js', 1)], overflow, prContext({ maxInlineComments: 1 }));
    assert.ok(codePointLength(body) <= COMMENT_BUDGET);
    assert.match(body, /1 new problem on the changed lines is commented inline/);
    assert.match(body, /<details><summary>4000 more problems on changed lines \(at most 1 inline comments/);
    assert.match(body, /and \d+ more: the full list is in the job summary/);
    assert.doesNotMatch(renderReviewBody([fileFinding('a.js', 1)], [], prContext()), /<details>/);
  });

  it('keeps marker keys safe', () => {
    assert.equal(markerKey('a b-->c'), 'a_b--_c');
    assert.equal(findingMarker('k', 'ab-->cd'), '<!-- mp-domain-guard:finding key=k fp=abcd -->');
  });
});

describe('fitItems', () => {
  it('never exceeds its budget, and says how many were left out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 80, unit: 'grapheme' }), { maxLength: 200 }),
        fc.integer({ min: 60, max: 3000 }),
        (items, budget) => {
          const out = fitItems(
            items,
            (s) => `- ${s}`,
            budget,
            (n) => `and ${n} more`,
          );
          assert.ok(codePointLength(out) <= budget, `${codePointLength(out)} > ${budget}`);
          const more = /and (\d+) more$/.exec(out);
          const shown = out === '' ? 0 : out.split('\n').length - (more ? 1 : 0);
          assert.equal(shown + (more ? Number(more[1]) : 0), items.length);
        },
      ),
      { numRuns: 300 },
    );
    assert.ok(GITHUB_BODY_LIMIT === 65536);
  });
});
