/**
 * The endpoint extractor: files of a mini program project → the endpoints it calls at run time (with the
 * console list each needs), calls whose URL is only known at run time, and `urlCheck: false` settings.
 *
 * - Scripts (.js .mjs .cjs .ts .jsx .tsx) are parsed with @babel/parser; constants, object properties,
 *   concatenation, template literals, imports (ESM, CommonJS, aliases), environment maps, `.env*` values,
 *   `ext.json`, `getApp().globalData`, wrapper functions and axios / fly / luch-request instances are resolved.
 * - Templates (.wxml .axml .swan .ttml .qml) and single-file components (.vue .nvue .wpy .mpx) give
 *   `<web-view src>`, with `{{ }}` / `:src` resolved against the page's data where it is a literal.
 * - Never throws on file content: unreadable, oversized, minified, binary or unparsable files are `skipped`.
 */
export {
  extractProject,
  type ExtractOptions,
  type ExtractionResult,
  type ExtractionStats,
} from './project.js';
export { diskSource } from './disk-source.js';
export { DEFAULT_SKIPS } from './files.js';
export { unresolvedReasonKey, skippedReasonKey } from './messages.js';
