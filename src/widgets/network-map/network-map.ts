import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { MfElement } from '../../shared/base-element.js';
import { warnUnknownId } from '../../shared/unknown-id.js';
import { copyLinkStyles } from '../../shared/copy-link.styles.js';
import { emit } from '../../shared/events.js';
import type { Network } from '../../feed/types.js';
import { SyncUrl } from '../../shared/sync-url.js';
import { needMunicipalityNames } from '../../i18n/municipality-label.js';
import { clusterIsOpen } from './renderer.js';
import { readPalette, type Palette } from './palette.js';
import { handleMapKey } from './keys.js';
import { DrawController } from './controllers/draw.js';
import { CanvasSizeController } from './controllers/canvas-size.js';
import { GestureController } from './controllers/gestures.js';
import { MatchMediaController } from './controllers/match-media.js';
import { SearchController } from './controllers/search.js';
import { SelectionController } from './controllers/selection.js';
import { MapFilters } from './controllers/filters.js';
import { LegendController } from './controllers/legend.js';
import { renderGeoNotes } from './render/geo-notes.js';
import { renderLegend } from './render/legend.js';
import { renderList } from './render/list.js';
import { renderPanel } from './render/panel.js';
import { renderSearch } from './render/search.js';
import { renderPlaceChip } from './render/place-chip.js';
import { renderStage } from './render/stage.js';
import { describeActor, hintText, renderViews, summaryText, type MapViewName } from './render/toolbar.js';
import { GeoView } from './views/geo-view.js';
import { GraphView } from './views/graph-view.js';
import type { MapHost, MapInspection, MapViewStrategy } from './views/map-view.js';
import { styles } from './network-map.styles.js';
import { mapUrlSpec } from './url-spec.js';
import { renderNestedCard } from '../actor-card/nested.js';

export type { MapInspection } from './views/map-view.js';
export type MapView = MapViewName;

/**
 * The network as a map: the hub, its federations with their associations as clusters, and every
 * other actor around them. Zoom and pan by buttons, Ctrl/⌘ + wheel, pinch, drag and keyboard;
 * travel from actor to actor with the arrow keys; search by name or place; filter by type in the legend.
 *
 * @summary An interactive, keyboard-travellable map of the whole network.
 * @tag mf-network-map
 * @csspart base - The map's frame.
 * @csspart toolbar - View switch, search and zoom.
 * @csspart search - The search field.
 * @csspart canvas - The drawing.
 * @csspart legend - The legend (type filters).
 * @csspart panel - The side panel (bottom sheet on narrow widths) with the selected actor's card.
 * @cssprop [--mf-map-height=36rem] - Height of the map.
 * @cssprop [--mf-map-background] - Background of the drawing (the theme's background by default).
 * @cssprop [--mf-map-border=1px solid] - Border of the map.
 * @fires mf-actor-select - An actor was selected (click, Enter, search or the card's federation). `detail: { id, actor }`.
 */
export class MfNetworkMap extends MfElement {
  static override styles = [...MfElement.styles, copyLinkStyles, styles];

  /**
   * Defines `<mf-actor-list>` for the list view, set by the entry that defines the map (a lazy
   * chunk there: most readers never open the list view). Unset, the page defines it.
   * @internal
   */
  static listElement?: () => Promise<unknown>;

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    focusId: { attribute: 'focus', reflect: true },
    types: { reflect: true },
    federation: { reflect: true },
    province: { reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url', reflect: true },
  };

  /** `graph` (default), `geo` or `list`. */
  view: MapView = 'graph';

  /** An actor id: selected on load; reflects the reader's selection. */
  focusId?: string;

  /** Comma-separated type ids to show; unset shows every type. Reflects the legend. */
  types?: string;

  /** One federation's id: shows that federation and its members only. */
  federation?: string;

  /** A province id (geo view): shows only the actors in that province. Reflects the reader's choice. */
  province?: string;

  /**
   * Keeps the view, the selected actor, the filters and the search in the page's address (a
   * reload or a shared link shows the same; Back and Forward step through selections) and offers
   * "copy link" on the selected actor's card.
   */
  syncUrl = false;

  private get canvas(): HTMLCanvasElement | undefined {
    return this.renderRoot?.querySelector('canvas') ?? undefined;
  }

  private get stage(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.stage') ?? undefined;
  }

  private palette?: Palette;
  private readonly draw = new DrawController(this, () => ({
    view: this.sizer.ratioChanged() || this.view === 'list' ? undefined : this.current,
    canvas: this.canvas,
  }));
  /** The layouts seen by the last update: a new one selects `focus` and fits. */
  private seen: { graph?: unknown; geo?: unknown } = {};
  private layoutsMoved = false;

  private readonly graph: GraphView;
  private readonly geo: GeoView;

  private readonly gestures = new GestureController(this, {
    canvas: () => this.canvas,
    camera: () => this.current.camera,
    tap: (x, y) => this.current.tap(x, y),
    hover: (x, y) => this.current.hover(x, y),
    leave: () => this.current.leave(),
    hintText: (kind) => this.inLocale(() => hintText(kind)),
  });

