import type { Finding } from '../model/finding.js';

/**
 * What the tracking issue remembers between runs: since when each problem has been seen. It is kept in the
 * issue body itself (a hidden comment), so the action needs no storage of its own.
 */
export interface WatchState {
  readonly version: 1;
  /** fingerprint → ISO timestamp of the first run that saw the problem. */
  readonly firstSeen: Readonly<Record<string, string>>;
}

export const STATE_MARKER = 'mp-domain-guard:watch-state';
const STATE_PATTERN = new RegExp(`<!--\\s*${STATE_MARKER}\\s+([A-Za-z0-9+/=]*)\\s*-->`);
const MAX_STATE_ENTRIES = 5000;

export const EMPTY_STATE: WatchState = Object.freeze({ version: 1, firstSeen: Object.freeze({}) });

/** Reads the state from an issue body; anything missing or malformed is an empty state, never an error. */
export function readState(body: string | null | undefined): WatchState {
  const match = body ? STATE_PATTERN.exec(body) : null;
  if (!match) return EMPTY_STATE;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(match[1] ?? '', 'base64').toString('utf8'));
    if (!parsed || typeof parsed !== 'object') return EMPTY_STATE;
    const firstSeen = (parsed as { firstSeen?: unknown }).firstSeen;
    if (!firstSeen || typeof firstSeen !== 'object') return EMPTY_STATE;
    const clean: Record<string, string> = {};
    for (const [key, value] of Object.entries(firstSeen).slice(0, MAX_STATE_ENTRIES)) {
      if (/^[0-9a-f]{1,64}$/.test(key) && typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
        clean[key] = value;
      }
    }
    return { version: 1, firstSeen: clean };
  } catch {
    return EMPTY_STATE;
  }
}

/** The hidden comment that carries the state (base64 so no `-->` can end it early). */
export function writeState(state: WatchState): string {
  return `<!-- ${STATE_MARKER} ${Buffer.from(JSON.stringify(state), 'utf8').toString('base64')} -->`;
}

/** Keeps the first-seen time of problems still present, adds `now` for new ones, forgets fixed ones. */
export function nextState(previous: WatchState, problems: readonly Finding[], now: Date): WatchState {
  const firstSeen: Record<string, string> = {};
  for (const finding of problems) {
    firstSeen[finding.fingerprint] = previous.firstSeen[finding.fingerprint] ?? now.toISOString();
  }
  return { version: 1, firstSeen };
}
