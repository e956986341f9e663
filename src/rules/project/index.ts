import type { UnresolvedCall, UrlCheckDisabled } from '../../model/endpoint.js';
import type { Rule } from '../types.js';
import type { ProjectRuleContext } from './context.js';
import { unresolvedUrl } from './unresolved-url.js';
import { urlCheckDisabled } from './url-check-disabled.js';

/** Project rules, one per file, each over its own subject. */
export const unresolvedCallRules: readonly Rule<UnresolvedCall, ProjectRuleContext>[] = [unresolvedUrl];
export const urlCheckRules: readonly Rule<UrlCheckDisabled, ProjectRuleContext>[] = [urlCheckDisabled];

/** Every project rule, in report order (the registry reads only their metadata). */
export const projectRules: readonly (
  Rule<UnresolvedCall, ProjectRuleContext> | Rule<UrlCheckDisabled, ProjectRuleContext>
)[] = [...unresolvedCallRules, ...urlCheckRules];
