/** English messages: watch. Keys must match ../zh-CN/watch.ts (checked by the compiler and a test). */
export const watch = {} as const satisfies Record<string, string>;
