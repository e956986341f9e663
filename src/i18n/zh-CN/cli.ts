import type { cli as en } from '../en/cli.js';

/** 简体中文消息：cli。键与 ../en/cli.ts 一致。 */
export const cli: Record<keyof typeof en, string> = {};