  private readonly search = new SearchController(
    this,
    () => this.network,
    (actor) => {
      const node = this.graph.layout?.byId.get(actor.id);
      return node ? this.graph.isShown(node) : false;
    },
    (actor) => this.selection.select(actor.id),
    (place) => {
      // The list view's own search reads the same text, places included.
      if (this.view !== 'list') this.selection.choosePlace(place);
    },
  );

  private readonly selection: SelectionController = new SelectionController(this, {
    network: () => this.network,
    actor: (id) => this.graph.layout?.byId.get(id)?.actor,
    view: () => this.current,
    lang: () => this.locale,
    inLocale: (render) => this.inLocale(render),
    filter: () => (this.view === 'geo' ? this.filters.all : this.filters.graph),
    reflect: (id) => (this.focusId = id),
    emit: (id, actor) => emit(this, 'mf-actor-select', { id, actor }),
    canvas: () => this.canvas,
    panelClose: () => this.renderRoot.querySelector<HTMLElement>('.panel .close'),
    scheduleDraw: () => this.draw.schedule(),
  });

  private readonly url = new SyncUrl(this, mapUrlSpec(this, this.search));
  private readonly legend = new LegendController(this);

  private readonly filters: MapFilters = new MapFilters(this, {
    network: () => this.network,
    selection: () => this.selection,
    provinceOf: (id) => this.geo.provinceOf(id),
    fitGeo: () => this.geo.fit(true),
    lang: () => this.locale,
  });

  private readonly sizer = new CanvasSizeController(
    this,
    () => this.stage,
    () => this.canvas,
    (width, height) => {
      this.graph.camera.setSize(width, height);
      this.geo.camera.setSize(width, height);
      this.current.fitIfReady();
      // A picture on screen is drawn anew at once (no frame of a stretched one); a first picture
      // being painted waits for its next frame, not adding a slice to the task that lays out the page.
      if (this.current.painting) this.draw.schedule();
      else this.draw.now();
    },
  );

  constructor() {
    super();
    // What the views may ask of the element (its private state stays private).
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the host's accessors have their own `this`
    const element = this;
    const host: MapHost = {
      get network() {
        return element.network;
      },
      get lang() {
        return element.locale;
      },
      get filter() {
        return element.filters.all;
      },
      get graphFilter() {
        return element.filters.graph;
      },
      get federation() {
        return element.federation;
      },
      get province() {
        return element.province;
      },
      get selected() {
        return element.selection.selected;
      },
      get highlight() {
        return element.selection.highlight;
      },
      get focused() {
        return element.selection.focused;
      },
      set focused(id) {
        element.selection.focus(id);
      },
      palette: () => (this.palette ??= readPalette(this, this.network?.types)),
      style: () => getComputedStyle(this),
      requestUpdate: () => this.requestUpdate(),
      scheduleDraw: () => this.draw.schedule(),
      drawNow: () => this.draw.now(),
      select: (id, options) => this.selection.select(id, options),
      clearSelection: (returnFocus) => this.selection.clear(returnFocus),
      announce: (text) => this.selection.announce(text),
      describe: (actor) => describeActor(this.network, actor, this.locale),
      chooseProvince: (id) => this.filters.chooseProvince(id),
      inLocale: (render) => this.inLocale(render),
    };
    this.graph = new GraphView(host, () => this.canvas);
    this.geo = new GeoView(host, () => this.canvas);
    // theme="auto" follows the system: the canvas reads its colours again.
    new MatchMediaController(this, '(prefers-color-scheme: dark)', () => {
      this.palette = undefined;
      this.draw.schedule();
    });
  }

  /** Each view keeps its own pan and zoom; the list shares the graph's. */
  private get current(): MapViewStrategy {
    return this.view === 'geo' ? this.geo : this.graph;
  }

  private get network(): Network | undefined {
    return this.data.network;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.graph.camera.stop();
    this.geo.camera.stop();
  }

