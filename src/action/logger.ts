import * as core from '@actions/core';
import type { Logger } from '../logger.js';

/** The Logger for a workflow step: debug lines appear with ACTIONS_STEP_DEBUG, warnings become annotations. */
export function actionsLogger(): Logger {
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
  };
}
