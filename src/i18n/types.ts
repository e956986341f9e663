/** Languages every user-facing message exists in. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** A message already rendered in every language, so findings stay plain data and renderers pick one. */
export type LocalizedText = Readonly<Record<Lang, string>>;

export type MessageParams = Readonly<Record<string, string | number>>;

export function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}
