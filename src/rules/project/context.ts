import type { Platform } from '../../model/whitelist.js';

/** What project rules know besides their subject. */
export interface ProjectRuleContext {
  readonly platform: Platform;
}
