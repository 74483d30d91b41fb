const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'grapheme' })));
  return segmenter;
}

/** Up to two initials, by grapheme, so that "Ömer" gives "Ö" and an emoji stays whole. */
export function initials(name: string, lang: string): string {
  const words = name.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const segmenter = typeof Intl.Segmenter === 'function' ? segmenterFor(lang) : undefined;
  const first = (word: string): string => {
    const letters = word.replace(/^[^\p{L}\p{N}]+/u, '');
    if (!segmenter) return letters.charAt(0);
    for (const { segment } of segmenter.segment(letters)) return segment;
    return '';
  };
  return words.slice(0, 2).map(first).join('').toLocaleUpperCase(lang);
}
