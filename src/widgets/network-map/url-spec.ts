import type { UrlStateSpec } from '../../shared/url-state.js';
import type { SearchController } from './controllers/search.js';
import type { MapViewName } from './render/toolbar.js';

/** The map's attributes that the address keeps. */
interface MapState {
  view: MapViewName;
  focusId?: string | undefined;
  types?: string | undefined;
  province?: string | undefined;
  federation?: string | undefined;
  readonly syncUrl: boolean;
}

/**
 * What `sync-url` keeps of the map: the view and the selected actor (each change a history entry),
 * the filters and the search text (the current entry).
 */
export function mapUrlSpec(map: MapState, search: SearchController): UrlStateSpec {
  return {
    stem: 'map',
    fields: ['view', 'actor', 'type', 'province', 'federation', 'q'],
    push: ['view', 'actor'],
    read: () => ({
      view: map.view,
      actor: map.focusId,
      type: map.types,
      province: map.province,
      federation: map.federation,
      q: search.query || undefined,
    }),
    apply: (values) => {
      if (values.view === 'graph' || values.view === 'geo' || values.view === 'list') map.view = values.view;
      map.focusId = values.actor;
      map.types = values.type;
      map.province = values.province;
      map.federation = values.federation;
      search.query = values.q ?? '';
    },
    enabled: () => map.syncUrl,
  };
}
