import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadPlaceSearch, placeSearch } from '../../../feed/near.js';
import type { ResolvedPlace } from '../../../feed/place-search.js';
import { searchActors } from '../../../feed/search.js';
import type { Actor, Network } from '../../../feed/types.js';

/** One option of the search: an actor, or a place with how many actors are there. */
export type SearchOption =
  | { readonly actor: Actor; readonly place?: undefined }
  | { readonly place: ResolvedPlace; readonly count: number; readonly actor?: undefined };

/**
 * The map's search as an ARIA combobox: the text, its options (places first, then actors), the
 * active option and whether the list is open. The input keeps the focus (the options are picked
 * by pointer without taking it); the list closes when the focus leaves the search for anything
 * else. Places come from the place search, loaded when the reader first types.
 */
export class SearchController implements ReactiveController {
  query = '';
  results: SearchOption[] = [];
  active = -1;
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly network: () => Network | undefined,
    /** Whether an actor may be found (the filters show it). */
    private readonly accept: (actor: Actor) => boolean,
    private readonly onChoose: (actor: Actor) => void,
    private readonly onChoosePlace: (place: ResolvedPlace) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.open = false;
  }

  private changed(): void {
    this.host.requestUpdate();
  }

  /** The places the text names (all of a shared name), else up to two that begin so. */
  private places(network: Network): SearchOption[] {
    const search = placeSearch();
    if (!search) {
      void loadPlaceSearch().then(async (loaded) => {
        if (!loaded) return;
        // Where each actor is, looked up in slices, so that the counts need no look-ups.
        await loaded.prepare(network);
        if (this.open) this.find();
      });
      return [];
    }
    const text = this.query.trim();
    const named = search.placesNamed(text);
    const places = named.length > 0 ? named : text.length >= 3 ? search.placesStartingWith(text, 2) : [];
    const shown = network.actors.filter(this.accept);
    return places.map((place) => ({ place, count: search.actorsIn(shown, place.municipality.nis).length }));
  }

  private find(): void {
    const network = this.network();
    this.results = network
      ? [...this.places(network), ...searchActors(network, this.query, 8, this.accept).map((actor) => ({ actor }))]
      : [];
    this.active = this.results.length > 0 ? 0 : -1;
    this.changed();
  }

  readonly input = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.open = this.query.trim() !== '';
    this.find();
  };

  readonly choose = (option: SearchOption): void => {
    this.open = false;
    this.results = [];
    if (option.place) {
      this.changed();
      this.onChoosePlace(option.place);
      return;
    }
    this.query = '';
    this.changed();
    this.onChoose(option.actor);
  };

  readonly keydown = (event: KeyboardEvent): void => {
    const count = this.results.length;
    if (event.key === 'ArrowDown' && count > 0) {
      this.open = true;
      this.active = (this.active + 1) % count;
    } else if (event.key === 'ArrowUp' && count > 0) {
      this.open = true;
      this.active = (this.active - 1 + count) % count;
    } else if (event.key === 'Enter' && this.open && this.results[this.active]) {
      this.choose(this.results[this.active]!);
    } else if (event.key === 'Escape') {
      if (this.open) this.open = false;
      else {
        this.query = '';
        this.results = [];
      }
    } else {
      return;
    }
    event.preventDefault();
    this.changed();
  };

  /** The focus left the input: the list closes unless the focus stayed inside the search. */
  readonly focusout = (event: FocusEvent): void => {
    const search = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && search.contains(event.relatedTarget)) return;
    if (!this.open) return;
    this.open = false;
    this.changed();
  };
}
