import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { FALLBACK_TYPE_COLOR } from '../../feed/palette.js';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../../shared/style-props.js';
import { msg, str } from '@lit/localize';
import { MfElement } from '../../shared/base-element.js';
import { emit, keepInside } from '../../shared/events.js';
import { ICONS, icon } from '../../shared/icons.js';
import { SHAPES, shapeOf } from '../../shared/shapes.js';
import { textOn } from '../../util/color.js';
import { PROVINCE_IDS } from '../../feed/ids.js';
import { federationOf, passes, typeSet } from '../../feed/relations.js';
import { matches, queryWords, searchIndex } from '../../feed/search.js';
import type { Actor, Network } from '../../feed/types.js';
import { formatNumber, typeLabel } from '../../i18n/labels.js';
import { provinceLabel } from '../../i18n/province-label.js';
import { needMunicipalityNames, placeLabel } from '../../i18n/municipality-label.js';
import { isOne, type Lang } from '../../i18n/locale.js';
import { initials } from '../../util/initials.js';
import { renderNestedCard } from '../actor-card/nested.js';
import { styles } from './actor-list.styles.js';

const OVERSCAN = 6;
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

/**
 * A directory of the network's actors: search by name (accent- and case-insensitive), filter by
 * type, province and federation, sorted by name in the reader's language, fluid with 20,000
 * actors (only the rows in view are in the page).
 *
 * @summary A searchable, filterable directory of actors.
 * @tag mf-actor-list
 * @csspart base - The directory.
 * @csspart controls - Search field and filters.
 * @csspart search - The search field.
 * @csspart summary - The number of results.
 * @csspart row - One actor's row.
 * @cssprop [--mf-list-height=36rem] - Height of the directory (its rows scroll inside).
 * @cssprop [--mf-list-row-height=4.25rem] - Height of a collapsed row.
 * @cssprop [--mf-list-background] - Background (the theme's background by default).
 * @cssprop [--mf-list-border=1px solid] - Border of the directory.
 * @fires mf-actor-select - A row was activated. `detail: { id, actor }`.
 */
export class MfActorList extends MfElement {
  static override styles = [...MfElement.styles, styles];

  /** Search text. */
  @property({ reflect: true }) query = '';

  /** Comma-separated type ids to show; unset shows every type. */
  @property({ reflect: true }) types?: string;

  /** A province id to show only actors there. */
  @property({ reflect: true }) province?: string;

  /** A federation id to show only its members. */
  @property({ reflect: true }) federation?: string;

  /** The row opened into a full card, if any. */
  @property({ attribute: 'expanded', reflect: true }) expandedId?: string;

  @state() private scrolled = 0;
  @state() private viewport = 600;
  @state() private announced = '';

  @query('.scroller') private scroller?: HTMLElement;

