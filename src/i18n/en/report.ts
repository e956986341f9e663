/** English messages: report. Keys must match ../zh-CN/report.ts (checked by the compiler and a test). */
export const report = {} as const satisfies Record<string, string>;
