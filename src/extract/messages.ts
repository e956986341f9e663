import type { MessageKey } from '../i18n/catalog.js';
import type { SkippedFile, UnresolvedReason } from '../model/endpoint.js';

const UNRESOLVED: Readonly<Record<UnresolvedReason, MessageKey>> = {
  'runtime-value': 'engine.unresolved.runtimeValue',
  'ext-config': 'engine.unresolved.extConfig',
  'unknown-import': 'engine.unresolved.unknownImport',
  'too-complex': 'engine.unresolved.tooComplex',
};

const SKIPPED: Readonly<Record<SkippedFile['reason'], MessageKey>> = {
  'too-large': 'engine.skipped.tooLarge',
  minified: 'engine.skipped.minified',
  binary: 'engine.skipped.binary',
  unreadable: 'engine.skipped.unreadable',
  'parse-error': 'engine.skipped.parseError',
};

/** Catalog key explaining why a call's URL is unknown (parameters: `{api}`, `{expression}`). */
export function unresolvedReasonKey(reason: UnresolvedReason): MessageKey {
  return UNRESOLVED[reason];
}

/** Catalog key explaining why a file was not read (parameters: `{file}`, `{detail}`). */
export function skippedReasonKey(reason: SkippedFile['reason']): MessageKey {
  return SKIPPED[reason];
}
