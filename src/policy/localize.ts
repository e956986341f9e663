import type { MessageKey } from '../i18n/catalog.js';
import { localize, t } from '../i18n/translate.js';
import { LANGUAGES, type Lang, type LocalizedText, type MessageParams } from '../i18n/types.js';
import type { ConsoleList } from '../model/lists.js';
import type { Platform } from '../model/whitelist.js';
import { platformFacts } from '../platform/platforms.js';

/**
 * Like `localize`, for messages whose parameters are themselves localized (a console path, a reason): each
 * language gets its own rendering of those parameters.
 */
export function localizeNested(
  key: MessageKey,
  params: MessageParams,
  nested: Readonly<Record<string, LocalizedText>>,
): LocalizedText {
  const out = {} as Record<Lang, string>;
  for (const lang of LANGUAGES) {
    const own: Record<string, string> = {};
    for (const [name, text] of Object.entries(nested)) own[name] = text[lang];
    out[lang] = t(lang, key, { ...params, ...own });
  }
  return out;
}

/** Where a list is edited in the platform's console, in every language. */
export function consolePath(platform: Platform, list: ConsoleList): LocalizedText {
  return localize(platformFacts(platform).consolePath[list] ?? 'rulesEndpoint.console.unknown');
}
