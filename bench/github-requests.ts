/**
 * Prints the GitHub API requests a typical pull-request run makes (issue 4: a pull request of 20 files that
 * introduces 3 new domains; target at most 10), against the fake GitHub on 127.0.0.1. `npm run bench:github`.
 */
import { startFakeGitHub } from '../test/helpers/fake-github/index.js';
import { setUpTypicalPullRequest, typicalEvent } from '../test/helpers/typical-pr.js';
import { runAction } from '../test/integration/action/harness.js';

const fake = await startFakeGitHub();
try {
  setUpTypicalPullRequest(fake);
  for (const label of ['first run', 're-run (nothing new)']) {
    const started = performance.now();
    const run = await runAction(fake, { event: typicalEvent() });
    const ms = Math.round(performance.now() - started);
    process.stdout.write(
      `${label}: ${run.requests.length} requests (${run.writes.length} writes) in ${ms} ms\n`,
    );
    for (const r of run.requests) process.stdout.write(`  ${r.method.padEnd(6)} ${r.path} → ${r.status}\n`);
  }
} finally {
  await fake.close();
}
