import type { MessageKey } from '../i18n/catalog.js';
import type { ConsoleList } from '../model/lists.js';
import type { Platform } from '../model/whitelist.js';

/**
 * How a platform compares a URL's host with a whitelist entry:
 * - `exact`: the host must be listed itself; a parent domain covers nothing (WeChat, platform-rules.md §1.1).
 * - `registrable-domain`: an entry covers every host of its first-level domain (Alipay, §2.1).
 */
export type HostMatching = 'exact' | 'registrable-domain';

/**
 * What a port written in a URL or an entry means for the https lists:
 * - `exact`: a configured port pins the URL to that port; with no port configured the URL may carry none, not
 *   even `:443` (WeChat, Douyin mini apps, QQ: §1.1, §2.2, §2.4).
 * - `forbidden`: neither entries nor URLs may carry a port (Baidu, §2.3).
 * - `undocumented`: the platform says nothing; ports are not judged (Alipay, §2.5).
 */
export type PortPolicy = 'exact' | 'forbidden' | 'undocumented';

/** Where a console list is edited, as a catalog key of the rules-endpoint area. */
export type ConsolePathKey = Extract<MessageKey, `rulesEndpoint.console.${string}`>;

export interface PlatformCitation {
  readonly title: string;
  readonly url: string;
  readonly reference: string;
}

/** The domain facts of one mini program platform, each traced to platform-rules.md. */
export interface PlatformFacts {
  readonly id: Platform;
  /** Display name, the same in every language. */
  readonly name: string;
  /**
   * For every list an API may need: the console list whose entries allow it, or `undefined` when the platform
   * documents no whitelist for that API (then nothing is judged). Alipay has one server whitelist for
   * `my.request` and `my.uploadFile`, so its uploadFile maps to request.
   */
  readonly listFor: Readonly<Record<ConsoleList, ConsoleList | undefined>>;
  /** Hosts that can never be server domains. */
  readonly forbiddenHosts: readonly string[];
  readonly hostMatching: HostMatching;
  /** Port rule for the https lists (request, uploadFile, downloadFile). */
  readonly portPolicy: PortPolicy;
  /** True when a wss entry allows every port of its domain, so socket ports are never compared. */
  readonly socketAnyPort: boolean;
  /** Most entries the console takes per list, where the platform documents a figure. */
  readonly maxEntries: Readonly<Partial<Record<ConsoleList, number>>>;
  /** Hosts a <web-view> may open without a business-domain entry (the platform's own article pages). */
  readonly webviewExemptHosts: readonly string[];
  /** Where each list is edited in the platform's console. */
  readonly consolePath: Readonly<Partial<Record<ConsoleList, ConsolePathKey>>>;
  readonly citation: PlatformCitation;
}

const WECHAT_NETWORK_URL = 'https://developers.weixin.qq.com/miniprogram/dev/framework/ability/network.html';

const allLists = (
  overrides: Partial<Record<ConsoleList, ConsoleList | undefined>> = {},
): Record<ConsoleList, ConsoleList | undefined> => ({
  request: 'request',
  uploadFile: 'uploadFile',
  downloadFile: 'downloadFile',
  socket: 'socket',
  udp: 'udp',
  tcp: 'tcp',
  webview: 'webview',
  ...overrides,
});

const serverPaths = (key: ConsolePathKey): Partial<Record<ConsoleList, ConsolePathKey>> => ({
  request: key,
  uploadFile: key,
  downloadFile: key,
  socket: key,
  udp: key,
  tcp: key,
});

