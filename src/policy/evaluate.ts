import type { Endpoint, UnresolvedCall, UrlCheckDisabled } from '../model/endpoint.js';
import type { Finding } from '../model/finding.js';
import type { Whitelist, WhitelistProblem } from '../model/whitelist.js';
import type { EndpointRuleContext } from '../rules/endpoint/context.js';
import { endpointRules } from '../rules/endpoint/index.js';
import type { ProjectRuleContext } from '../rules/project/context.js';
import { unresolvedCallRules, urlCheckRules } from '../rules/project/index.js';
import { runRule, type FindingAnchor } from '../rules/run.js';
import type { Rule } from '../rules/types.js';
import type { WhitelistRuleContext } from '../rules/whitelist/context.js';
import { whitelistEntryRules, whitelistProblemRules } from '../rules/whitelist/index.js';
import { canonicalHost } from './match.js';

export { computeRequiredUpdates } from './required-updates.js';
export { findWhitelistEntry, type MatchTarget } from './match.js';

export interface PolicyInput {
  readonly endpoints: readonly Endpoint[];
  readonly unresolved: readonly UnresolvedCall[];
  readonly urlCheckDisabled: readonly UrlCheckDisabled[];
  readonly whitelist: Whitelist;
  readonly whitelistProblems: readonly WhitelistProblem[];
  /** Rule ids switched off (already validated against the registry). */
  readonly excludedRules: ReadonlySet<string>;
  /** True for a whole-repository scan; whitelist-unused only judges then. */
  readonly wholeRepo: boolean;
}

/**
 * Runs the static rules (endpoint, project, whitelist) over everything extraction and the whitelist parser
 * found. Pure: no I/O. Findings point at the call site, or into the whitelist file for whitelist findings.
 */
export function evaluatePolicy(input: PolicyInput): Finding[] {
  const findings: Finding[] = [];
  const enabled = <S, C>(rules: readonly Rule<S, C>[]) =>
    rules.filter((rule) => !input.excludedRules.has(rule.meta.id));
  const run = <S, C>(rules: readonly Rule<S, C>[], subject: S, context: C, anchor: FindingAnchor) => {
    for (const rule of enabled(rules)) findings.push(...runRule(rule, subject, context, anchor).findings);
  };

  const whitelist = input.whitelist;
  const whitelistContext: WhitelistRuleContext = {
    whitelist,
    endpoints: input.endpoints,
    unresolved: input.unresolved,
    wholeRepo: input.wholeRepo,
  };
  for (const problem of input.whitelistProblems) {
    run(whitelistProblemRules, problem, whitelistContext, {
      file: problem.path,
      line: problem.line,
      column: problem.column,
      ...(problem.list ? { list: problem.list } : {}),
      ...(problem.raw !== undefined ? { url: problem.raw } : {}),
    });
  }

  const endpointContext: EndpointRuleContext = { whitelist, platform: whitelist.platform };
  for (const endpoint of input.endpoints) {
    run(endpointRules, endpoint, endpointContext, {
      file: endpoint.file,
      line: endpoint.line,
      ...(endpoint.column === undefined ? {} : { column: endpoint.column }),
      host: canonicalHost(endpoint.host),
      ...(endpoint.port === undefined ? {} : { port: endpoint.port }),
      list: endpoint.list,
      url: endpoint.url,
    });
  }

  const projectContext: ProjectRuleContext = { platform: whitelist.platform };
  for (const call of input.unresolved) {
    run(unresolvedCallRules, call, projectContext, {
      file: call.file,
      line: call.line,
      ...(call.column === undefined ? {} : { column: call.column }),
      list: call.list,
    });
  }
  for (const setting of input.urlCheckDisabled) {
    run(urlCheckRules, setting, projectContext, {
      file: setting.file,
      line: setting.line,
      ...(setting.column === undefined ? {} : { column: setting.column }),
    });
  }

  if (input.wholeRepo) {
    for (const entry of whitelist.entries) {
      run(whitelistEntryRules, entry, whitelistContext, {
        file: whitelist.path,
        line: entry.line,
        column: entry.column,
        host: entry.host,
        ...(entry.port === undefined ? {} : { port: entry.port }),
        list: entry.list,
        url: entry.origin,
      });
    }
  }
  return findings;
}
