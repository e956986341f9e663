/** English messages: cli. Keys must match ../zh-CN/cli.ts (checked by the compiler and a test). */
export const cli = {} as const satisfies Record<string, string>;
