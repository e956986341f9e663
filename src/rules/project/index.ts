import type { Rule } from '../types.js';

/** Project rules (unresolved-url, url-check-disabled), one per file. */
export const projectRules: readonly Rule<never, never>[] = [];
