import type { Endpoint, UnresolvedCall } from '../../model/endpoint.js';
import type { Whitelist } from '../../model/whitelist.js';

/** What whitelist rules know: the parsed file and, for usage checks, what the project calls. */
export interface WhitelistRuleContext {
  readonly whitelist: Whitelist;
  readonly endpoints: readonly Endpoint[];
  readonly unresolved: readonly UnresolvedCall[];
  /** True only when the endpoints come from the whole repository (scan), not from a change. */
  readonly wholeRepo: boolean;
}
