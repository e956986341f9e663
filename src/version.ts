/** Bumped with package.json; kept as a constant so the bundle does not read package.json at run time. */
export const TOOL_NAME = 'mp-domain-guard';
export const TOOL_VERSION = '0.1.0';
export const TOOL_HOME = 'https://github.com/mp-domain-guard/mp-domain-guard';
