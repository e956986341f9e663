import type { Platform, Whitelist } from '../../model/whitelist.js';

/** What endpoint rules know besides the endpoint: the committed whitelist (possibly empty) and the platform. */
export interface EndpointRuleContext {
  readonly whitelist: Whitelist;
  readonly platform: Platform;
}