  private rowHeight = 68;
  private expandedHeight = 0;
  private resizeObserver?: ResizeObserver;
  private observed?: Element;
  private announceTimer = 0;
  private focusAfterRender?: string;
  private observedRow?: HTMLElement;
  private tabStop?: string;
  /** The row that takes Tab (one tab stop for the list; arrow keys move it). */
  @state() private activeId?: string;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = undefined;
    clearTimeout(this.announceTimer);
  }

  /** The filtered, sorted actors, made again in willUpdate when the network, language, query or a filter changes. */
  private results: readonly Actor[] = [];
  private resultsNetwork?: Network;

  private filterResults(network: Network): readonly Actor[] {
    const words = queryWords(this.query);
    const index = new Map(searchIndex(network).map((entry) => [entry.actor, entry]));
    const filter = { types: typeSet(this.types), federation: this.federation, province: this.province };
    return sortedActors(network, this.locale).filter((actor) => {
      if (!passes(actor, filter)) return false;
      const entry = index.get(actor);
      return entry ? matches(entry, words) : false;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Place names in French or English come with their table, loaded once (not on Dutch pages).
    needMunicipalityNames(this.locale, () => this.requestUpdate());
    const network = this.data.network;
    const read = changed as PropertyValues;
    const filters = ['query', 'types', 'province', 'federation', 'locale'].some((key) => read.has(key));
    if (network && (network !== this.resultsNetwork || filters)) {
      this.results = this.filterResults(network);
      this.resultsNetwork = network;
    }
    if (changed.has('query') || changed.has('types') || changed.has('province') || changed.has('federation')) {
      // Say how many there are once typing pauses, not at every keystroke.
      clearTimeout(this.announceTimer);
      this.announceTimer = window.setTimeout(() => {
        if (this.data.network) this.announced = this.inLocale(() => this.countText(this.results.length));
      }, 600);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After the update, so that a new src or feed set with `expanded` is not checked against the old network.
    const network = this.data.network;
    if (network) this.warnUnknownId('expanded', this.expandedId, network);
    const scroller = this.scroller;
    if (scroller && scroller !== this.observed) {
      this.resizeObserver?.disconnect();
      this.resizeObserver = new ResizeObserver(() => this.measure());
      // Observing reports the first size too, after this update (no update inside an update).
      this.resizeObserver.observe(scroller);
      this.observed = scroller;
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
    this.viewport = scroller.clientHeight || this.viewport;
    const row = this.renderRoot.querySelector<HTMLElement>('li:not(.expanded)');
    if (row && row.offsetHeight > 0) this.rowHeight = row.offsetHeight;
    const expanded = this.renderRoot.querySelector<HTMLElement>('li.expanded');
    const height = expanded?.offsetHeight ?? 0;
    if (height !== this.expandedHeight) {
      this.expandedHeight = height;
      this.requestUpdate();
    }
  }

  private countText(count: number): string {
    const n = formatNumber(count, this.locale);
    return isOne(count, this.locale)
      ? msg(str`${n} actor gevonden`, { id: 'list.count.one' })
      : msg(str`${n} actoren gevonden`, { id: 'list.count.other' });
  }

  private clearFilters(): void {
    this.query = '';
    this.types = undefined;
    this.province = undefined;
    this.federation = undefined;
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  private activate(actor: Actor): void {
    this.expandedId = this.expandedId === actor.id ? undefined : actor.id;
    emit(this, 'mf-actor-select', { id: actor.id, actor });
  }

  /** Offset of row `index` from the top, with the expanded row taller than the others. */
  private offsetOf(index: number, expandedIndex: number): number {
    const extra = expandedIndex >= 0 && index > expandedIndex ? Math.max(0, this.expandedHeight - this.rowHeight) : 0;
    return index * this.rowHeight + extra;
  }

  private scrollToIndex(index: number, expandedIndex: number): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const top = this.offsetOf(index, expandedIndex);
    const height = index === expandedIndex ? this.expandedHeight : this.rowHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + height > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTop = top + height - scroller.clientHeight;
    this.scrolled = scroller.scrollTop;
  }

  private onRowKey(event: KeyboardEvent, index: number): void {
    const results = this.results;
    const expandedIndex = this.expandedId ? results.findIndex((a) => a.id === this.expandedId) : -1;
    let next = index;
    if (event.key === 'ArrowDown') next = Math.min(results.length - 1, index + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, index - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = results.length - 1;
    else if (event.key === 'PageDown')
      next = Math.min(results.length - 1, index + Math.max(1, Math.floor(this.viewport / this.rowHeight) - 1));
    else if (event.key === 'PageUp')
      next = Math.max(0, index - Math.max(1, Math.floor(this.viewport / this.rowHeight) - 1));
    else return;
    event.preventDefault();
    const actor = results[next];
    if (!actor) return;
    this.focusAfterRender = actor.id;
    this.activeId = actor.id;
    this.scrollToIndex(next, expandedIndex);
    this.requestUpdate();
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="skeleton skeleton--list"></span>`;
  }

  private renderFilters(network: Network): TemplateResult {
    const types = [...network.countsByType.keys()].filter((type) => type !== 'network');
    const federations = network.actors.filter((actor) => actor.type === 'federation');
    const chosen = typeSet(this.types);
    const typeValue = chosen?.size === 1 ? [...chosen][0] : '';
    // Several types (from the attribute, or the map's legend) are one choice of their own here.
    const several = chosen && chosen.size > 1 ? [...chosen] : undefined;
    return html`<div part="controls" class="controls">
      <label class="search"
        >${msg('Zoek op naam', { id: 'list.search' })}
        <input
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${this.query}
          @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
      /></label>
      <label
        >${msg('Soort', { id: 'list.type' })}
        <select @change=${(event: Event) => (this.types = (event.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!chosen}>${msg('Alle soorten', { id: 'list.type-all' })}</option>
          ${
            several
              ? html`<option value=${several.join(',')} selected>
                  ${several.map((type) => typeLabel(network.types.get(type) ?? type, this.locale, 2)).join(', ')}
                </option>`
              : nothing
          }
          ${types.map(
            (type) =>
              html`<option value=${type} ?selected=${typeValue === type}>
                ${typeLabel(network.types.get(type) ?? type, this.locale, 2)}
              </option>`,
          )}
        </select></label
      >
      <label
        >${msg('Provincie', { id: 'list.province' })}
        <select @change=${(event: Event) => (this.province = (event.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!this.province}>${msg('Alle provincies', { id: 'list.province-all' })}</option>
          ${PROVINCE_IDS.map(
            (id) =>
              html`<option value=${id} ?selected=${this.province === id}>${provinceLabel(id, this.locale)}</option>`,
          )}
        </select></label
      >
      ${
        federations.length > 0
          ? html`<label
              >${msg('Federatie', { id: 'list.federation' })}
              <select
                @change=${(event: Event) => (this.federation = (event.target as HTMLSelectElement).value || undefined)}
              >
                <option value="" ?selected=${!this.federation}>
                  ${msg('Alle federaties', { id: 'list.federation-all' })}
                </option>
                ${federations.map(
                  (federation) =>
                    html`<option value=${federation.id} ?selected=${this.federation === federation.id}>
                      ${federation.name}
                    </option>`,
                )}
              </select></label
            >`
          : nothing
      }
    </div>`;
  }

  private renderRow(network: Network, actor: Actor, index: number, total: number, top: number): TemplateResult {
    const type = network.types.get(actor.type);
    const color = type?.color ?? FALLBACK_TYPE_COLOR;
    const expanded = this.expandedId === actor.id;
    const federation = federationOf(network, actor);
    const place =
      placeLabel(actor.location, this.locale) ??
      (actor.location?.province ? provinceLabel(actor.location.province, this.locale) : '');
    return html`<li
      class=${expanded ? 'expanded' : ''}
      ${styleProps({ top: `${top}px` })}
      aria-setsize=${total}
      aria-posinset=${index + 1}
    >
      <button
        part="row"
        class="row"
        type="button"
        data-id=${actor.id}
        tabindex=${actor.id === this.tabStop ? '0' : '-1'}
        aria-expanded=${expanded ? 'true' : 'false'}
        @focus=${() => (this.activeId = actor.id)}
        @click=${() => this.activate(actor)}
        @keydown=${(event: KeyboardEvent) => this.onRowKey(event, index)}
      >
        <span class="avatar" aria-hidden="true" ${styleProps({ background: color, color: textOn(color) })}
          >${initials(actor.shortName ?? actor.name, this.locale)}</span
        >
        <span class="text">
          <span class="name" dir="auto">${actor.name}</span>
          <span class="meta">
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d=${SHAPES[shapeOf(actor.type)]} fill=${color}></path>
            </svg>
            ${typeLabel(type ?? actor.type, this.locale, 1)}${place ? html` · ${icon(ICONS.pin)} ${place}` : nothing}${
              federation ? html` · <bdi>${federation.shortName ?? federation.name}</bdi>` : nothing
            }
          </span>
        </span>
        <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" stroke-width="2"></path>
        </svg>
      </button>
      ${
        expanded
          ? html`<div class="detail" @mf-load=${keepInside} @mf-error=${keepInside}>
              ${renderNestedCard({ feed: this.feed, src: this.src, lang: this.locale, theme: this.theme }, actor)}
            </div>`
          : nothing
      }
    </li>`;
  }

  protected override renderReady(network: Network): TemplateResult {
    const results = this.results;
    const total = results.length;
    const expandedIndex = this.expandedId ? results.findIndex((a) => a.id === this.expandedId) : -1;
    const height = this.offsetOf(total, expandedIndex);
    // The window of rows in view, and a few more each side.
    let first = Math.max(0, Math.floor(this.scrolled / this.rowHeight) - OVERSCAN);
    if (expandedIndex >= 0 && expandedIndex < first && this.offsetOf(first, expandedIndex) > this.scrolled) {
      first = Math.max(
        0,
        Math.floor((this.scrolled - (this.expandedHeight - this.rowHeight)) / this.rowHeight) - OVERSCAN,
      );
    }
    const last = Math.min(
      total,
      first + Math.ceil((this.viewport + this.expandedHeight) / this.rowHeight) + 2 * OVERSCAN,
    );
    const windowed = results.slice(first, last).map((actor, i) => ({ actor, index: first + i }));
    // Keep the row with the tab stop in the page even when it scrolled out of the window, so that
    // focus is not lost to the page when the reader scrolls with the wheel.
    this.tabStop = results.some((a) => a.id === this.activeId) ? this.activeId : results[0]?.id;
    const focusIndex = this.tabStop ? results.findIndex((a) => a.id === this.tabStop) : -1;
    if (focusIndex >= 0 && (focusIndex < first || focusIndex >= last))
      windowed.push({ actor: results[focusIndex]!, index: focusIndex });

    return html`<div part="base" class="list">
      ${this.renderFilters(network)}
      <p part="summary" class="summary">
        <span>${this.countText(total)}</span>
        <span class="visually-hidden" role="status" aria-live="polite">${this.announced}</span>
      </p>
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
                    this.renderRow(network, actor, index, total, this.offsetOf(index, expandedIndex)),
                )}
              </ul>
            </div>`
      }
    </div>`;
  }
}
