import type { core as en } from '../en/core.js';

/** 简体中文消息：core。键与 ../en/core.ts 一致。 */
export const core: Record<keyof typeof en, string> = {
  'core.ruleCrashed': '规则 {rule} 运行失败（{detail}）；这是 mp-domain-guard 的缺陷，请反馈。',
  'core.severity.error': '错误',
  'core.severity.warning': '警告',
  'core.severity.notice': '提示',
  'core.list.request': 'request 合法域名',
  'core.list.uploadFile': 'uploadFile 合法域名',
  'core.list.downloadFile': 'downloadFile 合法域名',
  'core.list.socket': 'socket 合法域名',
  'core.list.udp': 'udp 合法域名',
  'core.list.tcp': 'tcp 合法域名',
  'core.list.webview': '业务域名（web-view）',
  'core.configError': '配置错误：{detail}',
  'core.unknownRule': '{where} 中的规则 id “{id}” 不存在。可用的 id：{valid}。',
} as const;
