import type { Rule } from '../types.js';

/** TLS and certificate rules over probe observations, one per file. */
export const tlsRules: readonly Rule<never, never>[] = [];
