import type { rulesTls as en } from '../en/rules-tls.js';

/** 简体中文消息：rules-tls。键与 ../en/rules-tls.ts 一致。 */
export const rulesTls: Record<keyof typeof en, string> = {};
