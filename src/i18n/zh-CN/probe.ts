import type { probe as en } from '../en/probe.js';

/** 简体中文消息：probe。键与 ../en/probe.ts 一致。 */
export const probe: Record<keyof typeof en, string> = {
  'probe.resolve.invalid':
    '--resolve“{value}”：{reason}。格式应为 HOST:PORT:ADDRESS，例如 api.example.com:443:203.0.113.10 或 api.example.com:443:[2001:db8::1]。',
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
};
