import type { UnresolvedCall, UnresolvedReason } from '../../model/endpoint.js';
import type { MessageKey } from '../../i18n/catalog.js';
import { localize } from '../../i18n/translate.js';
import { CITATIONS } from '../../platform/citations.js';
import { localizeNested } from '../../policy/localize.js';
import { fail, type Rule } from '../types.js';
import type { ProjectRuleContext } from './context.js';

const REASON: Readonly<Record<UnresolvedReason, MessageKey>> = {
  'runtime-value': 'rulesEndpoint.unresolvedUrl.reason.runtimeValue',
  'ext-config': 'rulesEndpoint.unresolvedUrl.reason.extConfig',
  'unknown-import': 'rulesEndpoint.unresolvedUrl.reason.unknownImport',
  'too-complex': 'rulesEndpoint.unresolvedUrl.reason.tooComplex',
};

/** Longest excerpt of the unresolved expression a message quotes. */
const MAX_EXPRESSION = 120;

/**
 * A call whose URL is only known at run time: never silently dropped, reported as a notice at the call site so a
 * reviewer checks its hosts by hand (platform-rules.md §4 item 4).
 */
export const unresolvedUrl: Rule<UnresolvedCall, ProjectRuleContext> = {
  meta: {
    id: 'unresolved-url',
    severity: 'notice',
    subject: 'project',
    source: 'Project',
    description: 'rulesEndpoint.unresolvedUrl.description',
    fix: 'rulesEndpoint.unresolvedUrl.fix',
    citation: CITATIONS.dynamicUrls,
  },
  check(call) {
    const expression =
      call.expression.length > MAX_EXPRESSION
        ? `${call.expression.slice(0, MAX_EXPRESSION - 1)}…`
        : call.expression;
    return fail(
      localizeNested(
        'rulesEndpoint.unresolvedUrl.message',
        { api: call.api, expression, list: call.list },
        { reason: localize(REASON[call.reason] ?? REASON['too-complex']) },
      ),
      `${call.api} ${call.expression}`,
    );
  },
};
