import type { ConsoleList } from '../model/lists.js';

/**
 * The platform API objects whose network calls need a console entry (platform-rules.md §1.2, §2, §3).
 * `Taro` and `uni` compile to the target platform's own object, so their calls count the same way; WePY 1
 * promisifies the `wx` APIs onto its `wepy` object (`wepy.request`).
 */
export const API_HOSTS: ReadonlySet<string> = new Set([
  'wx',
  'uni',
  'Taro',
  'my',
  'tt',
  'swan',
  'qq',
  'wepy',
]);

/** How an API call names its URL and which console list it needs. */
export interface ApiSpec {
  readonly list: ConsoleList;
  /** The option that carries the URL. */
  readonly urlKey: string;
}

/** Network APIs by method name (platform-rules.md §1.2: getImageInfo on a network image needs downloadFile). */
const URL_APIS: Readonly<Record<string, ApiSpec>> = {
  request: { list: 'request', urlKey: 'url' },
  // Alipay's deprecated name for my.request (platform-rules.md §2.1).
  httpRequest: { list: 'request', urlKey: 'url' },
  uploadFile: { list: 'uploadFile', urlKey: 'url' },
  downloadFile: { list: 'downloadFile', urlKey: 'url' },
  getImageInfo: { list: 'downloadFile', urlKey: 'src' },
  connectSocket: { list: 'socket', urlKey: 'url' },
};

export function urlApi(method: string): ApiSpec | undefined {
  return Object.hasOwn(URL_APIS, method) ? URL_APIS[method] : undefined;
}

/** Factories of socket objects whose own methods take a host: `createUDPSocket().send({address, port})`. */
export const SOCKET_FACTORIES: Readonly<
  Record<string, { protocol: 'udp' | 'tcp'; methods: readonly string[] }>
> = {
  createUDPSocket: { protocol: 'udp', methods: ['send', 'write'] },
  createTCPSocket: { protocol: 'tcp', methods: ['connect'] },
};

/** Modules that export a platform API object (`import Taro from '@tarojs/taro'`). */
export const HOST_MODULES: Readonly<Record<string, string>> = {
  '@tarojs/taro': 'Taro',
  '@tarojs/taro-h5': 'Taro',
  wepy: 'wepy',
};

/** Modules of HTTP client libraries whose instances end in `wx.request` in a mini program. */
export const CLIENT_MODULES: Readonly<Record<string, 'axios' | 'fly' | 'luch'>> = {
  axios: 'axios',
  'axios-miniprogram': 'axios',
  'taro-axios': 'axios',
  '@uni-helper/axios-adapter': 'axios',
  flyio: 'fly',
  'flyio/dist/npm/wx': 'fly',
  'flyio/dist/npm/fly': 'fly',
  'luch-request': 'luch',
};

/** Client instance methods whose first argument is the URL. */
export const CLIENT_URL_METHODS: ReadonlySet<string> = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'options',
  'upload',
  'download',
]);

/** Template and JSX tags that open a web page (the business-domain list). */
export function isWebViewTag(name: string): boolean {
  const n = name.toLowerCase().replace(/-/g, '');
  return n === 'webview';
}

/**
 * Text whose absence proves a file cannot contain an endpoint by itself (see prefilter.ts): a URL, a platform
 * API object, an env lookup, a client library, a web-view, ext config, an interceptor or the App object.
 */
export const TRIGGER =
  /:\/\/|\b(?:wx|uni|tt|swan|qq|wepy|Taro)\b|\bmy\s*(?:\?\.|\.|\[)|process\.env|import\.meta|\baxios\b|\bflyio\b|\bFly\b|luch-request|web-?view|WebView|getExtConfig|addInterceptor|\bgetApp\b/i;
