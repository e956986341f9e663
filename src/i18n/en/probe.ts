/** English messages: probe. Keys must match ../zh-CN/probe.ts (checked by the compiler and a test). */
export const probe = {} as const satisfies Record<string, string>;
