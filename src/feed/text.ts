/** Text in a feed is a plain string or one string per language. */
export type LocalizedText = ReadonlyMap<string, string>;

/** The key under which a plain (unlocalized) string is kept. */
export const ANY_LANGUAGE = '*';
const FALLBACK = ['nl', 'fr', 'en'] as const;

/**
 * The text in `lang`, else nl → fr → en → any language the feed has. Region subtags in the
 * feed (`"fr-BE"`) match their language.
 */
export function resolveText(text: LocalizedText | undefined, lang: string): string | undefined {
  if (text === undefined) return undefined;
  for (const candidate of [lang, ...FALLBACK, ANY_LANGUAGE]) {
    const value = text.get(candidate);
    if (value !== undefined) return value;
  }
  for (const value of text.values()) return value;
  return undefined;
}
