/**
 * A municipality's name in the element's language. Feeds name places as they are written in the
 * feed (usually in Dutch: "Gent", "Sint-Jans-Molenbeek"); a French page shows "Gand" and
 * "Molenbeek-Saint-Jean", an English one "Ghent" and the Brussels municipalities by their French
 * names, as English writes them. A name not in the table is shown as the feed has it.
 *
 * The table (src/i18n/municipality-names.ts, generated) loads with the first French or English
 * element that shows places, as the catalogs do: Dutch pages never download it.
 */
import { own } from '../util/own.js';
import type { Lang } from './locale.js';

/** NIS code → English name, where English has its own (the rest is written as in Dutch, or in French for Brussels). */
export const ENGLISH_MUNICIPALITIES: Readonly<Record<string, string>> = {
  '11002': 'Antwerp',
  '21004': 'Brussels',
  '31005': 'Bruges',
  '33011': 'Ypres',
  '35013': 'Ostend',
  '44021': 'Ghent',
};

/** A municipality's English name, where English has its own. */
export const englishName = (nis: string): string | undefined => own(ENGLISH_MUNICIPALITIES, nis);

type Names = readonly [nis: string, nl: string, fr: string];
let byName: Map<string, Names> | undefined;
let loading: Promise<void> | undefined;

/** Accents, case and spaces do not matter ("gent", "GENT ", "Gént"). */
const key = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * Calls `update` once the table is there, when `lang` needs it; loads it once per page. An element
 * that shows places calls this as it renders (Dutch pages return at once).
 */
export function needMunicipalityNames(lang: Lang, update: () => void): void {
  if (lang === 'nl' || byName) return;
  loading ??= import('./municipality-names.js').then(
    ({ BILINGUAL_MUNICIPALITIES }) => {
      const table = new Map<string, Names>();
      for (const entry of BILINGUAL_MUNICIPALITIES) {
        table.set(key(entry[1]), entry);
        table.set(key(entry[2]), entry);
        const name = englishName(entry[0]);
        if (name) table.set(key(name), entry);
      }
      byName = table;
    },
    (error: unknown) => {
      // Offline, or the chunk was not deployed: the feed's own names rather than none.
      console.error('[mf-widgets] could not load the names of municipalities; showing the feed’s', error);
      byName = new Map();
    },
  );
  void loading.then(update);
}

/**
 * The one rule for naming a municipality in `lang`: French in fr; in en the English name where
 * there is one, else the French name in Brussels (as English writes them), else the Dutch one.
 */
export function municipalityIn(nis: string, nl: string, fr: string, lang: Lang): string {
  if (lang === 'fr') return fr;
  // The Brussels-Capital Region's NIS codes start with 21.
  if (lang === 'en') return englishName(nis) ?? (nis.startsWith('21') ? fr : nl);
  return nl;
}

export function municipalityLabel(name: string, lang: Lang): string {
  const entry = byName?.get(key(name));
  return entry ? municipalityIn(...entry, lang) : name;
}

/**
 * Where an actor is, as people say it: "Borgerhout (Antwerpen)" for a postal place in its
 * municipality, the municipality alone otherwise ("Gand" on a French page), the place alone when
 * the feed names no municipality.
 */
export function placeLabel(
  location: { readonly place?: string; readonly municipality?: string } | undefined,
  lang: Lang,
): string | undefined {
  const { place, municipality } = location ?? {};
  const town = municipality === undefined ? undefined : municipalityLabel(municipality, lang);
  if (place === undefined || (municipality !== undefined && key(place) === key(municipality))) return town;
  if (town === undefined || key(town) === key(place)) return place;
  return `${place} (${town})`;
}
