import type { engine as en } from '../en/engine.js';

/** 简体中文消息：engine。键与 ../en/engine.ts 一致。 */
export const engine: Record<keyof typeof en, string> = {
  'engine.unresolved.runtimeValue':
    '{api} 调用的 URL 只有运行时才能确定（{expression}），请人工确认其域名已在列表中。',
  'engine.unresolved.extConfig':
    '{api} 的 URL 来自第三方平台的 ext.json（{expression}），该文件不在本仓库中。',
  'engine.unresolved.unknownImport': '{api} 使用的 URL 从项目之外或无法找到的模块导入（{expression}）。',
  'engine.unresolved.tooComplex':
    '{api} 的 URL 构造方式过于复杂，无法追踪（{expression}），请人工检查其域名。',
  'engine.skipped.tooLarge': '未扫描 {file}：文件超过大小上限（{detail}）。',
  'engine.skipped.minified': '未扫描 {file}：它看起来是压缩后的打包文件（{detail}）。',
  'engine.skipped.binary': '未扫描 {file}：它不是文本文件（{detail}）。',
  'engine.skipped.unreadable': '无法读取 {file}（{detail}）。',
  'engine.skipped.parseError': '无法解析 {file}，因此未扫描（{detail}）。',
};
