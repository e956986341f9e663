import type { Logger } from '../logger.js';
import { probeTargets, targetsFromWhitelist, type ProbeOptions } from '../probe/index.js';
import { emptyWhitelist, parseWhitelist } from '../whitelist/parse.js';
import { evaluatePolicy } from '../policy/evaluate.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { Report } from './report.js';
import { sortFindings } from './sort.js';

export interface WhitelistHealthInput {
  readonly whitelistText: string | undefined;
  readonly whitelistPath: string;
  readonly probe: ProbeOptions;
  readonly excludedRules: ReadonlySet<string>;
  readonly logger: Logger;
  readonly now: Date;
}

/**
 * Probes every entry of the whitelist (all lists, business-domain verification files included). Whitelist
 * problems are reported too, since a broken entry is a domain nobody is watching.
 */
export async function analyzeWhitelistHealth(input: WhitelistHealthInput): Promise<Report> {
  const started = Date.now();
  const parsed =
    input.whitelistText === undefined
      ? { whitelist: emptyWhitelist(input.whitelistPath), problems: [] }
      : parseWhitelist(input.whitelistText, input.whitelistPath);
  const probes = await probeTargets(targetsFromWhitelist(parsed.whitelist), {
    ...input.probe,
    whitelist: parsed.whitelist,
    excludedRules: input.excludedRules,
  });
  const whitelistFindings = evaluatePolicy({
    endpoints: [],
    unresolved: [],
    urlCheckDisabled: [],
    whitelist: parsed.whitelist,
    whitelistProblems: parsed.problems,
    excludedRules: input.excludedRules,
    wholeRepo: false,
  });
  input.logger.debug(`probed ${probes.length} hosts`);
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    mode: 'schedule',
    source: input.whitelistPath,
    generatedAt: input.now.toISOString(),
    whitelist: {
      path: input.whitelistPath,
      found: input.whitelistText !== undefined,
      platform: parsed.whitelist.platform,
      entries: parsed.whitelist.entries.length,
    },
    endpoints: [],
    unresolved: [],
    findings: sortFindings([...whitelistFindings, ...probes.flatMap((p) => p.findings)]),
    requiredUpdates: { add: [], remove: [] },
    probes,
    skipped: [],
    stats: {
      filesListed: 0,
      filesRead: 1,
      filesParsed: 1,
      bytesRead: input.whitelistText?.length ?? 0,
      durationMs: Date.now() - started,
    },
  };
}
