import type { ConsoleList } from './lists.js';
import type { SourceLocation } from './location.js';

/**
 * A network endpoint the mini program calls at run time, with the console list it needs.
 * `file`/`line` are where the call happens; `definedAt` is where the URL was written when that is elsewhere.
 */
export interface Endpoint {
  /** The URL as written, or as resolved from constants, concatenation and imports. */
  readonly url: string;
  /** `scheme://host[:port]` exactly as the console would hold it (port only when written). */
  readonly origin: string;
  /** Lower-case scheme without `:` (https, http, wss, ws, udp, tcp). */
  readonly scheme: string;
  /** Lower-case host; IDN in punycode; IPv6 without brackets. */
  readonly host: string;
  /** Only when the URL writes a port. */
  readonly port?: number;
  readonly list: ConsoleList;
  /** The API that makes the call, as written in the source (`wx.request`, `uni.uploadFile`, `<web-view src>`). */
  readonly api: string;
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  readonly definedAt?: SourceLocation;
}

/** A call whose URL is only known at run time: reported, never dropped. */
export interface UnresolvedCall {
  readonly api: string;
  readonly list: ConsoleList;
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  /** A short excerpt of the expression that could not be resolved. */
  readonly expression: string;
  /** Why it could not be resolved (a message key of the engine area, e.g. `engine.unresolved.runtimeValue`). */
  readonly reason: UnresolvedReason;
}

export type UnresolvedReason =
  | 'runtime-value' // a parameter, a server response, user input
  | 'ext-config' // read from ext.json of a third-party platform (getExtConfigSync)
  | 'unknown-import' // imported from a module outside the project or not found
  | 'too-complex'; // resolution gave up (depth or size bound)

/** A project setting that hides domain problems in the developer tools. */
export interface UrlCheckDisabled {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  /** The key path as written, e.g. `setting.urlCheck` or `mp-weixin.setting.urlCheck`. */
  readonly key: string;
}

/** A file the extractor did not read, and why. */
export interface SkippedFile {
  readonly file: string;
  readonly reason: 'too-large' | 'minified' | 'binary' | 'unreadable' | 'parse-error';
  readonly detail?: string;
}
