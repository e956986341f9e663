import type { Citation } from '../rules/types.js';

/** Official pages behind the static rules, each with where platform-rules.md records the fact. */
const NETWORK_GUIDE = 'https://developers.weixin.qq.com/miniprogram/dev/framework/ability/network.html';
const MODIFY_DOMAIN =
  'https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/domain-management/modifyServerDomain';

export const CITATIONS = {
  secureSchemes: {
    title: 'WeChat network guide: server domains take https and wss only',
    url: NETWORK_GUIDE,
    reference: 'platform-rules.md §0 rule 1, §1.1',
  },
  noIpNoLocalhost: {
    title: 'WeChat network guide: no IP address (LAN IP excepted) and no localhost',
    url: NETWORK_GUIDE,
    reference: 'platform-rules.md §0 rule 2, §1.1',
  },
  ports: {
    title: 'WeChat network guide: configured ports, the :443 rule, wss any port',
    url: NETWORK_GUIDE,
    reference: 'platform-rules.md §0 rule 3, §1.1, §1.3 (business domain: no port), §2.3 (Baidu: no port)',
  },
  forbiddenHosts: {
    title: 'WeChat network guide: api.weixin.qq.com cannot be a server domain',
    url: NETWORK_GUIDE,
    reference: 'platform-rules.md §0 rule 5, §1.1, §2.3, §2.4',
  },
  exactHost: {
    title: 'WeChat network guide: parent domains are not supported, configure the subdomain',
    url: NETWORK_GUIDE,
    reference: 'platform-rules.md §0 rule 4, §1.1, §1.2, §1.3, §2.1 (Alipay matches the first-level domain)',
  },
  listPerApi: {
    title: 'WeChat modify_domain: one list per API family',
    url: MODIFY_DOMAIN,
    reference: 'platform-rules.md §0 rule 6, §1.2, §1.4',
  },
  dynamicUrls: {
    title: 'WeChat network guide: every domain must be configured before the call',
    url: NETWORK_GUIDE,
    reference: 'platform-rules.md §4 item 4',
  },
  urlCheck: {
    title: 'WeChat devtools project configuration: setting.urlCheck',
    url: 'https://developers.weixin.qq.com/miniprogram/dev/devtools/projectconfig.html',
    reference: 'platform-rules.md §0 rule 10, §1.5',
  },
  consoleEntries: {
    title: 'WeChat modify_domain: entry format, 200 per list, no IP, api.weixin.qq.com refused',
    url: MODIFY_DOMAIN,
    reference: 'platform-rules.md §1.1, §1.3, §1.4',
  },
  changeBudget: {
    title: 'WeChat modify_domain: up to 200 domains per list, limited changes per month',
    url: MODIFY_DOMAIN,
    reference: 'platform-rules.md §0 rule 9, §1.4',
  },
} as const satisfies Record<string, Citation>;
