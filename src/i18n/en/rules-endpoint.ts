/** English messages: rules-endpoint. Keys must match ../zh-CN/rules-endpoint.ts (checked by the compiler and a test). */
export const rulesEndpoint = {
  'rulesEndpoint.schemeNotSecure.description':
    'Calls over http:// or ws:// fail in release builds: server domains take only https (request, uploadFile, downloadFile, web-view) and wss (socket).',
  'rulesEndpoint.schemeNotSecure.fix':
    'Serve the endpoint over https (wss for sockets) with a valid certificate and change the URL.',
  'rulesEndpoint.schemeNotSecure.message':
    '{api} calls {url} over {scheme}://, which the {list} list never allows, so a release build cannot make this call. Serve it over {expected}:// and change the URL to {suggestion}.',

  'rulesEndpoint.hostIsIp.description':
    'The console takes domain names only, so a call to an IP address can never be whitelisted (a LAN IP works in development only).',
  'rulesEndpoint.hostIsIp.fix':
    'Serve the endpoint under a domain name with an ICP filing and call that name.',
  'rulesEndpoint.hostIsIp.messagePrivate':
    '{api} calls {url} at the LAN address {host}. Base library 2.4.0 and later let development builds reach LAN IPs, but no console entry can hold an IP, so this call fails for the users of a release build. Keep development-only calls out of the release build; otherwise serve it under a domain name.',
  'rulesEndpoint.hostIsIp.messagePublic':
    '{api} calls {url} at the IP address {host}; the console takes domain names only, so this call can never be whitelisted. Serve it under a domain name with an ICP filing and call that name.',

  'rulesEndpoint.hostIsLocalhost.description':
    "Calls to localhost or the device's own address never work in a mini program and cannot be whitelisted.",
  'rulesEndpoint.hostIsLocalhost.fix':
    'Replace the development address with the production domain, for example through a per-environment config constant.',
  'rulesEndpoint.hostIsLocalhost.message':
    '{api} calls {url}: {host} is the device itself, which a mini program may not call and no console entry can allow. This development address would ship to users; use the production domain.',

  'rulesEndpoint.forbiddenHost.description':
    'Some hosts can never be server domains (api.weixin.qq.com on WeChat, api.q.qq.com on QQ, openapi.baidu.com on Baidu): their APIs need secrets that must stay on a server.',
  'rulesEndpoint.forbiddenHost.fix':
    'Call these APIs from your own server and let the mini program call your server instead.',
  'rulesEndpoint.forbiddenHost.message':
    '{api} calls {host}, which {platform} never allows as a server domain: its APIs need the AppSecret or an access token, which must stay on your server. Move this call to your backend and call your own domain from the mini program.',

  'rulesEndpoint.portMismatch.description':
    'A configured port pins a domain to exactly that port, and a domain configured without one allows no explicit port, not even :443 (wss allows any port).',
  'rulesEndpoint.portMismatch.fix':
    'Write the URL with exactly the port of its whitelist entry; usually that means dropping :443.',
  'rulesEndpoint.portMismatch.defaultPortWithEntry':
    '{api} calls {url} with :443 written, but the {list} entry {entry} has no port, and then the console refuses any explicit port, even the default one. Remove :443 from the URL (or add {withPort} to the {list} list as well).',
  'rulesEndpoint.portMismatch.defaultPortNoEntry':
    '{api} calls {url} with :443 written: an entry without a port would refuse it, and one with :443 would allow only that spelling. Remove :443 from the URL and add {portless} to the {list} list.',
  'rulesEndpoint.portMismatch.mismatchPort':
    '{api} calls {url} on port {port}, but the {list} list holds {host} only as {entries}, and a configured port allows exactly that port. Call one of those, or add {wanted} to the {list} list.',
  'rulesEndpoint.portMismatch.mismatchNoPort':
    '{api} calls {url} without a port, but the {list} list holds {host} only as {entries}, and a configured port allows exactly that port. Write the port into the URL, or add {wanted} to the {list} list.',
  'rulesEndpoint.portMismatch.webview':
    '{api} opens {url} with port {port}, but a business domain cannot carry a port. Serve the pages on the default https port and drop :{port} from the URL.',
  'rulesEndpoint.portMismatch.platformForbids':
    '{api} calls {url} with port {port}, but {platform} server domains cannot carry a port. Serve it on the default port and drop :{port} from the URL.',

  'rulesEndpoint.wrongList.description':
    'Each API family has its own console list: an origin whitelisted for one API (request, uploadFile, downloadFile, socket, udp, tcp, web-view) does not allow another.',
  'rulesEndpoint.wrongList.fix': 'Add the origin to the list of the API that calls it.',
  'rulesEndpoint.wrongList.message':
    '{api} calls {url}; {host} is whitelisted in the {found} list, but {api} is checked against the {list} list. Add {origin} to the {list} list in the console under {consolePath}, and in {whitelistPath}.',

  'rulesEndpoint.notWhitelisted.description':
    'A domain must be in the console list of the API that calls it; on WeChat hosts match exactly and a parent domain covers nothing.',
  'rulesEndpoint.notWhitelisted.fix':
    'Add the origin to that list in the console and to the committed whitelist file.',
  'rulesEndpoint.notWhitelisted.message':
    '{api} calls {url}, but {origin} is not in the {list} list. Add {origin} to the {list} list in the console under {consolePath}, and in {whitelistPath}.',
  'rulesEndpoint.notWhitelisted.hintParent':
    '{parent} is listed, but on {platform} a parent domain covers nothing: the host itself must be listed.',
  'rulesEndpoint.notWhitelisted.hintSibling': 'The closest entry is {closest}; hosts are matched exactly.',

  'rulesEndpoint.unresolvedUrl.description':
    'A network call whose URL is only known at run time cannot be checked against the whitelist.',
  'rulesEndpoint.unresolvedUrl.fix':
    'Build the URL from a constant or a config module the tool can read, or make sure every host it can take is whitelisted.',
  'rulesEndpoint.unresolvedUrl.message':
    '{api} gets its URL at run time ({reason}): {expression}. mp-domain-guard cannot check it; make sure every host it can reach is in the {list} list, or build the URL from a constant.',
  'rulesEndpoint.unresolvedUrl.reason.runtimeValue': 'a parameter, a server response or user input',
  'rulesEndpoint.unresolvedUrl.reason.extConfig':
    'ext.json of a third-party platform, which is not in the repository',
  'rulesEndpoint.unresolvedUrl.reason.unknownImport':
    'imported from a module outside the project, or not found',
  'rulesEndpoint.unresolvedUrl.reason.tooComplex': 'the expression is too complex to follow',

  'rulesEndpoint.urlCheckDisabled.description':
    'urlCheck: false makes the developer tools skip the domain, web-view, TLS and certificate checks, so whitelist mistakes show only in release builds.',
  'rulesEndpoint.urlCheckDisabled.fix':
    'Set urlCheck back to true when testing a release candidate, and keep the whitelist checked in CI.',
  'rulesEndpoint.urlCheckDisabled.message':
    '{key} is false in {file}: the developer tools and phones in debug mode skip the domain, business-domain, TLS and certificate checks, so a missing whitelist entry fails only in the release build. Turn it back on before testing a release candidate.',

  'rulesEndpoint.whitelistInvalid.description':
    'The committed whitelist file must be readable and hold only entries the console would accept.',
  'rulesEndpoint.whitelistInvalid.fix':
    'Fix the line as the message says, so that the file mirrors what the console holds.',

  'rulesEndpoint.whitelistUnused.description':
    'A whitelist entry that no call in the project uses takes one of the limited console slots and may point at a retired server.',
  'rulesEndpoint.whitelistUnused.fix':
    'Remove the entry from the console and from the whitelist file, unless a URL built at run time needs it.',
  'rulesEndpoint.whitelistUnused.message':
    '{origin} is in the {list} list of {path}, but no call in the project uses it. If it is no longer needed, remove it from the file and from the console under {consolePath}.',
  'rulesEndpoint.whitelistUnused.hintUnresolved':
    'Calls of this list whose URL is known only at run time: {count}; check that none of them needs it first.',

  'rulesEndpoint.console.wechat.server':
    'Development Management → Development Settings → Server Domains (开发管理 → 开发设置 → 服务器域名)',
  'rulesEndpoint.console.wechat.business':
    'Development Management → Development Settings → Business Domains (开发管理 → 开发设置 → 业务域名)',
  'rulesEndpoint.console.alipay.server':
    'Open Platform console → mini program details → Development → Development Settings → Server Domain Whitelist (服务器域名白名单); upload a new build afterwards',
  'rulesEndpoint.console.alipay.webview': 'Open Platform console → the H5 (web-view) domain whitelist',
  'rulesEndpoint.console.douyin.server':
    'Developer Platform → Development → Development Configuration → Domain Management (开发 → 开发配置 → 域名管理)',
  'rulesEndpoint.console.douyin.business': 'Developer Platform → business domains (业务域名)',
  'rulesEndpoint.console.baidu.server':
    'Smart mini program console → Settings → Development Settings → Server Domains (设置 → 开发设置 → 服务器域名)',
  'rulesEndpoint.console.qq.server':
    'QQ mini program console → Development Settings → Server Domains (服务器域名)',
  'rulesEndpoint.console.unknown': 'the platform console',
} as const satisfies Record<string, string>;
