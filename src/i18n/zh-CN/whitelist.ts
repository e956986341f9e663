import type { whitelist as en } from '../en/whitelist.js';

/** 简体中文消息：whitelist。键与 ../en/whitelist.ts 一致。 */
export const whitelist: Record<keyof typeof en, string> = {};
