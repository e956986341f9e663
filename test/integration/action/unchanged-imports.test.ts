import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github/index.js';
import { BASE_SHA, HEAD_SHA, loadEvent, runAction } from './harness.js';

/** issue 4's target, as in request-budget.test.ts (a test file is not imported: its tests would run twice). */
const REQUEST_BUDGET = 10;

const REPO = 'octo/miniapp';

const CONFIG = "export const BASE_URL = 'https://api.shop.example.com';\n";
const WRAPPER = [
  "import { BASE_URL } from './config.js';",
  '',
  'export function request(path) {',
  '  return new Promise((resolve) => wx.request({ url: BASE_URL + path, success: resolve }));',
  '}',
  '',
].join('\n');
const CART_BASE = ['Page({', '  onShow() {},', '});', ''].join('\n');
const CART_HEAD = [
  "import { request } from '../../utils/request.js';",
  '',
  'Page({',
  '  onShow() {',
  "    request('/v1/cart/summary');",
  '  },',
  '});',
  '',
].join('\n');

/**
 * A repository of many pages where the pull request changes only the cart page, which now calls the project's
 * request wrapper (unchanged) whose base URL lives in an unchanged config module.
 */
function setUp(fake: FakeGitHub): void {
  const repo = fake.state.repo(REPO) ?? fake.addRepo(REPO);
  const common: Record<string, string> = {
    'mp-domains.yml': 'platform: wechat\nrequest:\n  - https://api.example.com\n',
    'app.json': '{ "pages": ["pages/cart/cart"] }\n',
    'app.js': 'App({});\n',
    'utils/config.js': CONFIG,
    'utils/request.js': WRAPPER,
  };
  // Unchanged pages the run must not read: 200 of them would cost five GraphQL queries.
  for (let i = 0; i < 200; i++) {
    common[`pages/p${i}/p${i}.js`] =
      `import { request } from '../../utils/request.js';\nPage({ onLoad() { request('/p${i}'); } });\n`;
  }
  repo.setTree(BASE_SHA, { ...common, 'pages/cart/cart.js': CART_BASE });
  repo.setTree(HEAD_SHA, { ...common, 'pages/cart/cart.js': CART_HEAD });
  const oldLines = CART_BASE.replace(/\n$/, '').split('\n');
  const newLines = CART_HEAD.replace(/\n$/, '').split('\n');
  const patch = [
    `@@ -1,${oldLines.length} +1,${newLines.length} @@`,
    ...oldLines.map((l) => `-${l}`),
    ...newLines.map((l) => `+${l}`),
  ].join('\n');
  fake.addPull(REPO, {
    number: 42,
    head: { sha: HEAD_SHA, ref: 'feature/cart', repoFullName: REPO },
    base: { sha: BASE_SHA, ref: 'main' },
    files: [{ filename: 'pages/cart/cart.js', status: 'modified', patch }],
  });
}

describe('a changed page that calls an unchanged wrapper module (API mode)', { timeout: 30_000 }, () => {
  it('reports the endpoint on the page line, reading only what the page imports, within the request budget', async (t) => {
    const fake = await startFakeGitHub();
    try {
      setUp(fake);
      const run = await runAction(fake, { event: await loadEvent('pull_request.synchronize.json') });
      const lines = run.requests.map((r) => `${r.method} ${r.path}`);
      t.diagnostic(`${run.requests.length} requests\n${lines.join('\n')}`);

      const report = JSON.parse(run.reportJson ?? '{}') as {
        endpoints: { url: string; file: string; line: number; definedAt?: { file: string; line: number } }[];
        findings: { ruleId: string; file?: string; line?: number }[];
        stats: { filesRead: number };
      };
      assert.deepEqual(
        report.endpoints.map((e) => [e.url, e.file, e.line, e.definedAt?.file]),
        [['https://api.shop.example.com/v1/cart/summary', 'pages/cart/cart.js', 5, 'utils/config.js']],
      );
      const finding = report.findings.find((f) => f.ruleId === 'not-whitelisted');
      assert.equal(finding?.file, 'pages/cart/cart.js');
      assert.equal(finding?.line, 5);
      assert.deepEqual(JSON.parse(run.outputs['required-updates'] ?? '{}').add, [
        { list: 'request', origin: 'https://api.shop.example.com' },
      ]);
      assert.ok(report.stats.filesRead <= 4, `${report.stats.filesRead} files read`);

      assert.equal(run.requests.filter((r) => r.path.includes('/git/trees/')).length, 1, 'one tree listing');
      assert.equal(run.requests.filter((r) => r.path.includes('/contents/')).length, 0);
      assert.ok(run.requests.length <= REQUEST_BUDGET, lines.join('\n'));
    } finally {
      await fake.close();
    }
  });
});
