import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg } from '@lit/localize';
import { loadPlaceSearch, placeSearch } from '../../feed/near.js';
import type { Actor, Network } from '../../feed/types.js';
import { needMunicipalityNames } from '../../i18n/municipality-label.js';
import { MfElement } from '../../shared/base-element.js';
import { warnUnknownId } from '../../shared/unknown-id.js';
import { copyLinkStyles } from '../../shared/copy-link.styles.js';
import { emit } from '../../shared/events.js';
import { styleProps } from '../../shared/style-props.js';
import { SyncUrl } from '../../shared/sync-url.js';
import { loadCard, renderNestedCard } from '../actor-card/nested.js';
import { renderControls, renderSummary, summaryText } from './controls.js';
import { LocateController } from './locate.js';
import { findActors, type Results } from './results.js';
import { renderRow } from './row.js';
import { RowWindow } from './row-window.js';
import { styles } from './actor-list.styles.js';

/**
 * A directory of the network's actors: search by name, postcode or municipality (accent- and
 * case-insensitive, in Dutch or French; a place lists its actors first, then the nearest), or
 * from the reader's location; filter by type, province and federation, sorted by name in the
 * reader's language, fluid with 20,000 actors (only the rows in view are in the page).
 *
 * @summary A searchable, filterable directory of actors.
 * @tag mf-actor-list
 * @csspart base - The directory.
 * @csspart controls - Search field and filters.
 * @csspart search - The search field.
 * @csspart summary - The number of results.
 * @csspart search-instead - In the summary: search the names instead of the place the text names, and back.
 * @csspart row - One actor's row.
 * @cssprop [--mf-list-height=36rem] - Height of the directory (its rows scroll inside).
 * @cssprop [--mf-list-row-height=4.25rem] - Height of a collapsed row.
 * @cssprop [--mf-list-background] - Background (the theme's background by default).
 * @cssprop [--mf-list-border=1px solid] - Border of the directory.
 * @fires mf-actor-select - A row was activated. `detail: { id, actor }`.
 */
export class MfActorList extends MfElement {
  static override styles = [...MfElement.styles, copyLinkStyles, styles];

  static override properties: PropertyDeclarations = {
    query: { reflect: true },
    types: { reflect: true },
    province: { reflect: true },
    federation: { reflect: true },
    expandedId: { attribute: 'expanded', reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url', reflect: true },
    scrolled: { state: true },
    announced: { state: true },
    activeId: { state: true },
    namesOnly: { state: true },
    named: { state: true },
  };

  /** Search text. */
  query = '';

  /** The reader chose to search the names for a text that also names a place; typing again ends it. */
  private namesOnly = false;
  /** How many names a place search finds elsewhere, counted once typing pauses (results.ts). */
  private named = 0;

  /** Comma-separated type ids to show; unset shows every type. */
  types?: string;

  /** A province id to show only actors there. */
  province?: string;

  /** A federation id to show only its members. */
  federation?: string;

  /** The row opened into a full card, if any. */
  expandedId?: string;

  /**
   * Keeps the search, filters and opened row in the page's address (a reload or a shared link
   * shows the same; Back closes what was opened) and offers "copy link" on the opened row.
   */
  syncUrl = false;

  private scrolled = 0;
  private announced = '';

  private get scroller(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.scroller') ?? null;
  }

  private readonly rows = new RowWindow();
  private resizeObserver?: ResizeObserver;
  private observed?: Element;
  private announceTimer = 0;
  private namedTimer = 0;
  private focusAfterRender?: string;
  private observedRow?: HTMLElement;
  private tabStop?: string;
  /** The row that takes Tab (one tab stop for the list; arrow keys move it). */
  private activeId?: string;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = undefined;
    clearTimeout(this.announceTimer);
    clearTimeout(this.namedTimer);
  }

  /** What is listed, made again in willUpdate when the network, language, search or a filter changes. */
  private results: Results = { actors: [] };
  private resultsFor?: readonly unknown[];
  private toTop = false;
  /** An opened row to bring into view once it is listed. */
  private reveal?: string;
  /** The network whose places the place search has looked up. */
  private prepared?: Network;

  private readonly locate = new LocateController(this, () => {
    void this.needPlaces();
    this.announceSoon();
  });

  private readonly url = new SyncUrl(this, {
    stem: 'list',
    fields: ['q', 'type', 'province', 'federation', 'open'],
    push: ['open'],
    read: () => ({
      q: this.query || undefined,
      type: this.types,
      province: this.province,
      federation: this.federation,
      open: this.expandedId,
    }),
    apply: (values) => {
      this.query = values.q ?? '';
      this.types = values.type;
      this.province = values.province;
      this.federation = values.federation;
      this.expandedId = values.open;
    },
    enabled: () => this.syncUrl,
  });

