import type { Value } from '../value.js';
import type { ModuleRecord } from './module.js';

/** What an import specifier leads to. */
export type ImportTarget =
  | { readonly kind: 'module'; readonly module: ModuleRecord }
  /** A package outside the project (`vue`, `axios`), by its specifier. */
  | { readonly kind: 'package'; readonly name: string }
  /** A project path that does not exist, was skipped or did not parse. */
  | { readonly kind: 'missing' };

/** The project facts the evaluator needs from outside one module. */
export interface ProjectContext {
  resolveImport(from: ModuleRecord, specifier: string): ImportTarget;
  /** `process.env.NAME` / `import.meta.env.NAME` as defined in the project's `.env*` files. */
  envVar(name: string): Value | undefined;
  /** The `ext` object of the project's `ext.json` (what `getExtConfigSync()` returns), when there is one. */
  extConfig(): Value | undefined;
  /** The options object of `App({…})` for the mini program `from` belongs to (what `getApp()` returns). */
  appInstance(from: ModuleRecord): Value | undefined;
  /** A property every component sees (`$http` from `Vue.prototype.$http = …`) or `uni.$http` and the like. */
  globalProperty(key: string): Value | undefined;
  /** A global name the build defines (Taro `defineConstants`, Vite `define`). */
  globalConstant(name: string): Value | undefined;
}
