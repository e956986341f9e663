import type { cli as en } from '../en/cli.js';

/** 简体中文消息：cli。键与 ../en/cli.ts 一致。 */
export const cli: Record<keyof typeof en, string> = {
  'cli.usage': `用法：mp-domain-guard <命令> [选项]

命令：
  scan [目录]                    检查目录（默认当前目录）中项目的所有接口地址
  diff --base REF [--head REF] [目录]
                                 只检查一次变更新增的内容（head 默认为工作区）
  probe [目标...]                检查源站或主机的 TLS 与证书（--whitelist：检查白名单中的每个条目）
  rules                          列出所有规则及其 id、级别和出处
  help, --help                   显示本说明；--version 显示版本

scan 与 diff 的选项：
  --whitelist PATH               白名单文件，相对于项目目录（默认 mp-domains.yml）
  --format text|markdown|json|sarif
  --fail-level error|warning|notice|none   出现该级别及以上的问题时退出码为 1（默认 error）
  --lang en|zh-CN                消息语言（默认取自 LANG）
  --include GLOB, --exclude GLOB 覆盖默认跳过的路径（可重复）
  --rules-exclude ID[,ID]        按 id 或来源（如 Apple）关闭规则
  --probe                        同时探测新增接口与新增白名单条目所在域名的 TLS
  --resolve HOST:PORT:ADDRESS    与 --probe 一起使用：连接 HOST:PORT 时改用 ADDRESS（可重复）
  --ca-file PATH, --timeout SECONDS, --concurrency N, --expiry-days N   探测设置
  --no-color                     输出纯文本

退出码：0 没有达到失败级别的问题，1 存在达到失败级别的问题，2 用法或配置错误。`,
  'cli.unknownCommand': '未知命令“{command}”。运行 “mp-domain-guard --help” 查看命令列表。',
  'cli.badOption': '命令行参数无效：{detail}',
  'cli.badChoice': '选项 --{option} 只能取 {choices} 之一；实际为“{value}”。',
  'cli.badNumber': '选项 --{option} 需要 {min} 到 {max} 之间的整数；实际为“{value}”。',
  'cli.missingBase': 'diff 需要 --base REF（用于比较的分支、标签或提交）。',
  'cli.notDirectory': '项目目录 {dir} 不存在或不是目录。',
  'cli.git.badRef': '“{ref}” 不是 {dir} 中 git 仓库的提交。',
  'cli.git.notRepository': '{dir} 不在 git 工作区中；diff 需要 git。',
  'cli.caFileUnreadable': '无法读取 CA 文件 {path}：{detail}',
  'cli.configError': '错误：{detail}',
  'cli.internalError': 'mp-domain-guard 因程序缺陷而停止：{detail}',
  'cli.rules.header': '规则（{count} 条）',
} as const;
