import type { whitelist as en } from '../en/whitelist.js';

/** 简体中文消息：whitelist。键与 ../en/whitelist.ts 一致。 */
export const whitelist: Record<keyof typeof en, string> = {
  'whitelist.syntax': 'YAML 语法错误：{detail}。请修正这一行；文件中其他条目已照常读取。',
  'whitelist.tooLarge':
    '白名单文件长 {size} 个字符，上限为 {limit}。控制台的镜像最多几百行：请确认 {path} 是正确的文件。',
  'whitelist.tooDeep':
    '文件中的括号嵌套了 {depth} 层（上限为 {limit}）；白名单只是一层列表映射，因此未读取该文件。',
  'whitelist.unreadable': '无法按 YAML 或 JSON 读取白名单文件（{detail}）。',
  'whitelist.empty':
    '白名单文件为空。请为每个控制台列表写一个键，例如先写 “request:”，下一行写 “  - https://api.example.com”。',
  'whitelist.notMapping':
    '顶层必须是从控制台列表（request、uploadFile、downloadFile、socket、udp、tcp、webview）到条目的映射，而不是 {found}。',
  'whitelist.duplicateKey':
    '键 “{key}” 写了两次（第一次在第 {firstLine} 行）；两处都已读取，但请每个键只保留一个列表，使文件与控制台一一对应。',
  'whitelist.unknownKey': '未知的键 “{key}”，已忽略。有效的键：{valid}。',
  'whitelist.unknownKeySuggest': '未知的键 “{key}”，已忽略。是否想写 “{suggestion}”？',
  'whitelist.alias': '白名单中不读取 YAML 别名（*name）：请完整写出该条目，使每个控制台条目都清晰可见。',
  'whitelist.notList': '“{key}” 必须是条目列表（每行一个 “- 条目”），而不是 {found}。',
  'whitelist.entryNotString': '{list} 列表的条目必须是字符串，例如 {example}，而不是 {found}。',
  'whitelist.webviewEntryType':
    'webview 条目必须是字符串（如 https://h5.example.com），或包含 origin、verifyFile、verifyContent 的映射，而不是 {found}。',
  'whitelist.webviewMissingOrigin':
    '该 webview 条目缺少 “origin”；请添加一行，例如 “origin: https://h5.example.com”。',
  'whitelist.webviewUnknownField':
    'webview 条目中有未知字段 “{field}”，已忽略。有效字段：origin、verifyFile、verifyContent。',
  'whitelist.fieldNotString': '字段 “{field}” 必须是字符串，而不是 {found}。',
  'whitelist.verifyFileName':
    'verifyFile “{value}” 不是域名根目录下的文件名；控制台给出的文件名形如 6ynZPDvfTF.txt。',
  'whitelist.verifyContentWithoutFile':
    '设置了 verifyContent 却没有设置 verifyFile：请写上控制台给出的校验文件名（例如 verifyFile: 6ynZPDvfTF.txt）。',
  'whitelist.platformInvalid': '未知平台 “{value}”，将按 wechat 处理。有效平台：{valid}。',
  'whitelist.entryTooLong': '该条目长 {length} 个字符，上限为 {limit}，不可能是控制台条目。',
  'whitelist.missingScheme': '“{raw}” 缺少协议；{list} 列表的条目应写成 {suggestion} 这样的形式。',
  'whitelist.malformed': '“{raw}” 不是合法的源地址；请把 {list} 条目写成 {example} 的形式。',
  'whitelist.wrongScheme':
    '“{raw}” 使用 {scheme}://，但 {list} 列表只接受 {expected}:// 条目；请写成 {suggestion}，并以该协议提供服务。',
  'whitelist.hasUserinfo': '“{raw}” 在 “@” 前含有用户名；控制台只接受源地址：请写成 {suggestion}。',
  'whitelist.hasPath':
    '“{raw}” 含有路径、查询或片段（“{extra}”）；控制台只接受 scheme://host[:port]：请写成 {suggestion}。',
  'whitelist.badHost': '“{raw}”：“{host}” 不是控制台可以接受的域名。',
  'whitelist.wildcard': '“{raw}”：不支持通配符；域名按完全一致匹配，父域名不覆盖子域名，请逐个列出每个域名。',
  'whitelist.ip': '“{raw}”：{host} 是 IP 地址；控制台只接受已备案的域名。',
  'whitelist.localhost': '“{raw}”：{host} 指向设备本身；控制台不接受 localhost。',
  'whitelist.forbiddenHost':
    '“{raw}”：{platform} 永远不允许把 {host} 配置为服务器域名；请改由你自己的服务器调用它。',
  'whitelist.badPort': '“{raw}”：端口 “{port}” 不是 1 到 65535 之间的数字。',
  'whitelist.portNotAllowedWebview':
    '“{raw}”：业务域名不能带端口；请写成 {suggestion}，并在 443 端口提供页面。',
  'whitelist.portNotAllowedPlatform':
    '“{raw}”：{platform} 的服务器域名不能带端口；请写成 {suggestion}，并使用默认端口提供服务。',
  'whitelist.socketPort':
    '“{raw}”：socket 条目无需配置端口，该域名下所有端口都允许；已按 {suggestion} 读取，请照此书写。',
  'whitelist.duplicate':
    '“{raw}” 已在第 {firstLine} 行出现在 {list} 列表中（即 {origin}）；请删除这一重复项。',
  'whitelist.tooMany':
    '{list} 列表有 {count} 个条目；{platform} 最多接受 {max} 个，从这一条起的条目无法全部配置到控制台。',
  'whitelist.listNotOnPlatform':
    '{platform} 没有 {list} 列表，其中的条目已被忽略。{platform} 有这些列表：{lists}。',
  'whitelist.listSharedOnPlatform':
    '在 {platform} 上，{list} 调用按 {target} 列表校验；请把这些条目移到 “{target}” 下（此处的条目已被忽略）。',
  'whitelist.moreProblems': '该文件中还有 {count} 个问题未显示；请先修正上面的问题。',
};
