/**
 * What the directory lists: the actors the filters let through, found by name, or ordered from a
 * place the search names ("2140", "Anvers") or from the reader's position.
 */
import type { PlaceSearchModule } from '../../feed/near.js';
import type { Point, ResolvedPlace } from '../../feed/place-search.js';
import { passes, typeSet } from '../../feed/relations.js';
import { matches, queryWords, searchIndex } from '../../feed/search.js';
import type { Actor, Network } from '../../feed/types.js';
import type { Lang } from '../../i18n/locale.js';

export interface Criteria {
  readonly query: string;
  readonly types?: string | undefined;
  readonly province?: string | undefined;
  readonly federation?: string | undefined;
  /** The reader's position ("my location"). */
  readonly position?: Point | undefined;
  /** Names only, even when the search also names a place (the reader asked for it). */
  readonly namesOnly?: boolean | undefined;
}

export interface Results {
  readonly actors: readonly Actor[];
  /** The place the search named: its municipality's actors come first (`inside` of them). */
  readonly place?: ResolvedPlace;
  readonly inside?: number;
  /**
   * A search naming a place that also names actors elsewhere ("Peer Support" in Leuven, for Peer):
   * how many names it finds (0: none elsewhere), offered as a search of the names instead. With
   * `namesOnly`, the place it also names, offered back.
   */
  readonly namesElsewhere?: () => number;
  readonly placeInstead?: ResolvedPlace;
  /** Ordered from the reader's position. */
  readonly nearMe?: boolean;
  /** Kilometres, by position in `actors`, for the rows that show how far (NaN: none). */
  readonly distance?: Float64Array;
}

type Entry = ReturnType<typeof searchIndex>[number];
interface Sorted {
  readonly entries: readonly Entry[];
  readonly actors: readonly Actor[];
}
const sorted = new WeakMap<Network, Map<Lang, Sorted>>();

/**
 * The network's actors (but the hub) with their search keys, sorted by name for a language, once
 * per network and language: a keystroke then reads one array, no lookups.
 */
function sortedEntries(network: Network, lang: Lang): Sorted {
  let perLang = sorted.get(network);
  if (!perLang) sorted.set(network, (perLang = new Map<Lang, Sorted>()));
  let list = perLang.get(lang);
  if (!list) {
    const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true, ignorePunctuation: true });
    const entries = searchIndex(network)
      .filter((entry) => entry.actor !== network.hub)
      .sort((a, b) => collator.compare(a.actor.name, b.actor.name));
    list = { entries, actors: entries.map((entry) => entry.actor) };
    perLang.set(lang, list);
  }
  return list;
}

/**
 * The results, in name order; a search that names a place lists that municipality's actors first
 * and then the rest by distance (the filters still apply); "my location" orders what is found by
 * distance. Without the place search loaded (`places`), names only.
 */
export function findActors(
  network: Network,
  lang: Lang,
  criteria: Criteria,
  places: PlaceSearchModule | undefined,
): Results {
  const filter = { types: typeSet(criteria.types), federation: criteria.federation, province: criteria.province };
  const all = sortedEntries(network, lang);
  const filtered = filter.types || filter.federation || filter.province;
  const shownEntries = filtered ? all.entries.filter((entry) => passes(entry.actor, filter)) : all.entries;
  const shown = filtered ? shownEntries.map((entry) => entry.actor) : all.actors;
  const words = queryWords(criteria.query);
  const place = places && words.length > 0 ? places.likeliest(places.placesNamed(criteria.query), shown) : undefined;
  const byName = (): Actor[] =>
    words.length === 0
      ? shown.slice()
      : shownEntries.filter((entry) => matches(entry, words)).map((entry) => entry.actor);
  if (place && !criteria.namesOnly) {
    const near = places!.byDistance(shown, place);
    // Counted when asked (once typing pauses), not on each keystroke. Offered only when a name
    // found lies elsewhere: "Gent" lists Gent's "… Gent" associations first anyway.
    const namesElsewhere = (): number => {
      const own = new Set(near.actors.slice(0, near.inside));
      const found = byName();
      return found.some((actor) => !own.has(actor)) ? found.length : 0;
    };
    return { actors: near.actors, place, inside: near.inside, distance: near.distance, namesElsewhere };
  }
  const found = words.length === 0 ? shown : byName();
  const instead = place ? { placeInstead: place } : {};
  if (places && criteria.position) {
    const near = places.byDistance(found, criteria.position);
    return { actors: near.actors, nearMe: true, distance: near.distance, ...instead };
  }
  return { actors: found, ...instead };
}
