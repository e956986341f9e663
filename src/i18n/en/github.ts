/** English messages: github. Keys must match ../zh-CN/github.ts (checked by the compiler and a test). */
export const github = {} as const satisfies Record<string, string>;
