/**
 * Places as people write them → the 2025 municipality, its province and point.
 *
 * Belgians write an address as a postcode and a postal place, often a sub-municipality
 * ("2140 Borgerhout", "9050 Ledeberg", "1020 Laeken"), in Dutch or French, with or without accents
 * and hyphens. The order of trust: postcode and name together, then the postcode alone, then the
 * name alone (a municipality's own name first, then a postal place's, unique names only). 3290
 * Deurne is Diest, 2100 Deurne is Antwerpen, "Deurne" alone is ambiguous.
 *
 * This module carries the postcode table (../shared/geo/postcodes.csv): import it lazily.
 */
import type { ProvinceId } from './province-ids.js';
import { MUNICIPALITIES } from './municipalities.js';
import { POSTCODES } from './postcodes.js';

export interface PlaceQuery {
  readonly postcode?: string | number | undefined;
  /** The postal place (Borgerhout, Laeken). */
  readonly place?: string | undefined;
  /** The municipality, before or after the 2025 mergers, in Dutch, French or English. */
  readonly municipality?: string | undefined;
}

export interface Municipality {
  readonly nis: string;
  readonly name: string;
  readonly nameFr: string;
  readonly province: ProvinceId;
  readonly lat: number;
  readonly lon: number;
}

export interface ResolvedPlace {
  readonly municipality: Municipality;
  /** The postal place in Dutch, when it is not the municipality itself (Borgerhout in Antwerpen). */
  readonly place?: string;
  /** The postcode as given when it is known, else the postal place's only postcode. */
  readonly postcode?: string;
  /** What placed it. */
  readonly by: 'postcode and name' | 'postcode' | 'name';
}

/** Why a place was not (or not fully) understood; each is a warning, the caller says where. */
export type PlaceProblem =
  | { readonly code: 'postcode-invalid'; readonly postcode: string }
  | { readonly code: 'postcode-unknown'; readonly postcode: string }
  | {
      readonly code: 'postcode-ambiguous';
      readonly postcode: string;
      readonly chosen: string;
      readonly others: readonly string[];
    }
  | { readonly code: 'name-not-in-postcode'; readonly name: string; readonly postcode: string; readonly chosen: string }
  | { readonly code: 'name-unknown'; readonly name: string }
  | { readonly code: 'name-ambiguous'; readonly name: string; readonly candidates: readonly string[] }
  | {
      readonly code: 'place-not-in-municipality';
      readonly place: string;
      readonly municipality: string;
      readonly chosen: string;
    };

export interface PlaceResult {
  readonly resolved?: ResolvedPlace;
  readonly problems: readonly PlaceProblem[];
}

/**
 * The key two spellings of one name share: no case, accents, apostrophes, hyphens or spaces, and
 * "St"/"Ste" written out ("St-Genesius-Rode", "sint genesius rode" and "Sint-Genesius-Rode" meet).
 */
export function placeKeys(name: string): string[] {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return [];
  const plain = words.join('');
  const dutch = words.map((w) => (w === 'st' ? 'sint' : w)).join('');
  const french = words.map((w) => (w === 'st' ? 'saint' : w === 'ste' ? 'sainte' : w)).join('');
  return [...new Set([plain, dutch, french])];
}

/** Names that people use for a municipality and that the tables do not hold: short forms, English. */
const ALIASES: ReadonlyArray<readonly [string, string]> = [
  ['Antwerp', '11002'],
  ['Bruges', '31005'],
  ['Ypres', '33011'],
  ['Ostend', '35013'],
  ['Ghent', '44021'],
  ['Molenbeek', '21012'],
  ['Sint-Joost', '21014'],
  ['Saint-Josse', '21014'],
  ['Brussel-Stad', '21004'],
  ['Bruxelles-Ville', '21004'],
  ['Brussels', '21004'],
  ['Brussel-Hoofdstad', '21004'],
];

interface PostalPlace {
  readonly name: string;
  readonly nameFr?: string;
  readonly nis: string;
  readonly postcode: string;
}

