import { joinLocalized, localize } from '../../i18n/translate.js';
import type { WhitelistEntry } from '../../model/whitelist.js';
import { CITATIONS } from '../../platform/citations.js';
import { platformFacts } from '../../platform/platforms.js';
import { consolePath, localizeNested } from '../../policy/localize.js';
import { usedEntries } from '../../policy/match.js';
import { NOT_APPLICABLE, PASS, fail, type Rule } from '../types.js';
import type { WhitelistRuleContext } from './context.js';

/**
 * An entry no call of the project uses. Only a whole-repository scan can tell; a change sees part of the code.
 * Each list holds a limited number of entries and changes are rationed (platform-rules.md §0 rule 9).
 */
export const whitelistUnused: Rule<WhitelistEntry, WhitelistRuleContext> = {
  meta: {
    id: 'whitelist-unused',
    severity: 'notice',
    subject: 'whitelist',
    source: 'Project',
    description: 'rulesEndpoint.whitelistUnused.description',
    fix: 'rulesEndpoint.whitelistUnused.fix',
    citation: CITATIONS.changeBudget,
  },
  check(entry, context) {
    if (!context.wholeRepo) return NOT_APPLICABLE;
    if (usedEntries(context.whitelist, context.endpoints).has(entry)) return PASS;
    const platform = context.whitelist.platform;
    const message = localizeNested(
      'rulesEndpoint.whitelistUnused.message',
      { origin: entry.origin, list: entry.list, path: context.whitelist.path },
      { consolePath: consolePath(platform, entry.list) },
    );
    const facts = platformFacts(platform);
    const dynamic = context.unresolved.filter((call) => facts.listFor[call.list] === entry.list).length;
    if (dynamic === 0) return fail(message, entry.origin);
    const hint = localize('rulesEndpoint.whitelistUnused.hintUnresolved', { count: dynamic });
    return fail(joinLocalized([message, hint]), entry.origin);
  },
};
