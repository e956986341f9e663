import type { Rule } from '../types.js';

/** Whitelist rules (whitelist-invalid, whitelist-unused), one per file. */
export const whitelistRules: readonly Rule<never, never>[] = [];
