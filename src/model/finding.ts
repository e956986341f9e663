import type { LocalizedText } from '../i18n/types.js';
import type { ConsoleList } from './lists.js';
import type { Severity } from './severity.js';

/**
 * One problem, as plain JSON-serialisable data. It never carries Octokit or TLS objects.
 * A finding has a source location (endpoint and project rules), a host (probe rules), or both.
 */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: LocalizedText;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** For endpoint and probe findings. */
  readonly host?: string;
  readonly port?: number;
  readonly list?: ConsoleList;
  readonly url?: string;
  /** Stable across runs and unrelated edits: built from the rule id and what the finding is about, not the line. */
  readonly fingerprint: string;
}
