import { ConfigError } from '../errors.js';
import { localize } from '../i18n/translate.js';
import { PULL_REQUEST_EVENTS } from './context.js';
import type { ActionMode } from './settings.js';

export type RunMode = Exclude<ActionMode, 'auto'>;

const SCHEDULE_EVENTS: ReadonlySet<string> = new Set(['schedule', 'workflow_dispatch']);

/** `mode: auto` picks from the event; an explicit mode needs the event data it works on. */
export function selectMode(mode: ActionMode, eventName: string, hasPullRequest: boolean): RunMode {
  if (mode === 'pull-request' || (mode === 'auto' && PULL_REQUEST_EVENTS.has(eventName))) {
    if (!hasPullRequest) throw new ConfigError(localize('github.event.noPullRequest', { event: eventName }));
    return 'pull-request';
  }
  if (mode === 'schedule' || SCHEDULE_EVENTS.has(eventName)) return 'schedule';
  throw new ConfigError(localize('github.event.unsupported', { event: eventName || '(unknown)' }));
}
