import type { ModeRunner } from './mode-runner.js';
import type { RunMode } from './mode.js';
import { runPullRequestMode } from './pr-mode.js';
import { runScheduleModeAction } from './schedule-runner.js';

/**
 * The runner of each mode. Adding a mode is one import and one entry here; main.ts does not change.
 * A mode without an entry fails with a clear "not part of this build" message.
 */
export const MODE_RUNNERS: Readonly<Partial<Record<RunMode, ModeRunner>>> = {
  'pull-request': (ctx) => runPullRequestMode(ctx),
  schedule: (ctx) => runScheduleModeAction(ctx),
};
