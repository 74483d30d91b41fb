import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { placeSearch } from '../../../feed/near.js';
import type { ResolvedPlace } from '../../../feed/place-search.js';
import { neighbours, passes, type ActorFilter } from '../../../feed/relations.js';
import type { Actor, Network } from '../../../feed/types.js';
import type { Lang } from '../../../i18n/locale.js';
import { actorCount, placeName } from '../render/search.js';
import { describeActor } from '../render/toolbar.js';
import type { MapViewStrategy, SelectOptions } from '../views/map-view.js';

export interface SelectionDeps {
  readonly network: () => Network | undefined;
  /** An actor the graph has laid out (only those can be selected). */
  readonly actor: (id: string) => Actor | undefined;
  readonly view: () => MapViewStrategy;
  readonly lang: () => Lang;
  readonly inLocale: <T>(render: () => T) => T;
  /** What the current view shows (a place's actors are counted among those). */
  readonly filter: () => ActorFilter;
  /** The element's `focus` attribute, kept in step with the selection. */
  readonly reflect: (id: string | undefined) => void;
  readonly emit: (id: string, actor: Actor) => void;
  /** Where the keyboard goes back to when the selection closes, and goes to when it opens. */
  readonly canvas: () => HTMLElement | undefined;
  readonly panelClose: () => HTMLElement | null | undefined;
  readonly scheduleDraw: () => void;
}

/**
 * What the reader picked on the map: the selected actor and its highlighted neighbours, or a
 * place from the search and its highlighted actors; the actor or bubble with the keyboard's focus;
 * and what a screen reader is told about it.
 */
export class SelectionController implements ReactiveController {
  selected?: string;
  focused?: string;
  highlight?: ReadonlySet<string>;
  /** The place chosen in the search: its actors are highlighted. */
  place?: ResolvedPlace;
  announcement = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deps: SelectionDeps,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to start: the state is the element's, kept here.
  }

  private changed(): void {
    this.host.requestUpdate();
    this.deps.scheduleDraw();
  }

  focus(id: string | undefined): void {
    this.focused = id;
    this.host.requestUpdate();
  }

  announce(text: string): void {
    this.announcement = text;
    this.host.requestUpdate();
  }

  select(id: string, options: SelectOptions = {}): void {
    const network = this.deps.network();
    const actor = this.deps.actor(id);
    if (!network || !actor) return;
    this.remember(id);
    if (options.centre !== false) this.deps.view().reveal(id);
    if (options.emit !== false) this.deps.emit(id, actor);
    if (options.announce !== false) this.announce(describeActor(network, actor, this.deps.lang()));
    if (options.moveFocus !== false) void this.host.updateComplete.then(() => this.deps.panelClose()?.focus());
  }

  /** Selected elsewhere (the list view): remembered and highlighted, nothing else. */
  remember(id: string): void {
    const network = this.deps.network();
    this.selected = id;
    this.focused = id;
    this.place = undefined;
    this.highlight = network ? new Set([id, ...neighbours(network, id)]) : new Set([id]);
    this.deps.reflect(id);
    this.changed();
  }

  clear(returnFocus = true): void {
    this.selected = undefined;
    this.highlight = undefined;
    this.deps.reflect(undefined);
    if (returnFocus) this.deps.canvas()?.focus();
    this.changed();
  }

  /** A place chosen in the search: its actors (those the view shows) highlighted and brought into view. */
  choosePlace(place: ResolvedPlace): void {
    const search = placeSearch();
    const network = this.deps.network();
    if (!search || !network) return;
    const filter = this.deps.filter();
    const shown = network.actors.filter((actor) => passes(actor, filter));
    const ids = new Set(search.actorsIn(shown, place.municipality.nis).map((actor) => actor.id));
    if (this.selected) this.clear(false);
    this.place = place;
    this.highlight = ids;
    this.deps.view().frame(ids, place.municipality.nis);
    const lang = this.deps.lang();
    this.announce(`${placeName(place, lang)}: ${this.deps.inLocale(() => actorCount(ids.size, lang))}`);
    this.changed();
  }

  clearPlace(): void {
    this.place = undefined;
    this.highlight = undefined;
    this.changed();
  }

  /** Escape: the selection closes, else the place is forgotten; false when there was neither. */
  escape(): boolean {
    if (this.selected) this.clear();
    else if (this.place) this.clearPlace();
    else return false;
    return true;
  }
}
