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
}

export interface Results {
  readonly actors: readonly Actor[];
  /** The place the search named: its municipality's actors come first (`inside` of them). */
  readonly place?: ResolvedPlace;
  readonly inside?: number;
  /** Ordered from the reader's position. */
  readonly nearMe?: boolean;
  /** Kilometres, for the rows that show how far. */
  readonly distance?: ReadonlyMap<Actor, number>;
}

const sorted = new WeakMap<Network, Map<Lang, readonly Actor[]>>();

/** The network's actors (but the hub) sorted by name for a language, once per network and language. */
function sortedActors(network: Network, lang: Lang): readonly Actor[] {
  let perLang = sorted.get(network);
  if (!perLang) sorted.set(network, (perLang = new Map<Lang, readonly Actor[]>()));
  let list = perLang.get(lang);
  if (!list) {
    const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true, ignorePunctuation: true });
    list = network.actors.filter((actor) => actor !== network.hub).sort((a, b) => collator.compare(a.name, b.name));
    perLang.set(lang, list);
  }
  return list;
}

const indexes = new WeakMap<Network, ReadonlyMap<Actor, ReturnType<typeof searchIndex>[number]>>();

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
  const shown = sortedActors(network, lang).filter((actor) => passes(actor, filter));
  const words = queryWords(criteria.query);
  if (places && words.length > 0) {
    const place = places.likeliest(places.placesNamed(criteria.query), shown);
    if (place) {
      const near = places.byDistance(shown, place);
      return { actors: near.actors, place, inside: near.inside, distance: near.distance };
    }
  }
  let index = indexes.get(network);
  if (!index) indexes.set(network, (index = new Map(searchIndex(network).map((entry) => [entry.actor, entry]))));
  const found =
    words.length === 0
      ? shown
      : shown.filter((actor) => {
          const entry = index.get(actor);
          return entry ? matches(entry, words) : false;
        });
  if (places && criteria.position) {
    const near = places.byDistance(found, criteria.position);
    return { actors: near.actors, nearMe: true, distance: near.distance };
  }
  return { actors: found };
}
