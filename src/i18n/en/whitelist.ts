/** English messages: whitelist. Keys must match ../zh-CN/whitelist.ts (checked by the compiler and a test). */
export const whitelist = {} as const satisfies Record<string, string>;
