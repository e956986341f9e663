import type { ConsoleList } from './lists.js';

export const PLATFORMS = ['wechat', 'alipay', 'douyin', 'baidu', 'qq'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** A business-domain verification file the probe fetches from the domain root. */
export interface VerifyFile {
  readonly name: string;
  /** Expected content, when known; otherwise only presence is checked. */
  readonly content?: string;
}

/** One console entry, normalised the way the console holds it. */
export interface WhitelistEntry {
  readonly list: ConsoleList;
  /** `scheme://host[:port]`, lower-case, punycode, as the console would show it. */
  readonly origin: string;
  readonly scheme: string;
  readonly host: string;
  readonly port?: number;
  /** The text as written in the file. */
  readonly raw: string;
  /** Where the entry is written (1-based). */
  readonly line: number;
  readonly column: number;
  readonly verifyFile?: VerifyFile;
}

/** The committed mirror of the console. Only valid entries are here; the rest are reported as problems. */
export interface Whitelist {
  /** Repository-relative path of the file it was read from. */
  readonly path: string;
  readonly platform: Platform;
  readonly format: 'yaml' | 'modify-domain-json';
  readonly entries: readonly WhitelistEntry[];
}

/** Something wrong in the whitelist file, with where it is. Becomes a `whitelist-invalid` finding. */
export interface WhitelistProblem {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  /** Catalog key (whitelist area) and its parameters. */
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** The list it concerns, when known. */
  readonly list?: ConsoleList;
  readonly raw?: string;
}
