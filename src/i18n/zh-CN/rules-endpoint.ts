import type { rulesEndpoint as en } from '../en/rules-endpoint.js';

/** 简体中文消息：rules-endpoint。键与 ../en/rules-endpoint.ts 一致。 */
export const rulesEndpoint: Record<keyof typeof en, string> = {
  'rulesEndpoint.schemeNotSecure.description':
    '通过 http:// 或 ws:// 发起的调用在正式版中会失败：服务器域名只支持 https（request、uploadFile、downloadFile、web-view）和 wss（socket）。',
  'rulesEndpoint.schemeNotSecure.fix': '使用带有效证书的 https（socket 用 wss）提供该接口，并修改 URL。',
  'rulesEndpoint.schemeNotSecure.message':
    '{api} 通过 {scheme}:// 调用 {url}，{list} 列表从不允许该协议，正式版无法发出这个请求。请改用 {expected}:// 提供服务，并把 URL 改为 {suggestion}。',

  'rulesEndpoint.hostIsIp.description':
    '控制台只接受域名，因此对 IP 地址的调用永远无法加入白名单（局域网 IP 仅在开发时可用）。',
  'rulesEndpoint.hostIsIp.fix': '在已备案的域名下提供该接口，并调用该域名。',
  'rulesEndpoint.hostIsIp.messagePrivate':
    '{api} 调用局域网地址 {host} 上的 {url}。基础库 2.4.0 起开发版可以访问局域网 IP，但控制台无法配置 IP，因此正式版用户的这个请求会失败。仅用于开发的调用不要进入正式版；否则请改用域名提供服务。',
  'rulesEndpoint.hostIsIp.messagePublic':
    '{api} 调用 IP 地址 {host} 上的 {url}；控制台只接受域名，这个调用永远无法加入白名单。请在已备案的域名下提供服务并调用该域名。',

  'rulesEndpoint.hostIsLocalhost.description':
    '调用 localhost 或设备本机地址在小程序中永远无法成功，也无法加入白名单。',
  'rulesEndpoint.hostIsLocalhost.fix': '把开发地址换成正式域名，例如通过按环境区分的配置常量。',
  'rulesEndpoint.hostIsLocalhost.message':
    '{api} 调用 {url}：{host} 指向设备本身，小程序不能调用它，控制台也无法允许。这个开发地址会随版本发给用户；请改用正式域名。',

  'rulesEndpoint.forbiddenHost.description':
    '有些域名永远不能配置为服务器域名（微信的 api.weixin.qq.com、QQ 的 api.q.qq.com、百度的 openapi.baidu.com）：它们的接口需要只能保存在服务器上的密钥。',
  'rulesEndpoint.forbiddenHost.fix': '由你自己的服务器调用这些接口，小程序改为调用你的服务器。',
  'rulesEndpoint.forbiddenHost.message':
    '{api} 调用 {host}，{platform} 从不允许将其配置为服务器域名：它的接口需要 AppSecret 或 access_token，这些必须保存在你的服务器上。请把该调用移到后端，小程序改为调用你自己的域名。',

  'rulesEndpoint.portMismatch.description':
    '配置了端口的域名只允许该端口；未配置端口的域名不允许 URL 带任何端口，即使是 443（wss 允许任意端口）。',
  'rulesEndpoint.portMismatch.fix': '让 URL 的端口与白名单条目完全一致；通常就是去掉 :443。',
  'rulesEndpoint.portMismatch.defaultPortWithEntry':
    '{api} 调用 {url} 时写了 :443，但 {list} 条目 {entry} 没有端口，此时控制台拒绝任何显式端口，即使是默认端口。请从 URL 中去掉 :443（或同时把 {withPort} 加入 {list} 列表）。',
  'rulesEndpoint.portMismatch.defaultPortNoEntry':
    '{api} 调用 {url} 时写了 :443：不带端口的条目会拒绝它，带 :443 的条目又只允许这一种写法。请从 URL 中去掉 :443，并把 {portless} 加入 {list} 列表。',
  'rulesEndpoint.portMismatch.mismatchPort':
    '{api} 在端口 {port} 上调用 {url}，但 {list} 列表中 {host} 只有 {entries}，而配置了端口的条目只允许该端口。请改用其中之一，或把 {wanted} 加入 {list} 列表。',
  'rulesEndpoint.portMismatch.mismatchNoPort':
    '{api} 调用 {url} 时没有写端口，但 {list} 列表中 {host} 只有 {entries}，而配置了端口的条目只允许该端口。请在 URL 中写上端口，或把 {wanted} 加入 {list} 列表。',
  'rulesEndpoint.portMismatch.webview':
    '{api} 打开带端口 {port} 的 {url}，但业务域名不能带端口。请在默认的 https 端口上提供页面，并从 URL 中去掉 :{port}。',
  'rulesEndpoint.portMismatch.platformForbids':
    '{api} 调用带端口 {port} 的 {url}，但 {platform} 的服务器域名不能带端口。请使用默认端口提供服务，并从 URL 中去掉 :{port}。',

  'rulesEndpoint.wrongList.description':
    '每类接口有自己的控制台列表：为一种接口（request、uploadFile、downloadFile、socket、udp、tcp、web-view）配置的源地址不能用于另一种。',
  'rulesEndpoint.wrongList.fix': '把该源地址加入调用它的接口对应的列表。',
  'rulesEndpoint.wrongList.message':
    '{api} 调用 {url}；{host} 已配置在 {found} 列表中，但 {api} 按 {list} 列表校验。请在控制台（{consolePath}）和 {whitelistPath} 中把 {origin} 加入 {list} 列表。',

  'rulesEndpoint.notWhitelisted.description':
    '域名必须配置在调用它的接口对应的控制台列表中；在微信上域名须完全一致，父域名不覆盖子域名。',
  'rulesEndpoint.notWhitelisted.fix': '在控制台和提交的白名单文件中把该源地址加入对应列表。',
  'rulesEndpoint.notWhitelisted.message':
    '{api} 调用 {url}，但 {origin} 不在 {list} 列表中。请在控制台（{consolePath}）和 {whitelistPath} 中把 {origin} 加入 {list} 列表。',
  'rulesEndpoint.notWhitelisted.hintParent':
    '列表中有 {parent}，但在 {platform} 上父域名不覆盖子域名：必须配置该域名本身。',
  'rulesEndpoint.notWhitelisted.hintSibling': '最接近的条目是 {closest}；域名须完全一致。',

  'rulesEndpoint.unresolvedUrl.description': 'URL 只有运行时才能确定的网络调用无法与白名单核对。',
  'rulesEndpoint.unresolvedUrl.fix':
    '用本工具能读取的常量或配置模块构造 URL，或确保它可能访问的每个域名都已加入白名单。',
  'rulesEndpoint.unresolvedUrl.message':
    '{api} 的 URL 在运行时才确定（{reason}）：{expression}。mp-domain-guard 无法核对它；请确保它可能访问的每个域名都在 {list} 列表中，或改用常量构造 URL。',
  'rulesEndpoint.unresolvedUrl.reason.runtimeValue': '来自参数、服务器响应或用户输入',
  'rulesEndpoint.unresolvedUrl.reason.extConfig': '来自第三方平台的 ext.json，不在本仓库中',
  'rulesEndpoint.unresolvedUrl.reason.unknownImport': '从项目外的模块导入，或找不到该模块',
  'rulesEndpoint.unresolvedUrl.reason.tooComplex': '表达式过于复杂，无法追踪',

  'rulesEndpoint.urlCheckDisabled.description':
    'urlCheck: false 会让开发者工具跳过域名、web-view、TLS 和证书校验，白名单错误只会在正式版中暴露。',
  'rulesEndpoint.urlCheckDisabled.fix': '测试候选正式版时把 urlCheck 改回 true，并在 CI 中持续检查白名单。',
  'rulesEndpoint.urlCheckDisabled.message':
    '{file} 中 {key} 为 false：开发者工具和调试模式下的手机会跳过域名、业务域名、TLS 和证书校验，缺少的白名单条目只会在正式版中失败。测试候选正式版前请重新打开它。',

  'rulesEndpoint.whitelistInvalid.description': '提交的白名单文件必须可读，且只包含控制台会接受的条目。',
  'rulesEndpoint.whitelistInvalid.fix': '按提示修正该行，使文件与控制台中的配置一致。',

  'rulesEndpoint.whitelistUnused.description':
    '项目中没有任何调用使用的白名单条目会占用有限的控制台名额，还可能指向已下线的服务器。',
  'rulesEndpoint.whitelistUnused.fix': '从控制台和白名单文件中删除该条目，除非某个运行时构造的 URL 需要它。',
  'rulesEndpoint.whitelistUnused.message':
    '{origin} 在 {path} 的 {list} 列表中，但项目中没有任何调用使用它。如果不再需要，请从控制台（{consolePath}）和该文件中删除它。',
  'rulesEndpoint.whitelistUnused.hintUnresolved':
    '该列表中有 {count} 个调用的 URL 在运行时才确定；删除前请确认它们都不需要该条目。',

  'rulesEndpoint.console.wechat.server': '开发管理 → 开发设置 → 服务器域名',
  'rulesEndpoint.console.wechat.business': '开发管理 → 开发设置 → 业务域名',
  'rulesEndpoint.console.alipay.server':
    '开放平台控制台 → 小程序详情 → 开发 → 开发设置 → 服务器域名白名单；修改后需重新上传构建新版本',
  'rulesEndpoint.console.alipay.webview': '开放平台控制台 → H5（web-view）域名白名单',
  'rulesEndpoint.console.douyin.server': '开发者平台 → 开发 → 开发配置 → 域名管理',
  'rulesEndpoint.console.douyin.business': '开发者平台 → 业务域名',
  'rulesEndpoint.console.baidu.server': '智能小程序后台 → 设置 → 开发设置 → 服务器域名',
  'rulesEndpoint.console.qq.server': 'QQ 小程序管理后台 → 开发设置 → 服务器域名',
  'rulesEndpoint.console.unknown': '平台控制台',
};
