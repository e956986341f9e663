/**
 * The console lists a WeChat mini program's network traffic is checked against: one per API family, plus the
 * business-domain list for <web-view> (platform-rules.md §1.2, §1.4).
 */
export const CONSOLE_LISTS = [
  'request',
  'uploadFile',
  'downloadFile',
  'socket',
  'udp',
  'tcp',
  'webview',
] as const;
export type ConsoleList = (typeof CONSOLE_LISTS)[number];

export function isConsoleList(value: string): value is ConsoleList {
  return (CONSOLE_LISTS as readonly string[]).includes(value);
}

/** The field of WeChat's modify_domain / setwebviewdomain APIs that carries each list. */
export const MODIFY_DOMAIN_FIELD: Readonly<Record<ConsoleList, string>> = {
  request: 'requestdomain',
  socket: 'wsrequestdomain',
  uploadFile: 'uploaddomain',
  downloadFile: 'downloaddomain',
  udp: 'udpdomain',
  tcp: 'tcpdomain',
  webview: 'webviewdomain',
};

/** Schemes the console accepts in each list. */
export const LIST_SCHEMES: Readonly<Record<ConsoleList, readonly string[]>> = {
  request: ['https'],
  uploadFile: ['https'],
  downloadFile: ['https'],
  socket: ['wss'],
  udp: ['udp'],
  tcp: ['tcp'],
  webview: ['https'],
};

/** Lists whose entries are served over TLS by an HTTPS origin (probe, redirect and HSTS checks apply). */
export const HTTPS_LISTS: readonly ConsoleList[] = ['request', 'uploadFile', 'downloadFile', 'webview'];
