import type { WhitelistEntry, WhitelistProblem } from '../../model/whitelist.js';
import type { Rule } from '../types.js';
import type { WhitelistRuleContext } from './context.js';
import { whitelistInvalid } from './whitelist-invalid.js';
import { whitelistUnused } from './whitelist-unused.js';

/** Whitelist rules, one per file, each over its own subject. */
export const whitelistProblemRules: readonly Rule<WhitelistProblem, WhitelistRuleContext>[] = [
  whitelistInvalid,
];
export const whitelistEntryRules: readonly Rule<WhitelistEntry, WhitelistRuleContext>[] = [whitelistUnused];

/** Every whitelist rule, in report order (the registry reads only their metadata). */
export const whitelistRules: readonly (
  Rule<WhitelistProblem, WhitelistRuleContext> | Rule<WhitelistEntry, WhitelistRuleContext>
)[] = [...whitelistProblemRules, ...whitelistEntryRules];
