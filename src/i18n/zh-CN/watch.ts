import type { watch as en } from '../en/watch.js';

/** 简体中文消息：watch。键与 ../en/watch.ts 一致。 */
export const watch: Record<keyof typeof en, string> = {
  'watch.issue.title': '域名证书需要处理（mp-domain-guard）',
  'watch.issue.intro':
    'mp-domain-guard 于 {date} 探测了 `{whitelist}` 中的 {count} 个域名。只要有域名未通过检查，或有证书将在 {days} 天内到期，此 issue 就保持打开；每次运行都会更新，全部正常后自动关闭。',
  'watch.issue.problemsHeading': '问题',
  'watch.issue.domainsHeading': '全部域名（按到期时间排序）',
  'watch.issue.since': '自 {date} 起',
  'watch.issue.noCertificate': '无证书',
  'watch.issue.more': '…… 另有 {count} 个域名（完整表格见工作流运行摘要）',
  'watch.issue.runLink': '工作流运行：{url}',
  'watch.issue.footer': '由 mp-domain-guard 自动更新。请勿编辑末尾的隐藏状态。',
  'watch.issue.closed': '全部 {count} 个域名已重新通过所有检查，且没有证书在 {days} 天内到期。关闭此 issue。',
  'watch.issue.reopened': '问题再次出现，重新打开此 issue。',
  'watch.summary.healthy': '全部 {count} 个域名正常。最早到期：{date}（{days} 天）。',
  'watch.summary.unhealthy':
    '{count} 个域名中有 {hosts} 个存在 {problems} 个问题。最早到期：{date}（{days} 天）。',
  'watch.summary.noDomains': '白名单中没有可探测的域名。',
  'watch.readOnly':
    '令牌无法写入 issue（{detail}）；结果仅显示在任务摘要和注解中。请为工作流设置 `permissions: issues: write`。',
  'watch.issuesDisabled': '此仓库已禁用 issue（{detail}）；结果仅显示在任务摘要中。',
  'watch.log.opened': '已创建跟踪 issue #{number}',
  'watch.log.reopened': '已重新打开跟踪 issue #{number}',
  'watch.log.closed': '已关闭跟踪 issue #{number}',
} as const;
