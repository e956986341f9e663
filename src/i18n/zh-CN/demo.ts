import type { demo as en } from '../en/demo.js';

/** 简体中文消息：demo。键与 ../en/demo.ts 一致。 */
export const demo: Record<keyof typeof en, string> = {
  'demo.title': 'mp-domain-guard 演示：向示例小程序提交的一个拉取请求',
  'demo.step.repo': '示例小程序已写入 {dir}（基准提交 {base}，头部提交 {head}）。',
  'demo.step.servers':
    '已用生成的证书启动本地 HTTPS 服务器 {count} 个（正常、10 天后到期、证书链不完整、仅支持 TLS 1.3）。',
  'demo.step.github': '模拟 GitHub 监听于 {url}；正在像 Actions 运行器那样运行 action（dist/index.js）……',
  'demo.step.done':
    'action 运行完成，用时 {seconds} 秒，退出码 {code}，共发出 {requests} 个 GitHub API 请求。',
  'demo.section.review': '拉取请求上发布的评审',
  'demo.section.inline': '{path} 第 {line} 行的行内评论',
  'demo.section.summary': '汇总评论',
  'demo.section.outputs': '步骤输出',
  'demo.none': '（没有发布任何内容）',
  'demo.cleanup': '所有服务器已停止，示例仓库已删除。总用时 {seconds} 秒。',
  'demo.failed': '演示无法运行：{detail}',
  'demo.needsBundle': '缺少 dist/index.js：请先运行 “npm run bundle”。',
} as const;