interface Tables {
  readonly municipalities: ReadonlyMap<string, Municipality>;
  readonly byPostcode: ReadonlyMap<string, readonly PostalPlace[]>;
  /** Key → the NIS codes of the municipalities with that name. */
  readonly municipalityNames: ReadonlyMap<string, ReadonlySet<string>>;
  /** Key → the postal places with that name (several postcodes, several municipalities). */
  readonly placeNames: ReadonlyMap<string, readonly PostalPlace[]>;
  /** NIS → how many postcodes it has (a postcode shared by two is the smaller one's own). */
  readonly postcodeCount: ReadonlyMap<string, number>;
}

let tables: Tables | undefined;

function add<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(): Tables {
  const municipalities = new Map<string, Municipality>();
  const municipalityNames = new Map<string, Set<string>>();
  const name = (text: string, nis: string): void => {
    for (const key of placeKeys(text)) {
      const set = municipalityNames.get(key) ?? new Set<string>();
      set.add(nis);
      municipalityNames.set(key, set);
    }
  };
  for (const [nis, nameNl, nameFr, province, lat, lon] of MUNICIPALITIES) {
    municipalities.set(nis, { nis, name: nameNl, nameFr, province, lat, lon });
    name(nameNl, nis);
    name(nameFr, nis);
  }
  for (const [alias, nis] of ALIASES) name(alias, nis);

  const byPostcode = new Map<string, PostalPlace[]>();
  const placeNames = new Map<string, PostalPlace[]>();
  const postcodes = new Map<string, Set<string>>();
  for (const [postcode, nameNl, nis, nameFr] of POSTCODES) {
    const place: PostalPlace = { name: nameNl, nis, postcode, ...(nameFr ? { nameFr } : {}) };
    add(byPostcode, postcode, place);
    const keys = new Set([...placeKeys(nameNl), ...(nameFr ? placeKeys(nameFr) : [])]);
    for (const key of keys) add(placeNames, key, place);
    const set = postcodes.get(nis) ?? new Set<string>();
    set.add(postcode);
    postcodes.set(nis, set);
  }
  const postcodeCount = new Map([...postcodes].map(([nis, set]) => [nis, set.size]));
  return { municipalities, byPostcode, municipalityNames, placeNames, postcodeCount };
}

function getTables(): Tables {
  return (tables ??= build());
}

/** Every municipality after the 2025 mergers, by NIS code. */
export function municipalities(): ReadonlyMap<string, Municipality> {
  return getTables().municipalities;
}

/** A postcode as written ("2140", 2140, "B-2140", " 2140 "), or why it is none. */
export function readPostcode(value: string | number | undefined): { postcode?: string; invalid?: string } {
  if (value === undefined) return {};
  const text = String(value).trim();
  if (text === '') return {};
  const match = /^(?:B\s*-?\s*)?(\d{4})$/i.exec(text);
  return match ? { postcode: match[1]! } : { invalid: text };
}

/** The postal place's name in the language it was written in, when `keys` name it. */
function spelled(place: PostalPlace, keys: readonly string[]): string | undefined {
  if (keys.some((key) => placeKeys(place.name).includes(key))) return place.name;
  if (place.nameFr && keys.some((key) => placeKeys(place.nameFr!).includes(key))) return place.nameFr;
  return undefined;
}

/** The municipalities a name can mean: its own name first, else the postal places so called. */
function candidatesFor(name: string, t: Tables): { nis: readonly string[]; places: readonly PostalPlace[] } {
  const keys = placeKeys(name);
  for (const key of keys) {
    const own = t.municipalityNames.get(key);
    if (own) return { nis: [...own], places: [] };
  }
  const places = keys.flatMap((key) => t.placeNames.get(key) ?? []);
  return { nis: [...new Set(places.map((p) => p.nis))], places };
}

function resolved(
  t: Tables,
  nis: string,
  by: ResolvedPlace['by'],
  placeName: string | undefined,
  postcode: string | undefined,
): ResolvedPlace {
  const municipality = t.municipalities.get(nis)!;
  const own = new Set([...placeKeys(municipality.name), ...placeKeys(municipality.nameFr)]);
  const isOwnName = placeName === undefined || placeKeys(placeName).some((k) => own.has(k));
  return {
    municipality,
    by,
    ...(placeName && !isOwnName ? { place: placeName } : {}),
    ...(postcode ? { postcode } : {}),
  };
}

