import type { MessageKey } from '../i18n/catalog.js';
import type { LocalizedText } from '../i18n/types.js';
import type { ConsoleList } from '../model/lists.js';
import type { Severity } from '../model/severity.js';

/** Where a rule's requirement comes from. */
export type RuleSource = 'WeChat' | 'Apple' | 'Android' | 'CABF' | 'IETF' | 'Project';

/** What a rule looks at. Endpoint, whitelist and project rules are static; tls rules judge probe observations. */
export type RuleSubject = 'endpoint' | 'whitelist' | 'project' | 'tls';

export interface Citation {
  /** Short human title, e.g. "WeChat network guide: server domains". */
  readonly title: string;
  readonly url: string;
  /** Where in the project's reference docs the fact is recorded, e.g. "platform-rules.md §1.1". */
  readonly reference: string;
}

/** Metadata every rule carries (zlint's shape). The severity is fixed by the id. */
export interface RuleMeta {
  /** Stable public kebab-case id users type in `rules-exclude`. */
  readonly id: string;
  readonly severity: Severity;
  readonly subject: RuleSubject;
  readonly source: RuleSource;
  /** Catalog key of the one-sentence description. */
  readonly description: MessageKey;
  /** Catalog key of the one-sentence "how to fix". */
  readonly fix: MessageKey;
  readonly citation: Citation;
  /**
   * For certificate rules: the rule applies only to certificates whose notBefore is on or after this ISO date
   * (Apple's cutoffs); earlier certificates get `ne`.
   */
  readonly effectiveDate?: string;
}

/** zlint's status ladder. `fatal` is set by the runner when a rule throws. */
export type RuleStatus = 'na' | 'ne' | 'pass' | 'fail' | 'fatal';

/** A failure a rule reports: the message says what was seen and what to change. */
export interface RuleFailure {
  readonly message: LocalizedText;
  /** Extra fields that make the finding's fingerprint stable and specific (e.g. a certificate fingerprint). */
  readonly key?: string;
}

/** What `check` returns: nothing to say, or one or more failures. */
export type RuleOutcome =
  | { readonly status: 'na' | 'ne' | 'pass' }
  | { readonly status: 'fail'; readonly failures: readonly RuleFailure[] };

export const PASS: RuleOutcome = Object.freeze({ status: 'pass' });
export const NOT_APPLICABLE: RuleOutcome = Object.freeze({ status: 'na' });
export const NOT_EFFECTIVE: RuleOutcome = Object.freeze({ status: 'ne' });

export function fail(message: LocalizedText, key?: string): RuleOutcome {
  return { status: 'fail', failures: [key === undefined ? { message } : { message, key }] };
}

export function failMany(failures: readonly RuleFailure[]): RuleOutcome {
  return failures.length === 0 ? PASS : { status: 'fail', failures };
}

/** A rule over a subject `S` with context `C`. Rules are pure: no I/O, no clock (the context carries `now`). */
export interface Rule<S, C> {
  readonly meta: RuleMeta;
  check(subject: S, context: C): RuleOutcome;
}

/** The list an endpoint-like subject belongs to, for rules that care. */
export interface HasList {
  readonly list: ConsoleList;
}
