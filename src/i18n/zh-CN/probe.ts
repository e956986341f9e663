import type { probe as en } from '../en/probe.js';

/** 简体中文消息：probe。键与 ../en/probe.ts 一致。 */
export const probe: Record<keyof typeof en, string> = {
  'probe.resolve.invalid':
    '--resolve“{value}”：{reason}。格式应为 HOST:PORT:ADDRESS[:CONNECT_PORT]，例如 api.example.com:443:203.0.113.10、api.example.com:443:[2001:db8::1] 或 api.example.com:443:127.0.0.1:8443（连接另一个端口）。',
  'probe.resolve.shape': '需要用冒号分隔的三部分',
  'probe.resolve.host': '主机名为空，或包含主机名中不允许的字符',
  'probe.resolve.port': '端口必须是 1 到 65535 之间的整数',
  'probe.resolve.address': '地址必须是 IPv4 或 IPv6 地址',
  'probe.target.invalid':
    '目标“{value}”不是源站或主机名（{reason}）。请使用 https://HOST[:PORT]、wss://HOST[:PORT] 或 HOST[:PORT]。',
  'probe.target.scheme': '只有 https 和 wss 源站使用 TLS',
  'probe.target.host': '主机不是有效的主机名或 IP 地址',
  'probe.target.path': '目标不能带路径、查询参数或片段',
  'probe.caFile.empty': '{path} 中没有 PEM 证书（-----BEGIN CERTIFICATE-----）。',
  'probe.caFile.bad': '{path}：第 {index} 张证书无法读取（{detail}）。',
  'probe.cli.usage': `用法：mp-domain-guard probe [TARGET...] [选项]

按最严格的小程序客户端（不会通过 AIA 补全证书链的旧 Android，以及启用 App Transport Security 和 Apple
证书规则的 iOS）检查 TLS 与证书。TARGET 为源站（https://HOST[:PORT]、wss://HOST[:PORT]）或 HOST[:PORT]。

选项：
  --whitelist PATH               探测该白名单文件中的全部 https/wss 条目（及其校验文件）
  --resolve HOST:PORT:ADDRESS    像 curl 一样，把 HOST:PORT 连接到 ADDRESS（可重复；允许私有地址）
  --ca-file PATH                 额外信任这些 PEM 根证书（按公共根证书的规则判断，用于预发布服务器）
  --concurrency N                同时探测的主机数（默认 8）
  --timeout SECONDS              每个主机的总时限（默认 10）
  --expiry-days N                证书在 N 天内过期时提醒（默认 30）
  --rules-exclude ID[,ID]        按 id 或来源关闭规则
  --format text|markdown|json    输出格式（默认 text）
  --lang en|zh-CN                消息语言
  --fail-level error|warning|notice|none   有问题达到该级别时退出码为 1（默认 error）

退出码：0 没有达到失败级别的问题，1 有达到失败级别的问题，2 用法或配置错误。`,
  'probe.cli.noTargets': '请至少给出一个 TARGET 或 --whitelist PATH（见 mp-domain-guard probe --help）。',
  'probe.cli.whitelistUnreadable': '无法读取白名单 {path}：{detail}',
  'probe.cli.whitelistProblem': '警告：{location}：{message}（已跳过该条目）',
  'probe.cli.whitelistEmpty': '警告：{path} 中没有可探测的 https 或 wss 条目。',
  'probe.report.title': 'TLS 探测：{hosts} 个主机',
  'probe.report.summary':
    '共探测 {hosts} 个主机，其中 {failed} 个无法访问；错误 {errors} 个，警告 {warnings} 个，提示 {notices} 个。',
  'probe.report.lists': '名单：{lists}',
  'probe.report.noLists': '未指定名单',
  'probe.report.address': '地址 {address}',
  'probe.report.negotiated': '协商结果 {protocol}，{cipher}',
  'probe.report.protocols': '接受 {accepted}；拒绝 {refused}',
  'probe.report.certificate': '证书 {subject}，签发者 {issuer}；{key}，{signature}',
  'probe.report.expires': '{date} 过期（还剩 {days} 天）',
  'probe.report.expired': '已于 {date} 过期（{days} 天前）',
  'probe.report.chain': '服务器发送的证书链：{chain}',
  'probe.report.chainDecrypted': '服务器发送的证书链（TLS 1.3，通过解密握手读取）：{chain}',
  'probe.report.chainRebuilt': 'Node 重建的证书链（不一定是服务器发送的原样）：{chain}',
  'probe.report.failed': '未能完整探测：{reason}',
  'probe.report.noFindings': '没有发现问题',
  'probe.report.none': '无',
  'probe.md.host': '主机',
  'probe.md.lists': '名单',
  'probe.md.protocols': '协议',
  'probe.md.issuer': '签发者',
  'probe.md.expires': '过期时间',
  'probe.md.daysLeft': '剩余天数',
  'probe.md.findings': '问题',
  'probe.md.details': '各主机的问题',
};
