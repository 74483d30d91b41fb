/**
 * The place search (./place-search.ts and the postcode table) as a lazy chunk: a widget asks for
 * it when the reader first searches, and reads it synchronously once it is there.
 */
import type * as PlaceSearch from './place-search.js';

export type PlaceSearchModule = typeof PlaceSearch;

let loaded: PlaceSearchModule | undefined;
let loading: Promise<PlaceSearchModule | undefined> | undefined;

/** The place search, when it has loaded. */
export function placeSearch(): PlaceSearchModule | undefined {
  return loaded;
}

/**
 * Loads the place search once per page; resolves to it, or to nothing when it cannot load
 * (offline, a redeploy: the search then finds names only, and the next search tries again).
 */
export function loadPlaceSearch(): Promise<PlaceSearchModule | undefined> {
  loading ??= import('./place-search.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      console.error('[mf-widgets] could not load the table of places; the search finds names only', error);
      return undefined;
    },
  );
  return loading;
}
