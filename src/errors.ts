import type { LocalizedText } from './i18n/types.js';

/**
 * A mistake the user can fix (a bad input, a malformed file, an unknown rule id). Reported without a stack
 * trace (exit code 2 in the CLI); everything else is a bug or an infrastructure failure.
 * `message` is the English text; `localized` has every language.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly localized: LocalizedText;

  constructor(text: LocalizedText | string) {
    const localized = typeof text === 'string' ? { en: text, 'zh-CN': text } : text;
    super(localized.en);
    this.localized = localized;
  }
}

/** Normalises anything thrown into an Error. */
export function wrapError(error: unknown): Error {
  if (error instanceof Error) return error;
  return new Error(typeof error === 'string' ? error : JSON.stringify(error));
}

export function errorMessage(error: unknown): string {
  return wrapError(error).message;
}
