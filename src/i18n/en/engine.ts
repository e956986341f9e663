/** English messages: engine. Keys must match ../zh-CN/engine.ts (checked by the compiler and a test). */
export const engine = {} as const satisfies Record<string, string>;
