/** English messages: rules-tls. Keys must match ../zh-CN/rules-tls.ts (checked by the compiler and a test). */
export const rulesTls = {} as const satisfies Record<string, string>;
