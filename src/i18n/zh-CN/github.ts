import type { github as en } from '../en/github.js';

/** 简体中文消息：github。键与 ../en/github.ts 一致。 */
export const github: Record<keyof typeof en, string> = {};
