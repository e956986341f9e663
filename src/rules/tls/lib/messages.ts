import type { MessageKey } from '../../../i18n/catalog.js';
import { t } from '../../../i18n/translate.js';
import { LANGUAGES, type Lang, type LocalizedText } from '../../../i18n/types.js';
import type { Failure } from '../../../probe/observation.js';

/** A message parameter: plain (the same in every language) or already localized. */
export type Param = string | number | LocalizedText;

/** `localize` with parameters that may themselves be localized fragments (a reason, a list of names). */
export function message(key: MessageKey, params: Readonly<Record<string, Param>> = {}): LocalizedText {
  const out = {} as Record<Lang, string>;
  for (const lang of LANGUAGES) {
    const rendered: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) {
      rendered[name] = typeof value === 'object' ? value[lang] : value;
    }
    out[lang] = t(lang, key, rendered);
  }
  return out;
}

/** Joins several localized texts with a language-appropriate separator. */
export function list(items: readonly LocalizedText[]): LocalizedText {
  const out = {} as Record<Lang, string>;
  for (const lang of LANGUAGES) out[lang] = items.map((i) => i[lang]).join(lang === 'zh-CN' ? '；' : '; ');
  return out;
}

/** Plain names (host names, certificate subjects) joined for a message. */
export function names(items: readonly string[]): string {
  return items.length === 0 ? '—' : items.join(', ');
}

/** "the connection was refused", "TLS alert protocol_version", … */
export function describeFailure(failure: Failure | undefined): LocalizedText {
  if (!failure) return message('rulesTls.reason.unknown');
  const detail = failure.detail ?? '';
  switch (failure.reason) {
    case 'tls-alert':
      return message('rulesTls.reason.tls-alert', { alert: failure.alert ?? 'unknown' });
    case 'protocol-error':
      return message('rulesTls.reason.protocol-error', { detail: detail || '—' });
    case 'no-address':
      return message('rulesTls.reason.no-address', { detail: detail || '—' });
    default:
      return message(`rulesTls.reason.${failure.reason}`);
  }
}
