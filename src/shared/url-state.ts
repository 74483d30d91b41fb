/**
 * `sync-url`: what the reader sees (view, selected actor, filters, search) kept in the page's
 * address, so that a reload or a shared link shows the same and Back and Forward step through
 * selections.
 *
 * The state lives in the query string, one parameter per field and element: `map.actor=fed-1`,
 * `list.q=gent` (the key is the element's id, else "map"/"list" and its order on the page: list,
 * list2…). The path and the hash stay the host's, so a page that routes with the History API or the
 * hash keeps its routes; `history.state` is passed on untouched, so a router's own state survives.
 * Only what differs from the page's own attributes is written; an address without our parameters
 * shows the page as its author made it. A selection or view change makes a history entry; typing
 * and filtering replace the current one (once typing pauses). A lazy chunk, loaded for `sync-url`.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { CopyLink } from './copy-link.js';

export type Values = Readonly<Record<string, string | undefined>>;

export interface UrlStateSpec {
  /** "map" or "list": the key's stem when the element has no id. */
  readonly stem: string;
  /** The fields in the address, by parameter name; those in `push` make a history entry. */
  readonly fields: readonly string[];
  readonly push: readonly string[];
  /** The element's state now, by field. */
  readonly read: () => Values;
  /** Shows a state (from the address): every field, undefined where the author's default applies. */
  readonly apply: (values: Values) => void;
  /** Whether `sync-url` is still on. */
  readonly enabled: () => boolean;
}

const REPLACE_AFTER_MS = 400;

export class UrlState implements ReactiveController {
  private key = '';
  /** The author's own state (the attributes before the address was read). */
  private initial?: Values;
  private written: Values = {};
  private replaceTimer = 0;
  private readonly onPopState = (): void => this.fromAddress();

  constructor(
    private readonly host: ReactiveElement & HTMLElement,
    private readonly spec: UrlStateSpec,
  ) {
    // Added to a connected host (the chunk arrives after the element connected), Lit calls hostConnected at once.
    host.addController(this);
  }

  hostConnected(): void {
    this.key = keyOf(this.host, this.spec.stem);
    // Once: an element moved in the page comes back with the reader's state, not the author's.
    this.initial ??= this.spec.read();
    window.addEventListener('popstate', this.onPopState);
    this.fromAddress();
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    this.flush();
  }

  hostUpdated(): void {
    if (!this.spec.enabled()) return;
    const now = this.spec.read();
    const changed = this.spec.fields.filter((field) => (now[field] ?? '') !== (this.written[field] ?? ''));
    if (changed.length === 0) return;
    this.written = now;
    if (changed.some((field) => this.spec.push.includes(field))) {
      clearTimeout(this.replaceTimer);
      this.replaceTimer = 0;
      this.write(now, 'push');
    } else {
      // Typing and filtering: the current entry, once the reader pauses (browsers limit how often).
      clearTimeout(this.replaceTimer);
      this.replaceTimer = window.setTimeout(() => {
        this.replaceTimer = 0;
        this.write(this.written, 'replace');
      }, REPLACE_AFTER_MS);
    }
  }

  /** A pending replace is written now (the element leaves, or a link is made). */
  private flush(): void {
    if (!this.replaceTimer) return;
    clearTimeout(this.replaceTimer);
    this.replaceTimer = 0;
    this.write(this.written, 'replace');
  }

  private param(field: string): string {
    return `${this.key}.${field}`;
  }

  /** Reads this element's state from the address: a field not there is the author's default. */
  private fromAddress(): void {
    if (!this.spec.enabled()) return;
    const params = new URL(location.href).searchParams;
    const values: Record<string, string | undefined> = {};
    for (const field of this.spec.fields) {
      const value = params.get(this.param(field));
      values[field] = value === null ? this.initial?.[field] : value || undefined;
    }
    this.written = values;
    this.spec.apply(values);
  }

  /** The address with this element's state set to `values` (only what differs from the author's). */
  private address(values: Values): URL {
    const url = new URL(location.href);
    for (const field of this.spec.fields) {
      const name = this.param(field);
      url.searchParams.delete(name);
      const value = values[field] ?? '';
      if (value !== (this.initial?.[field] ?? '')) url.searchParams.set(name, value);
    }
    return url;
  }

  private write(values: Values, how: 'push' | 'replace'): void {
    const url = this.address(values);
    if (url.href === location.href) return;
    try {
      // The router's state (React Router's key and index) goes on as it is.
      if (how === 'push') history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
    } catch (error) {
      // Browsers refuse too many calls in a short time (Safari); the next change writes again.
      console.warn('[mf-widgets] could not update the page address', error);
    }
  }

  /** A link to this page showing `values` (a selected actor), for "copy link". */
  link(values: Values): string {
    this.flush();
    const url = this.address(this.initial ?? {});
    for (const [field, value] of Object.entries(values)) {
      if (value !== undefined && value !== (this.initial?.[field] ?? ''))
        url.searchParams.set(this.param(field), value);
    }
    return url.href;
  }
}

/** The element's key: its id, else its stem and order among the page's synced elements of its kind. */
function keyOf(host: HTMLElement, stem: string): string {
  if (host.id) return host.id;
  const root = host.getRootNode() as Document | ShadowRoot;
  const same = [...root.querySelectorAll(`${host.localName}[sync-url]:not([id])`)];
  const index = same.indexOf(host);
  return index > 0 ? `${stem}${index + 1}` : stem;
}

/** The address kept in step with `host`, and the "copy link" that goes with it. */
export function attach(host: ReactiveElement & HTMLElement, spec: UrlStateSpec): Synced {
  return { state: new UrlState(host, spec), copy: new CopyLink(host) };
}

export interface Synced {
  readonly state: UrlState;
  readonly copy: CopyLink;
}
