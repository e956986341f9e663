import type { report as en } from '../en/report.js';

/** 简体中文消息：report。键与 ../en/report.ts 一致。 */
export const report: Record<keyof typeof en, string> = {};
