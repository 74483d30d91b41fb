import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { searchActors } from '../../../feed/search.js';
import type { Actor, Network } from '../../../feed/types.js';

/**
 * The map's search as an ARIA combobox: the text, its results, the active option and whether the
 * list is open. The input keeps the focus (the options are picked by pointer without taking it);
 * the list closes when the focus leaves the search for anything else.
 */
export class SearchController implements ReactiveController {
  query = '';
  results: Actor[] = [];
  active = -1;
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly network: () => Network | undefined,
    /** Whether an actor may be found (the filters show it). */
    private readonly accept: (actor: Actor) => boolean,
    private readonly onChoose: (actor: Actor) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.open = false;
  }

  private changed(): void {
    this.host.requestUpdate();
  }

  readonly input = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    const network = this.network();
    this.results = network ? searchActors(network, this.query, 8, this.accept) : [];
    this.active = this.results.length > 0 ? 0 : -1;
    this.open = this.query.trim() !== '';
    this.changed();
  };

  readonly choose = (actor: Actor): void => {
    this.open = false;
    this.query = '';
    this.results = [];
    this.changed();
    this.onChoose(actor);
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
