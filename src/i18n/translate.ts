import { catalogs, type MessageKey } from './catalog.js';
import { LANGUAGES, type Lang, type LocalizedText, type MessageParams } from './types.js';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;
/** `{count|entry|entries}`: the first form when the parameter is 1, the second otherwise (English plurals). */
const PLURAL = /\{([A-Za-z][A-Za-z0-9_]*)\|([^|{}]*)\|([^|{}]*)\}/g;

/**
 * Fills `{name}` placeholders and `{name|one|other}` plural choices; a missing parameter is left visible rather
 * than silently dropped.
 */
export function format(template: string, params: MessageParams = {}): string {
  return template
    .replace(PLURAL, (whole, name: string, one: string, other: string) =>
      Object.hasOwn(params, name) ? (Number(params[name]) === 1 ? one : other) : whole,
    )
    .replace(PLACEHOLDER, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
}

/** One message in one language. */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return format(catalogs[lang][key], params);
}

/** One message in every language, for findings and other data that is rendered later. */
export function localize(key: MessageKey, params?: MessageParams): LocalizedText {
  const out = {} as Record<Lang, string>;
  for (const lang of LANGUAGES) out[lang] = t(lang, key, params);
  return out;
}

/** Joins localized fragments language by language. */
export function joinLocalized(parts: readonly LocalizedText[], separator = ' '): LocalizedText {
  const out = {} as Record<Lang, string>;
  for (const lang of LANGUAGES) out[lang] = parts.map((p) => p[lang]).join(separator);
  return out;
}

/** The same text in every language (host names, URLs, code). */
export function verbatim(text: string): LocalizedText {
  const out = {} as Record<Lang, string>;
  for (const lang of LANGUAGES) out[lang] = text;
  return out;
}

export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string).sort();
}
