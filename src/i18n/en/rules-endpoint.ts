/** English messages: rules-endpoint. Keys must match ../zh-CN/rules-endpoint.ts (checked by the compiler and a test). */
export const rulesEndpoint = {} as const satisfies Record<string, string>;
