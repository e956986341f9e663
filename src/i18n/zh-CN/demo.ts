import type { demo as en } from '../en/demo.js';

/** 简体中文消息：demo。键与 ../en/demo.ts 一致。 */
export const demo: Record<keyof typeof en, string> = {};
