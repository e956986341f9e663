import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readActionContext } from './action/context.js';
import { actionsLogger } from './action/logger.js';
import { selectMode } from './action/mode.js';
import type { ModeRunner } from './action/mode-runner.js';
import { MODE_RUNNERS } from './action/modes.js';
import { actionsInputReader, readSettings, type InputReader } from './action/settings.js';
import { ConfigError, wrapError } from './errors.js';
import { createGitHubClient, type GitHubRequestRecord, type GitHubTiming } from './github/client.js';
import { localize } from './i18n/translate.js';
import { isLang, type Lang } from './i18n/types.js';
import type { Logger } from './logger.js';
import type { ProbeOptions } from './probe/index.js';
import type { AnnotationEmitter } from './sinks/annotations.js';

/** Seams for tests; the action itself calls run() with none of them. */
export interface RunOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly inputs?: InputReader;
  readonly logger?: Logger;
  readonly timing?: Partial<GitHubTiming>;
  readonly probeOverrides?: Partial<ProbeOptions>;
  readonly annotations?: AnnotationEmitter;
  readonly now?: Date;
  readonly onRequest?: (record: GitHubRequestRecord) => void;
  readonly modes?: Readonly<Partial<Record<string, ModeRunner>>>;
}

/**
 * The action: inputs → mode → pipeline → sinks. The only place that sets outputs and fails the step. Anything
 * thrown fails the step; a ConfigError (a user mistake) with its message alone, anything else with its stack.
 */
export async function run(options: RunOptions = {}): Promise<void> {
  const env = options.env ?? process.env;
  const inputs = options.inputs ?? actionsInputReader;
  const logger = options.logger ?? actionsLogger();
  try {
    const settings = await readSettings(inputs, env['GITHUB_WORKSPACE'] || process.cwd());
    core.setSecret(settings.token);
    const context = await readActionContext(env);
    const mode = selectMode(settings.mode, context.eventName, context.pullRequest !== undefined);
    const runner = (options.modes ?? MODE_RUNNERS)[mode];
    if (!runner) throw new ConfigError(localize('github.mode.unavailable', { mode }));
    let requests = 0;
    const client = createGitHubClient({
      token: settings.token,
      apiUrl: context.endpoints.apiUrl,
      logger,
      ...(options.timing ? { timing: options.timing } : {}),
      onRequest: (record) => {
        requests++;
        logger.debug(`GitHub API ${record.method} ${record.url} → ${record.status ?? 'network error'}`);
        options.onRequest?.(record);
      },
    });
    const result = await runner({
      settings,
      context,
      client,
      logger,
      outputDir: join(env['RUNNER_TEMP'] || tmpdir(), 'mp-domain-guard'),
      now: options.now ?? new Date(),
      ...(options.probeOverrides ? { probeOverrides: options.probeOverrides } : {}),
      ...(options.annotations ? { annotations: options.annotations } : {}),
    });
    logger.info(`mp-domain-guard (${mode}) made ${requests} GitHub API requests`);
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    if (result.failure) core.setFailed(result.failure);
  } catch (thrown) {
    const error = wrapError(thrown);
    if (error instanceof ConfigError) {
      core.setFailed(error.localized[languageOf(inputs)] ?? error.message);
    } else {
      core.setFailed(
        `mp-domain-guard failed unexpectedly; please report this: ${error.stack ?? error.message}`,
      );
    }
  }
}

/** The language for an error that may come from parsing the inputs themselves. */
function languageOf(inputs: InputReader): Lang {
  try {
    const value = inputs('language');
    return isLang(value) ? value : value.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  } catch {
    return 'en';
  }
}