/** The municipality (and postal place) meant by a postcode and/or names; problems are warnings. */
export function resolvePlace(query: PlaceQuery): PlaceResult {
  const t = getTables();
  const problems: PlaceProblem[] = [];
  const { postcode, invalid } = readPostcode(query.postcode);
  if (invalid !== undefined) problems.push({ code: 'postcode-invalid', postcode: invalid });
  const place = query.place?.trim() || undefined;
  const municipality = query.municipality?.trim() || undefined;
  const names = [place, municipality].filter((n): n is string => n !== undefined);
  const nameOf = (nis: string): string => t.municipalities.get(nis)!.name;

  const rows = postcode ? t.byPostcode.get(postcode) : undefined;
  if (postcode && !rows) problems.push({ code: 'postcode-unknown', postcode });

  if (postcode && rows) {
    // 1. Postcode and name: the postal place of that postcode, or the municipality it lies in.
    for (const name of names) {
      const keys = placeKeys(name);
      const row = rows.find((r) => spelled(r, keys) !== undefined);
      if (row) return { resolved: resolved(t, row.nis, 'postcode and name', spelled(row, keys), postcode), problems };
      const inMunicipality = rows.find((r) => keys.some((k) => t.municipalityNames.get(k)?.has(r.nis)));
      if (inMunicipality) {
        // "2140 Antwerpen": the municipality is named, the postcode says which part of it.
        const own = rows.filter((r) => r.nis === inMunicipality.nis);
        const single = own.length === 1 ? own[0]!.name : undefined;
        return { resolved: resolved(t, inMunicipality.nis, 'postcode and name', single, postcode), problems };
      }
    }
    // 2. The postcode alone.
    const nisCodes = [...new Set(rows.map((r) => r.nis))];
    // A postcode shared by two municipalities (1040 Brussel/Etterbeek) is the smaller one's own.
    const chosen = nisCodes.sort((a, b) => t.postcodeCount.get(a)! - t.postcodeCount.get(b)!)[0]!;
    if (names.length > 0)
      problems.push({ code: 'name-not-in-postcode', name: names[0]!, postcode, chosen: nameOf(chosen) });
    else if (nisCodes.length > 1)
      problems.push({
        code: 'postcode-ambiguous',
        postcode,
        chosen: nameOf(chosen),
        others: nisCodes.slice(1).map(nameOf),
      });
    const own = rows.filter((r) => r.nis === chosen);
    return {
      resolved: resolved(t, chosen, 'postcode', own.length === 1 ? own[0]!.name : undefined, postcode),
      problems,
    };
  }

  // 3. The name alone: unique names only; the municipality narrows an ambiguous place.
  const placeMatch = place ? candidatesFor(place, t) : undefined;
  const municipalityMatch = municipality ? candidatesFor(municipality, t) : undefined;
  const chosenPlace = (nis: string, match: { places: readonly PostalPlace[] } | undefined): string | undefined => {
    if (!place) return undefined;
    const row = match?.places.find((p) => p.nis === nis);
    return (row && spelled(row, placeKeys(place))) ?? place;
  };
  const only = (nis: readonly string[] | undefined): string | undefined => (nis?.length === 1 ? nis[0] : undefined);

  const placeNis = only(placeMatch?.nis);
  const municipalityNis = only(municipalityMatch?.nis);
  if (placeNis) {
    if (municipalityNis && municipalityNis !== placeNis) {
      problems.push({
        code: 'place-not-in-municipality',
        place: place!,
        municipality: municipality!,
        chosen: nameOf(placeNis),
      });
    }
    const postal = placeMatch!.places.filter((p) => p.nis === placeNis);
    const single = [...new Set(postal.map((p) => p.postcode))];
    return {
      resolved: resolved(
        t,
        placeNis,
        'name',
        chosenPlace(placeNis, placeMatch),
        single.length === 1 ? single[0] : undefined,
      ),
      problems,
    };
  }
  if (placeMatch && placeMatch.nis.length > 1 && municipalityMatch) {
    const both = placeMatch.nis.filter((nis) => municipalityMatch.nis.includes(nis));
    if (both.length === 1)
      return { resolved: resolved(t, both[0]!, 'name', chosenPlace(both[0]!, placeMatch), undefined), problems };
  }
  if (placeMatch && placeMatch.nis.length > 1 && !municipalityNis) {
    problems.push({ code: 'name-ambiguous', name: place!, candidates: placeMatch.nis.map(nameOf) });
  } else if (placeMatch && placeMatch.nis.length === 0 && !municipalityNis) {
    problems.push({ code: 'name-unknown', name: place! });
  }
  if (municipalityNis) {
    // An old municipality or a postal place in the municipality column (Nevele, Borgerhout) is kept as the place.
    const row = municipalityMatch!.places.find((p) => p.nis === municipalityNis);
    const name = row ? spelled(row, placeKeys(municipality!)) : undefined;
    const postcodes = new Set(municipalityMatch!.places.map((p) => p.postcode));
    const single = postcodes.size === 1 ? [...postcodes][0] : undefined;
    return { resolved: resolved(t, municipalityNis, 'name', name, single), problems };
  }
  if (municipalityMatch && municipalityMatch.nis.length > 1) {
    problems.push({ code: 'name-ambiguous', name: municipality!, candidates: municipalityMatch.nis.map(nameOf) });
  } else if (municipalityMatch) problems.push({ code: 'name-unknown', name: municipality! });
  return { problems };
}

