import type { probe as en } from '../en/probe.js';

/** 简体中文消息：probe。键与 ../en/probe.ts 一致。 */
export const probe: Record<keyof typeof en, string> = {};
