import type { watch as en } from '../en/watch.js';

/** 简体中文消息：watch。键与 ../en/watch.ts 一致。 */
export const watch: Record<keyof typeof en, string> = {};
