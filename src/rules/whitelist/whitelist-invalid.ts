import { enCatalog, type MessageKey } from '../../i18n/catalog.js';
import { localize } from '../../i18n/translate.js';
import type { WhitelistProblem } from '../../model/whitelist.js';
import { CITATIONS } from '../../platform/citations.js';
import { fail, type Rule } from '../types.js';
import type { WhitelistRuleContext } from './context.js';

/**
 * Anything in the whitelist file the console would not accept, or that cannot be read: each problem found by
 * the parser, at its line and column, with the parser's message (platform-rules.md §1.1, §1.3, §1.4).
 */
export const whitelistInvalid: Rule<WhitelistProblem, WhitelistRuleContext> = {
  meta: {
    id: 'whitelist-invalid',
    severity: 'error',
    subject: 'whitelist',
    source: 'WeChat',
    description: 'rulesEndpoint.whitelistInvalid.description',
    fix: 'rulesEndpoint.whitelistInvalid.fix',
    citation: CITATIONS.consoleEntries,
  },
  check(problem) {
    // The model keeps the key as a string; an unknown one is a bug, so make the runner report it as such.
    if (!Object.hasOwn(enCatalog, problem.key))
      throw new Error(`unknown whitelist message key ${problem.key}`);
    return fail(localize(problem.key as MessageKey, problem.params), `${problem.key} ${problem.raw ?? ''}`);
  },
};
