import type { engine as en } from '../en/engine.js';

/** 简体中文消息：engine。键与 ../en/engine.ts 一致。 */
export const engine: Record<keyof typeof en, string> = {};
