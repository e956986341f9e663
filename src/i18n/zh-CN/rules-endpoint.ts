import type { rulesEndpoint as en } from '../en/rules-endpoint.js';

/** 简体中文消息：rules-endpoint。键与 ../en/rules-endpoint.ts 一致。 */
export const rulesEndpoint: Record<keyof typeof en, string> = {};
