/** English messages: demo. Keys must match ../zh-CN/demo.ts (checked by the compiler and a test). */
export const demo = {} as const satisfies Record<string, string>;