  // ---------- data ----------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Place names in French or English come with their table, loaded once (not on Dutch pages).
    needMunicipalityNames(this.locale, () => this.requestUpdate());
    this.url.start();
    if (this.view === 'list') void MfNetworkMap.listElement?.();
    this.filters.read();
    if (changed.has('theme') || changed.has('lang')) this.palette = undefined;
    const network = this.network;
    if (network) this.graph.prepare(network);
    else this.graph.warmUp();
    if (network && this.view === 'geo') this.geo.prepare(network);
    const graphMoved = this.graph.layout !== this.seen.graph;
    this.layoutsMoved = graphMoved || this.geo.layout !== this.seen.geo;
    this.seen = { graph: this.graph.layout, geo: this.geo.layout };
    // The focus attribute: selected once the layout is there, and whenever it changes.
    const layout = this.graph.layout;
    const { selected } = this.selection;
    if (layout && (graphMoved || (changed.has('focusId') && this.focusId !== selected))) {
      if (this.focusId && layout.byId.has(this.focusId)) {
        this.selection.select(this.focusId, { announce: false, moveFocus: false, emit: false });
      } else if (!this.focusId && selected) {
        this.selection.clear(false);
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After the update, so that a new src or feed set with `focus` is not checked against the old network.
    const network = this.network;
    if (network) warnUnknownId(this, 'focus', this.focusId, network);
    if (!this.graph.layout) return;
    if (this.layoutsMoved || changed.has('view')) this.current.fitIfReady();
    const { place, highlight } = this.selection;
    if (changed.has('view') && place && highlight) this.current.frame(highlight, place.municipality.nis);
    if (changed.has('province') && changed.get('province') !== undefined && !this.province) this.geo.fit(true);
    if (changed.has('federation') && changed.get('federation') !== undefined) this.graph.fit(false);
    if (changed.has('federation') && this.graph.hasFitted && this.federation) this.graph.fit(true);
    this.draw.schedule();
  }

  /**
   * What is on the canvas now (node and cluster positions in CSS px), for the tests and the bench.
   * @internal
   */
  inspect(): MapInspection {
    const camera = this.current.camera;
    return {
      view: { ...camera.view },
      nodes: [],
      clusters: [],
      groups: [],
      labels: [],
      ...this.graph.inspect(),
      clustersOpen: clusterIsOpen(camera),
      ...(this.selection.selected ? { selected: this.selection.selected } : {}),
      ...(this.selection.focused ? { focused: this.selection.focused } : {}),
      ...(this.view === 'geo' ? this.geo.inspect() : {}),
    };
  }

  // ---------- filters and views ----------

  private onPanelSelect(event: CustomEvent<{ id: string }>): void {
    // The card's federation link: select it here, and let the map's own event be the one heard.
    if (event.target === this) return;
    event.stopPropagation();
    this.selection.select(event.detail.id);
  }

  /** Switches views; what the reader chose in the list (search, filters, selection) comes along. */
  private switchView(view: MapView): void {
    const list = this.renderRoot.querySelector('mf-actor-list');
    if (list && this.view === 'list') {
      this.types = list.types;
      this.federation = list.federation;
      this.search.query = list.query;
    }
    this.view = view;
  }

  // ---------- rendering ----------

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="skeleton skeleton--map"></span>`;
  }

  protected override renderReady(network: Network): TemplateResult {
    const { place, highlight, announcement } = this.selection;
    const selected = this.selection.selected ? network.byId.get(this.selection.selected) : undefined;
    return html`<div part="base" class="map">
      <div part="toolbar" class="toolbar">
        ${renderViews(this.view, (view) => this.switchView(view))} ${renderSearch(this.search, network, this.locale)}
      </div>
      ${
        this.view === 'list'
          ? renderList({
              feed: this.feed,
              src: this.src,
              lang: this.locale,
              theme: this.theme,
              query: this.search.query,
              types: this.types,
              federation: this.federation,
              selected: this.selection.selected,
              select: (event) => this.selection.remember(event.detail.id),
            })
          : renderStage({
              view: this.current,
              gestures: this.gestures,
              keydown: (event) => handleMapKey(event, this.current, () => this.selection.escape()),
              overlay: html`${
                place
                  ? renderPlaceChip(place, highlight?.size ?? 0, this.locale, () => this.selection.clearPlace())
                  : nothing
              }
              ${
                this.view === 'geo'
                  ? renderGeoNotes({
                      unplaced: this.geo.unplaced,
                      province: this.province,
                      lang: this.locale,
                      clearProvince: () => this.filters.chooseProvince(this.province!),
                      ...(this.geo.failed
                        ? { failure: { message: this.errorMessage('network'), retry: () => this.geo.retry() } }
                        : {}),
                    })
                  : nothing
              }`,
            })
      }
      ${
        this.view === 'list'
          ? nothing
          : renderLegend({
              network,
              shown: this.filters.types,
              palette: this.palette,
              lang: this.locale,
              toggle: (type) => this.filters.toggleType(type),
              fold: this.legend,
            })
      }
      ${
        selected && this.view !== 'list'
          ? renderPanel({
              actor: selected,
              network,
              lang: this.locale,
              card: html`${renderNestedCard(
                { feed: this.feed, src: this.src, lang: this.locale, theme: this.theme },
                selected,
              )}
              ${this.url.renderCopyLink({ actor: selected.id, view: this.view })}`,
              close: () => this.selection.clear(),
              select: (event) => this.onPanelSelect(event),
            })
          : nothing
      }
      <p id="summary" class="visually-hidden">${summaryText(network, this.locale)}</p>
      <p id="instructions" class="visually-hidden">
        ${msg(
          'Pijltjestoetsen: naar de dichtstbijzijnde verbonden actor in die richting. Enter: kiezen. Escape: sluiten. Plus en min: zoomen, 0: alles tonen, Home: terug naar het netwerk.',
          { id: 'map.instructions' },
        )}
      </p>
      <div class="visually-hidden" role="status" aria-live="polite">${announcement}</div>
    </div>`;
  }
}
