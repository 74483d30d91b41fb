/**
 * A municipality's name in the element's language. Feeds name places as they are written in the
 * feed (usually in Dutch: "Gent", "Sint-Jans-Molenbeek"); a French page shows "Gand" and
 * "Molenbeek-Saint-Jean", an English one "Ghent" and the Brussels municipalities by their French
 * names, as English writes them. A name not in the table is shown as the feed has it.
 */
import { fold } from '../feed/search.js';
import type { Lang } from './locale.js';
import { BILINGUAL_MUNICIPALITIES } from './municipality-names.js';

/** NIS code → English name, where English has its own. */
export const ENGLISH_MUNICIPALITIES: Readonly<Record<string, string>> = {
  '11002': 'Antwerp',
  '21004': 'Brussels',
  '31005': 'Bruges',
  '33011': 'Ypres',
  '35013': 'Ostend',
  '44021': 'Ghent',
};

type Names = readonly [nis: string, nl: string, fr: string];
let byName: Map<string, Names> | undefined;

function names(name: string): Names | undefined {
  if (!byName) {
    byName = new Map();
    for (const entry of BILINGUAL_MUNICIPALITIES) {
      byName.set(fold(entry[1]), entry);
      byName.set(fold(entry[2]), entry);
      const english = Object.hasOwn(ENGLISH_MUNICIPALITIES, entry[0]) ? ENGLISH_MUNICIPALITIES[entry[0]] : undefined;
      if (english) byName.set(fold(english), entry);
    }
  }
  return byName.get(fold(name));
}

export function municipalityLabel(name: string, lang: Lang): string {
  const entry = names(name);
  if (!entry) return name;
  const [nis, nl, fr] = entry;
  if (lang === 'fr') return fr;
  if (lang === 'en') {
    const english = Object.hasOwn(ENGLISH_MUNICIPALITIES, nis) ? ENGLISH_MUNICIPALITIES[nis] : undefined;
    // The Brussels-Capital Region's NIS codes start with 21.
    return english ?? (nis.startsWith('21') ? fr : nl);
  }
  return nl;
}