/**
 * The places a search names as a whole: a postcode ("2140", "B-2140"), a postcode with its place
 * ("2140 Borgerhout"), or a name in Dutch, French or English ("Anvers", "sint genesius rode",
 * "Laeken"). None when it names no place; several when a name is shared (Deurne is in Antwerpen
 * and in Diest), each municipality once.
 */
export function placesNamed(text: string): ResolvedPlace[] {
  const t = getTables();
  const query = text.trim();
  const coded = /^(?:B\s*-?\s*)?(\d{4})(?:[\s,]+(.+))?$/i.exec(query) ?? /^(.+?)[\s,]+(\d{4})$/.exec(query);
  if (coded) {
    const [postcode, name] = /^\d{4}$/.test(coded[2] ?? '') ? [coded[2]!, coded[1]] : [coded[1]!, coded[2]];
    if (!t.byPostcode.has(postcode)) return [];
    const { resolved: place } = resolvePlace({ postcode, place: name });
    return place ? [place] : [];
  }
  if (placeKeys(query).length === 0) return [];
  const { nis, places } = candidatesFor(query, t);
  return nis.map((code) => {
    const own = places.filter((p) => p.nis === code);
    const postcodes = [...new Set(own.map((p) => p.postcode))];
    const name = own[0] ? spelled(own[0], placeKeys(query)) : undefined;
    return resolved(t, code, 'name', name, postcodes.length === 1 ? postcodes[0] : undefined);
  });
}

/**
 * Places whose name starts with what the reader typed (at least two letters), for a search's
 * suggestions: municipalities before postal places, whole names before beginnings, shorter first.
 * One suggestion per municipality and place.
 */
export function placesStartingWith(text: string, limit = 3): ResolvedPlace[] {
  const t = getTables();
  const typed = placeKeys(text);
  if (typed.length === 0 || typed[0]!.length < 2 || /^\d+$/.test(typed[0]!)) return [];
  const found: Array<[rank: number, length: number, place: ResolvedPlace]> = [];
  const seen = new Set<string>();
  const consider = (key: string, rank: number, make: () => ResolvedPlace): void => {
    const whole = typed.includes(key);
    if (!whole && !typed.some((k) => key.startsWith(k))) return;
    const place = make();
    const id = `${place.municipality.nis}/${place.place ?? ''}`;
    if (seen.has(id)) return;
    seen.add(id);
    found.push([(whole ? 0 : 2) + rank, key.length, place]);
  };
  for (const [key, codes] of t.municipalityNames)
    for (const nis of codes) consider(key, 0, () => resolved(t, nis, 'name', undefined, undefined));
  for (const [key, rows] of t.placeNames)
    for (const row of rows) consider(key, 1, () => resolved(t, row.nis, 'name', row.name, row.postcode));
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return found.slice(0, limit).map(([, , place]) => place);
}

/** Distance in kilometres between two points (haversine; Flanders is small, it is exact enough). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}
