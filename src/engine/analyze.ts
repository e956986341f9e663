import type { Logger } from '../logger.js';
import { extractProject, type ExtractionResult } from '../extract/index.js';
import { evaluatePolicy } from '../policy/evaluate.js';
import { computeRequiredUpdates } from '../policy/required-updates.js';
import { probeTargets, targetsFromOrigins, type ProbeOptions } from '../probe/index.js';
import type { Endpoint } from '../model/endpoint.js';
import type { Finding } from '../model/finding.js';
import type { ConsoleList } from '../model/lists.js';
import type { HostProbeResult } from '../model/probe-result.js';
import type { EntryToRemove, RequiredUpdates } from '../model/required-updates.js';
import type { ProjectSource } from '../model/source.js';
import type { Whitelist, WhitelistEntry } from '../model/whitelist.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { loadWhitelist } from './load-whitelist.js';
import type { Report, ReportMode, WhitelistChanges } from './report.js';
import { disambiguateFingerprints, sortFindings } from './sort.js';
import { diffWhitelists } from '../whitelist/diff.js';

export interface AnalyzeInput {
  readonly head: ProjectSource;
  /** The other side of a change (diff and pull-request modes); its whitelist is compared with the head's. */
  readonly base?: ProjectSource;
  /** Repository-relative path of the whitelist file. */
  readonly whitelistPath: string;
  /** Diff and pull-request modes: only these files are entry points (others may still be read for imports). */
  readonly changedFiles?: readonly string[];
  /** file → line numbers added at head; with `scope: 'introduced'`, endpoints not on them are left out. */
  readonly addedLines?: ReadonlyMap<string, ReadonlySet<number>>;
  /** `introduced`: only endpoints whose use or definition is on an added line (CLI `diff`). Default `all`. */
  readonly scope?: 'all' | 'introduced';
  /**
   * Diff modes: confirm that an entry the change stopped using is used nowhere else by extracting the whole
   * head tree. Needs a head source that lists every file; otherwise such entries are not claimed removable.
   */
  readonly confirmUnusedAcrossRepo?: boolean;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  readonly excludedRules?: ReadonlySet<string>;
  /** Probe the domains of new endpoints and added whitelist entries (all endpoints in a whole-repo scan). */
  readonly probe?: ProbeOptions | false;
  readonly mode?: ReportMode;
  readonly logger: Logger;
  readonly now?: Date;
}

/** Runs the whole pipeline over one project: whitelist, endpoints, policy, probe. Never throws on bad input. */
export async function analyze(input: AnalyzeInput): Promise<Report> {
  const started = Date.now();
  const diffMode = input.changedFiles !== undefined;
  const mode: ReportMode = input.mode ?? (diffMode ? 'diff' : 'scan');
  const head = await loadWhitelist(input.head, input.whitelistPath);
  const base = input.base ? await loadWhitelist(input.base, input.whitelistPath) : undefined;
  const whitelistChanges: WhitelistChanges | undefined = base
    ? diffWhitelists(base.whitelist, head.whitelist)
    : undefined;

  const extractOptions = {
    ...(input.include ? { include: input.include } : {}),
    ...(input.exclude ? { exclude: input.exclude } : {}),
  };
  const extraction = await extractProject(input.head, {
    ...extractOptions,
    platform: head.whitelist.platform,
    ...(input.changedFiles ? { onlyFiles: input.changedFiles } : {}),
  });
  const endpoints =
    input.scope === 'introduced' && input.addedLines
      ? extraction.endpoints.filter((e) => isIntroduced(e, input.addedLines!))
      : extraction.endpoints;
  const unresolved =
    input.scope === 'introduced' && input.addedLines
      ? extraction.unresolved.filter((u) => input.addedLines!.get(u.file)?.has(u.line) ?? false)
      : extraction.unresolved;
  const urlCheckDisabled =
    input.scope === 'introduced' && input.addedLines
      ? extraction.urlCheckDisabled.filter((u) => input.addedLines!.get(u.file)?.has(u.line) ?? false)
      : extraction.urlCheckDisabled;

  const policyFindings = evaluatePolicy({
    endpoints,
    unresolved,
    urlCheckDisabled,
    whitelist: head.whitelist,
    whitelistProblems: head.problems,
    excludedRules: input.excludedRules ?? new Set(),
    wholeRepo: !diffMode,
  });

  const requiredUpdates = diffMode
    ? await requiredUpdatesForChange(input, endpoints, head.whitelist, extractOptions)
    : computeRequiredUpdates(endpoints, head.whitelist);

  const probes = input.probe
    ? await probeTargets(probeTargetsFor(endpoints, whitelistChanges?.added ?? []), {
        ...input.probe,
        whitelist: head.whitelist,
        ...(input.excludedRules ? { excludedRules: input.excludedRules } : {}),
      })
    : [];

  const findings = disambiguateFingerprints(
    sortFindings([...policyFindings, ...probes.flatMap((p) => p.findings)]),
  );
  input.logger.debug(
    `analyzed ${extraction.stats.filesRead} files: ${endpoints.length} endpoints, ${findings.length} findings`,
  );
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    mode,
    source: input.head.label,
    generatedAt: (input.now ?? new Date()).toISOString(),
    whitelist: {
      path: input.whitelistPath,
      found: head.found,
      platform: head.whitelist.platform,
      entries: head.whitelist.entries.length,
    },
    endpoints,
    unresolved,
    findings,
    requiredUpdates,
    ...(whitelistChanges ? { whitelistChanges } : {}),
    probes,
    skipped: extraction.skipped,
    stats: { ...extraction.stats, durationMs: Date.now() - started },
  };
}