export const PLATFORM_FACTS: Readonly<Record<Platform, PlatformFacts>> = {
  wechat: {
    id: 'wechat',
    name: 'WeChat',
    listFor: allLists(),
    forbiddenHosts: ['api.weixin.qq.com'],
    hostMatching: 'exact',
    portPolicy: 'exact',
    socketAnyPort: true,
    // 200 per server list (modify_domain, §1.4); 300 business domains per mini program (§1.3).
    maxEntries: {
      request: 200,
      uploadFile: 200,
      downloadFile: 200,
      socket: 200,
      udp: 200,
      tcp: 200,
      webview: 300,
    },
    // Articles of the associated official account open without a business domain (§1.3, §0 rule 8).
    webviewExemptHosts: ['mp.weixin.qq.com'],
    consolePath: {
      ...serverPaths('rulesEndpoint.console.wechat.server'),
      webview: 'rulesEndpoint.console.wechat.business',
    },
    citation: {
      title: 'WeChat network guide: server domains',
      url: WECHAT_NETWORK_URL,
      reference: 'platform-rules.md §1.1',
    },
  },
  alipay: {
    id: 'alipay',
    name: 'Alipay',
    // One server whitelist covers my.request and my.uploadFile; <web-view> has its own (§2.1).
    listFor: allLists({
      uploadFile: 'request',
      downloadFile: undefined,
      socket: undefined,
      udp: undefined,
      tcp: undefined,
    }),
    forbiddenHosts: [],
    hostMatching: 'registrable-domain',
    portPolicy: 'undocumented',
    socketAnyPort: true,
    maxEntries: {},
    webviewExemptHosts: [],
    consolePath: {
      request: 'rulesEndpoint.console.alipay.server',
      uploadFile: 'rulesEndpoint.console.alipay.server',
      webview: 'rulesEndpoint.console.alipay.webview',
    },
    citation: {
      title: 'Alipay mini program: server domain whitelist',
      url: 'https://opendocs.alipay.com/mini/008gq6',
      reference: 'platform-rules.md §2.1',
    },
  },
  douyin: {
    id: 'douyin',
    name: 'Douyin',
    listFor: allLists({ udp: undefined, tcp: undefined }),
    forbiddenHosts: [],
    hostMatching: 'exact',
    portPolicy: 'exact',
    socketAnyPort: true,
    // The third-party modify_webview_domain API takes at most 20 (§2.2); server lists have no documented figure.
    maxEntries: { webview: 20 },
    webviewExemptHosts: [],
    consolePath: {
      ...serverPaths('rulesEndpoint.console.douyin.server'),
      webview: 'rulesEndpoint.console.douyin.business',
    },
    citation: {
      title: 'Douyin mini app: network',
      url: 'https://developer.open-douyin.com/docs/resource/zh-CN/mini-app/develop/api/network/network',
      reference: 'platform-rules.md §2.2',
    },
  },
  baidu: {
    id: 'baidu',
    name: 'Baidu',
    listFor: allLists({ udp: undefined, tcp: undefined, webview: undefined }),
    forbiddenHosts: ['openapi.baidu.com'],
    hostMatching: 'exact',
    portPolicy: 'forbidden',
    socketAnyPort: false,
    maxEntries: { request: 20, uploadFile: 20, downloadFile: 20, socket: 20 },
    webviewExemptHosts: [],
    consolePath: serverPaths('rulesEndpoint.console.baidu.server'),
    citation: {
      title: 'Baidu smart mini program: usage notes (server domains)',
      url: 'https://w3cschool.cn/baiduapp/baiduapp-yb1m39lx.html',
      reference: 'platform-rules.md §2.3',
    },
  },
  qq: {
    id: 'qq',
    name: 'QQ',
    listFor: allLists({ udp: undefined, tcp: undefined, webview: undefined }),
    forbiddenHosts: ['api.q.qq.com'],
    hostMatching: 'exact',
    portPolicy: 'exact',
    socketAnyPort: true,
    maxEntries: { request: 20, uploadFile: 20, downloadFile: 20, socket: 20 },
    webviewExemptHosts: [],
    consolePath: serverPaths('rulesEndpoint.console.qq.server'),
    citation: {
      title: 'QQ mini program: server address configuration',
      url: 'https://sp.q.qq.com/wiki/mini_programs/Server_Address_Configuration.html',
      reference: 'platform-rules.md §2.4',
    },
  },
};

export function platformFacts(platform: Platform): PlatformFacts {
  return PLATFORM_FACTS[platform];
}

/** The console lists a platform actually has (the targets of `listFor`), in console order. */
export function platformLists(platform: Platform): readonly ConsoleList[] {
  const facts = PLATFORM_FACTS[platform];
  const lists = new Set<ConsoleList>();
  for (const target of Object.values(facts.listFor)) if (target) lists.add(target);
  return [...lists];
}

/** Every host any platform forbids, with the platform that forbids it. */
export function forbiddenHostPlatform(host: string): Platform | undefined {
  for (const facts of Object.values(PLATFORM_FACTS)) if (facts.forbiddenHosts.includes(host)) return facts.id;
  return undefined;
}
