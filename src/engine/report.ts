import type { Endpoint, SkippedFile, UnresolvedCall } from '../model/endpoint.js';
import type { Finding } from '../model/finding.js';
import type { HostProbeResult } from '../model/probe-result.js';
import type { RequiredUpdates } from '../model/required-updates.js';
import type { Platform, WhitelistEntry } from '../model/whitelist.js';

export type ReportMode = 'scan' | 'diff' | 'probe' | 'pull-request' | 'schedule';

/** The whitelist as a report describes it. */
export interface WhitelistSummary {
  readonly path: string;
  /** False when the file does not exist (every endpoint is then "not whitelisted"). */
  readonly found: boolean;
  readonly platform: Platform;
  readonly entries: number;
}

/** What a change did to the whitelist file: the console entries to add and to remove to mirror it. */
export interface WhitelistChanges {
  readonly added: readonly WhitelistEntry[];
  readonly removed: readonly WhitelistEntry[];
}

export interface ReportStats {
  readonly filesListed: number;
  readonly filesRead: number;
  readonly filesParsed: number;
  readonly bytesRead: number;
  readonly durationMs: number;
}

/**
 * Everything one run found, as plain data. Every renderer (text, Markdown, JSON, SARIF, PR comments, issue
 * bodies) takes a Report and a language; every sink publishes one.
 */
export interface Report {
  readonly tool: { readonly name: string; readonly version: string };
  readonly mode: ReportMode;
  /** Where the files came from (a path, `git:REF`, `github:owner/repo@sha`). */
  readonly source: string;
  readonly generatedAt: string;
  readonly whitelist: WhitelistSummary;
  readonly endpoints: readonly Endpoint[];
  readonly unresolved: readonly UnresolvedCall[];
  /** Sorted: severity (error first), then file and line, then host. */
  readonly findings: readonly Finding[];
  readonly requiredUpdates: RequiredUpdates;
  readonly whitelistChanges?: WhitelistChanges;
  readonly probes: readonly HostProbeResult[];
  readonly skipped: readonly SkippedFile[];
  readonly stats: ReportStats;
}