  /** The place search (postcodes, places, distances) loads when the reader first searches. */
  private needPlaces(): Promise<unknown> | undefined {
    const network = this.data.network;
    if (placeSearch() && network === this.prepared) return undefined;
    this.prepared = network;
    return loadPlaceSearch().then(async (search) => {
      this.requestUpdate();
      if (search && network) await search.prepare(network);
    });
  }

  /** Says what is listed once typing pauses, not at every keystroke. */
  private announceSoon(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      if (this.data.network) this.announced = this.inLocale(() => summaryText(this.results, this.locale));
    }, 600);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Place names in French or English come with their table, loaded once (not on Dutch pages).
    needMunicipalityNames(this.locale, () => this.requestUpdate());
    this.url.start();
    if (this.query.trim() !== '') void this.needPlaces();
    const network = this.data.network;
    const key = [
      network,
      this.locale,
      this.query,
      this.types,
      this.province,
      this.federation,
      this.locate.position,
      placeSearch(),
      // Last: see `named` below.
      this.namesOnly,
    ];
    if (network && (!this.resultsFor || key.some((value, i) => value !== this.resultsFor![i]))) {
      const criteria = {
        query: this.query,
        types: this.types,
        province: this.province,
        federation: this.federation,
        position: this.locate.position,
        namesOnly: this.namesOnly,
      };
      // Another search, filter or place: the new list is read from its top.
      if (this.resultsFor && key.slice(2).some((value, i) => value !== this.resultsFor![i + 2]) && this.scrolled > 0) {
        // Scrolled down: back to the top (setting scrollTop lays the page out, so only then).
        this.toTop = true;
        this.scrolled = 0;
      }
      const before = this.resultsFor;
      const results = (this.results = findActors(network, this.locale, criteria, placeSearch()));
      this.resultsFor = key;
      // Only names-or-place changed: the count holds, and the button (with the focus) stays.
      if (!before || key.slice(0, -1).some((value, i) => value !== before[i])) {
        this.named = 0;
        clearTimeout(this.namedTimer);
        if (results.namesElsewhere)
          this.namedTimer = window.setTimeout(() => {
            if (this.results === results) this.named = results.namesElsewhere!();
          }, 300);
      }
    }
    if (['query', 'types', 'province', 'federation', 'namesOnly'].some((key) => (changed as PropertyValues).has(key)))
      this.announceSoon();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After the update, so that a new src or feed set with `expanded` is not checked against the old network.
    const network = this.data.network;
    if (network) warnUnknownId(this, 'expanded', this.expandedId, network);
    if (changed.has('expandedId')) this.reveal = this.expandedId;
    this.revealOpened();
    const scroller = this.scroller;
    if (scroller && scroller !== this.observed) {
      this.resizeObserver?.disconnect();
      this.resizeObserver = new ResizeObserver(() => this.measure());
      // Observing reports the first size too, after this update (no update inside an update).
      this.resizeObserver.observe(scroller);
      this.observed = scroller;
    }
    if (this.toTop && scroller) {
      this.toTop = false;
      scroller.scrollTop = 0;
    }
    const expanded = this.renderRoot.querySelector<HTMLElement>('li.expanded') ?? undefined;
    if (expanded !== this.observedRow) {
      if (this.observedRow) this.resizeObserver?.unobserve(this.observedRow);
      if (expanded) this.resizeObserver?.observe(expanded);
      this.observedRow = expanded;
    }
    if (this.focusAfterRender) {
      const id = this.focusAfterRender;
      const row = this.renderRoot.querySelector<HTMLElement>(`.row[data-id="${CSS.escape(id)}"]`);
      if (row) {
        this.focusAfterRender = undefined;
        row.focus({ preventScroll: true });
      }
    }
  }

  private measure(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const rows = this.rows;
    const viewport = scroller.clientHeight || rows.viewport;
    const row = this.renderRoot.querySelector<HTMLElement>('li:not(.expanded)');
    if (row && row.offsetHeight > 0) rows.rowHeight = row.offsetHeight;
    const expanded = this.renderRoot.querySelector<HTMLElement>('li.expanded');
    const height = expanded?.offsetHeight ?? 0;
    if (height !== rows.expandedHeight || viewport !== rows.viewport) {
      rows.expandedHeight = height;
      rows.viewport = viewport;
      this.requestUpdate();
    }
  }

  private clearFilters(): void {
    this.query = '';
    this.types = undefined;
    this.province = undefined;
    this.federation = undefined;
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  /**
   * A row opened from outside (the attribute, the address, the map) is scrolled into view once it
   * is listed, on the next frame (the list has its size then).
   */
  private revealOpened(): void {
    const id = this.reveal;
    const index = id ? this.results.actors.findIndex((actor) => actor.id === id) : -1;
    if (index < 0 || !this.scroller) return;
    this.reveal = undefined;
    requestAnimationFrame(() => {
      if (this.expandedId === id) this.scrollToIndex(index, index);
    });
  }

  private activate(actor: Actor): void {
    this.expandedId = this.expandedId === actor.id ? undefined : actor.id;
    emit(this, 'mf-actor-select', { id: actor.id, actor });
  }

  private scrollToIndex(index: number, expandedIndex: number): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const top = this.rows.scrollTopFor(index, expandedIndex, scroller.scrollTop, scroller.clientHeight);
    // Written only when it moves: writing scrollTop lays the page out.
    if (top !== scroller.scrollTop) scroller.scrollTop = top;
    this.scrolled = scroller.scrollTop;
  }

  private onRowKey(event: KeyboardEvent, index: number): void {
    const results = this.results.actors;
    const expandedIndex = this.expandedId ? results.findIndex((a) => a.id === this.expandedId) : -1;
    const next = this.rows.keyTarget(event.key, index, results.length);
    if (next === undefined) return;
    event.preventDefault();
    const actor = results[next];
    if (!actor) return;
    this.focusAfterRender = actor.id;
    this.activeId = actor.id;
    this.scrollToIndex(next, expandedIndex);
    this.requestUpdate();
  }

  /** The opened row: the actor's full card, and with `sync-url` a link to it. */
  private renderDetail(actor: Actor): TemplateResult {
    return html`${renderNestedCard({ feed: this.feed, src: this.src, lang: this.locale, theme: this.theme }, actor)}
    ${this.url.renderCopyLink({ open: actor.id })}`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="skeleton skeleton--list"></span>`;
  }

  protected override renderReady(network: Network): TemplateResult {
    const results = this.results.actors;
    const total = results.length;
    const expandedIndex = this.expandedId ? results.findIndex((a) => a.id === this.expandedId) : -1;
    const height = this.rows.offsetOf(total, expandedIndex);
    // The window of rows in view, and a few more each side.
    const [first, last] = this.rows.range(this.scrolled, total, expandedIndex);
    const windowed = results.slice(first, last).map((actor, i) => ({ actor, index: first + i }));
    // Keep the row with the tab stop in the page even when it scrolled out of the window, so that
    // focus is not lost to the page when the reader scrolls with the wheel.
    this.tabStop = results.some((a) => a.id === this.activeId) ? this.activeId : results[0]?.id;
    const focusIndex = this.tabStop ? results.findIndex((a) => a.id === this.tabStop) : -1;
    if (focusIndex >= 0 && (focusIndex < first || focusIndex >= last))
      windowed.push({ actor: results[focusIndex]!, index: focusIndex });

    const distance = this.results.distance;
    return html`<div part="base" class="list">
      ${renderControls({
        network,
        lang: this.locale,
        query: this.query,
        types: this.types,
        province: this.province,
        federation: this.federation,
        locate: this.locate,
        search: (text) => {
          this.query = text;
          this.namesOnly = false;
        },
        searchFocus: () => void this.needPlaces(),
        choose: (filter, value) => (this[filter] = value),
      })}
      ${renderSummary({
        results: this.results,
        lang: this.locale,
        query: this.query,
        named: this.named,
        announced: this.announced,
        namesOnly: (on) => (this.namesOnly = on),
      })}
      ${
        total === 0
          ? html`<div class="empty">
              <p>${msg('Geen actoren gevonden met deze zoekopdracht en filters.', { id: 'list.empty' })}</p>
              <button class="button" type="button" @click=${this.clearFilters}>
                ${msg('Filters wissen', { id: 'list.clear' })}
              </button>
            </div>`
          : html`<div
              class="scroller"
              @pointerover=${loadCard}
              @focusin=${loadCard}
              @scroll=${(event: Event) => (this.scrolled = (event.target as HTMLElement).scrollTop)}
            >
              <ul
                class="rows"
                role="list"
                aria-label=${msg('Actoren', { id: 'list.label' })}
                ${styleProps({ height: `${height}px` })}
              >
                ${repeat(
                  windowed,
                  ({ actor }) => actor.id,
                  ({ actor, index }) =>
                    renderRow({
                      network,
                      actor,
                      lang: this.locale,
                      index,
                      total,
                      top: this.rows.offsetOf(index, expandedIndex),
                      expanded: index === expandedIndex,
                      tabStop: actor.id === this.tabStop,
                      distance: distance?.[index],
                      detail: () => this.renderDetail(actor),
                      focus: () => (this.activeId = actor.id),
                      activate: () => this.activate(actor),
                      keydown: (event) => this.onRowKey(event, index),
                    }),
                )}
              </ul>
            </div>`
      }
    </div>`;
  }
}
