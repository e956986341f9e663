import type { Report } from '../engine/report.js';
import type { Finding } from '../model/finding.js';
import { CONSOLE_LISTS, type ConsoleList } from '../model/lists.js';

/** How every human-readable report groups findings: per console list, project, whitelist file, then TLS. */
export interface FindingGroups {
  readonly byList: ReadonlyArray<readonly [ConsoleList, readonly Finding[]]>;
  readonly project: readonly Finding[];
  readonly whitelist: readonly Finding[];
  /** Probe findings (no file), keyed by `host:port`. */
  readonly tls: ReadonlyMap<string, readonly Finding[]>;
}

export function groupFindings(report: Report): FindingGroups {
  const byList = new Map<ConsoleList, Finding[]>();
  const project: Finding[] = [];
  const whitelist: Finding[] = [];
  const tls = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    if (finding.file === undefined) {
      const key = hostKey(finding.host ?? '?', finding.port);
      tls.set(key, [...(tls.get(key) ?? []), finding]);
    } else if (finding.file === report.whitelist.path) {
      whitelist.push(finding);
    } else if (finding.list) {
      byList.set(finding.list, [...(byList.get(finding.list) ?? []), finding]);
    } else {
      project.push(finding);
    }
  }
  return {
    byList: CONSOLE_LISTS.filter((l) => byList.has(l)).map((l) => [l, byList.get(l) ?? []] as const),
    project,
    whitelist,
    tls,
  };
}

export function hostKey(host: string, port: number | undefined): string {
  const shown = host.includes(':') ? `[${host}]` : host;
  return `${shown}:${port ?? 443}`;
}

export function place(file: string, line?: number, column?: number): string {
  if (line === undefined) return file;
  return column ? `${file}:${line}:${column}` : `${file}:${line}`;
}