/** An endpoint a change introduces: its call or the literal it resolves to is on an added line. */
export function isIntroduced(
  endpoint: Endpoint,
  addedLines: ReadonlyMap<string, ReadonlySet<number>>,
): boolean {
  if (addedLines.get(endpoint.file)?.has(endpoint.line)) return true;
  const def = endpoint.definedAt;
  return def !== undefined && (addedLines.get(def.file)?.has(def.line) ?? false);
}

/**
 * Entries to add come from the changed files at head. Entries to remove are those the changed files used at
 * base and no longer use at head, confirmed unused in the whole head tree when that is possible.
 */
async function requiredUpdatesForChange(
  input: AnalyzeInput,
  headEndpoints: readonly Endpoint[],
  whitelist: Whitelist,
  extractOptions: { include?: readonly string[]; exclude?: readonly string[] },
): Promise<RequiredUpdates> {
  const { add } = computeRequiredUpdates(headEndpoints, whitelist);
  if (!input.base || !input.changedFiles) return { add, remove: [] };
  const baseExtraction = await extractProject(input.base, {
    ...extractOptions,
    platform: whitelist.platform,
    onlyFiles: input.changedFiles,
  });
  const unusedByBase = originKeys(computeRequiredUpdates(baseExtraction.endpoints, whitelist).remove);
  let unusedAtHead = computeRequiredUpdates(headEndpoints, whitelist).remove;
  const stoppedUsing = unusedAtHead.filter((entry) => !unusedByBase.has(entryKey(entry)));
  if (stoppedUsing.length === 0) return { add, remove: [] };
  if (!input.confirmUnusedAcrossRepo) return { add, remove: [] };
  const full: ExtractionResult = await extractProject(input.head, {
    ...extractOptions,
    platform: whitelist.platform,
  });
  unusedAtHead = computeRequiredUpdates(full.endpoints, whitelist).remove;
  const unusedEverywhere = originKeys(unusedAtHead);
  return { add, remove: stoppedUsing.filter((entry) => unusedEverywhere.has(entryKey(entry))) };
}

function entryKey(entry: { list: ConsoleList; origin: string }): string {
  return `${entry.list} ${entry.origin}`;
}

function originKeys(entries: readonly EntryToRemove[]): Set<string> {
  return new Set(entries.map(entryKey));
}

/** The origins worth probing: secure endpoints with a host name, and whitelist entries a change adds. */
function probeTargetsFor(endpoints: readonly Endpoint[], addedEntries: readonly WhitelistEntry[]) {
  const origins: { origin: string; list: ConsoleList }[] = [];
  for (const e of endpoints) {
    if (e.scheme === 'https' || e.scheme === 'wss') origins.push({ origin: e.origin, list: e.list });
  }
  for (const entry of addedEntries) {
    if (entry.scheme === 'https' || entry.scheme === 'wss')
      origins.push({ origin: entry.origin, list: entry.list });
  }
  return targetsFromOrigins(origins);
}

export type { Finding, HostProbeResult };
