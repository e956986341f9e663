import type { ConsoleList } from '../model/lists.js';
import type { VerifyFile } from '../model/whitelist.js';

/** One host:port to probe, with the lists it serves and (web-view) the verification file to fetch. */
export interface ProbeTarget {
  /** As given: an origin (`https://api.example.com`) or a host (`api.example.com:8443`). */
  readonly target: string;
  /** Lower-case host name (punycode) or IP address without brackets. */
  readonly host: string;
  readonly port: number;
  readonly lists: readonly ConsoleList[];
  readonly verifyFile?: VerifyFile;
}
