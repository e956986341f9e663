import type { GitHubClient } from '../github/client.js';
import type { Logger } from '../logger.js';
import type { ProbeOptions } from '../probe/index.js';
import type { AnnotationEmitter } from '../sinks/annotations.js';
import type { ActionContext } from './context.js';
import type { Settings } from './settings.js';

/** What every mode gets from main.ts. */
export interface ModeContext {
  readonly settings: Settings;
  readonly context: ActionContext;
  readonly client: GitHubClient;
  readonly logger: Logger;
  /** Where report files (JSON, SARIF) are written. */
  readonly outputDir: string;
  readonly now: Date;
  /** Test seams: DNS lookup and the like; production leaves them unset. */
  readonly probeOverrides?: Partial<ProbeOptions>;
  readonly annotations?: AnnotationEmitter;
}

/** What a mode hands back: main.ts alone sets outputs and fails the step. */
export interface ModeResult {
  /** Output name → value, names as declared in action.yml. */
  readonly outputs: Readonly<Record<string, string>>;
  /** When set, the step fails with this message (a finding reached `fail-level`). */
  readonly failure?: string;
}

export type ModeRunner = (ctx: ModeContext) => Promise<ModeResult>;
