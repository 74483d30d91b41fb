/**
 * Text from a feed, cleaned as it is read. Apart from text.ts (read by every element, through the
 * labels) because only the feed reader (normalise.ts, loaded with the first feed) needs it.
 */
import { ANY_LANGUAGE, type LocalizedText } from './text.js';

/**
 * Control characters never belong in display text; they are turned into spaces and trimmed.
 * Explicit direction overrides and embeddings (U+202A–U+202E, U+2066–U+2069) are removed: one
 * left unclosed turns the text after it around (`"\u202Egnp.exe"` shows as `exe.png`); Arabic or
 * Hebrew text needs none of them to show the right way round.
 */
export function cleanText(value: string, multiline = false): string {
  const cleaned = multiline
    ? // eslint-disable-next-line no-control-regex
      value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]+/g, ' ')
    : // eslint-disable-next-line no-control-regex
      value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return cleaned.replace(/[\u202a-\u202e\u2066-\u2069]/g, '').trim();
}

export function toLocalizedText(
  value: string | Readonly<Record<string, string>>,
  multiline = false,
): LocalizedText | undefined {
  const text = new Map<string, string>();
  if (typeof value === 'string') {
    const clean = cleanText(value, multiline);
    if (clean !== '') text.set(ANY_LANGUAGE, clean);
  } else {
    for (const [key, raw] of Object.entries(value)) {
      const clean = cleanText(raw, multiline);
      if (clean === '') continue;
      const lang = key.toLowerCase().split('-')[0] ?? key;
      if (!text.has(lang)) text.set(lang, clean);
    }
  }
  return text.size > 0 ? text : undefined;
}
