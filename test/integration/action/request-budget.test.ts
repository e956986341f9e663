import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startFakeGitHub } from '../../helpers/fake-github/index.js';
import { setUpTypicalPullRequest, typicalEvent } from '../../helpers/typical-pr.js';
import { runAction } from './harness.js';

/** issue 4: "Count and print the GitHub API requests a typical run makes (20 files, 3 new domains); target ≤ 10." */
export const REQUEST_BUDGET = 10;

describe('GitHub API request budget', { timeout: 30_000 }, () => {
  it(`a typical pull request run makes at most ${REQUEST_BUDGET} requests, and a re-run fewer`, async (t) => {
    const fake = await startFakeGitHub();
    try {
      setUpTypicalPullRequest(fake);
      const first = await runAction(fake, { event: typicalEvent() });
      const lines = first.requests.map((r) => `${r.method} ${r.path}`);
      t.diagnostic(`first run: ${first.requests.length} requests\n${lines.join('\n')}`);
      assert.equal(JSON.parse(first.outputs['required-updates'] ?? '{}').add.length, 3, 'three new domains');
      assert.ok(first.requests.length <= REQUEST_BUDGET, lines.join('\n'));
      assert.equal(
        first.requests.filter((r) => r.path === '/graphql').length,
        1,
        'all files in one GraphQL query',
      );
      assert.equal(first.requests.filter((r) => r.path.includes('/contents/')).length, 0);
      const second = await runAction(fake, { event: typicalEvent() });
      t.diagnostic(`re-run: ${second.requests.length} requests, ${second.writes.length} writes`);
      assert.equal(second.writes.length, 0);
      assert.ok(second.requests.length < first.requests.length);
    } finally {
      await fake.close();
    }
  });
});
