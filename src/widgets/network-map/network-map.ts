import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { styleProps } from '../../shared/style-props.js';
import { MfElement } from '../../shared/base-element.js';
import { emit } from '../../shared/events.js';
import { neighbours, typeSet, type ActorFilter } from '../../feed/relations.js';
import type { Network } from '../../feed/types.js';
import { provinceLabel } from '../../i18n/province-label.js';
import { needMunicipalityNames } from '../../i18n/municipality-label.js';
import { clusterIsOpen } from './renderer.js';
import { readPalette, type Palette } from './palette.js';
import { handleMapKey } from './keys.js';
import { CanvasSizeController } from './controllers/canvas-size.js';
import { GestureController } from './controllers/gestures.js';
import { MatchMediaController } from './controllers/match-media.js';
import { SearchController } from './controllers/search.js';
import { renderGeoNotes } from './render/geo-notes.js';
import { renderLegend } from './render/legend.js';
import { renderPanel } from './render/panel.js';
import { renderSearch } from './render/search.js';
import { renderStage } from './render/stage.js';
import { describeActor, hintText, renderViews, summaryText, type MapViewName } from './render/toolbar.js';
import { GeoView } from './views/geo-view.js';
import { GraphView } from './views/graph-view.js';
import type { MapHost, MapInspection, MapViewStrategy, SelectOptions } from './views/map-view.js';
import { styles } from './network-map.styles.js';
import { renderNestedCard } from '../actor-card/nested.js';

export type { MapInspection } from './views/map-view.js';
export type MapView = MapViewName;

/**
 * The network as a map: the hub, its federations with their associations as clusters, and every
 * other actor around them. Zoom and pan by buttons, Ctrl/⌘ + wheel, pinch, drag and keyboard;
 * travel from actor to actor with the arrow keys; search by name; filter by type in the legend.
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
  static override styles = [...MfElement.styles, styles];

  /** `graph` (default), `geo` or `list`. */
  @property({ reflect: true }) view: MapView = 'graph';

  /** An actor id: selected on load; reflects the reader's selection. */
  @property({ attribute: 'focus', reflect: true }) focusId?: string;

  /** Comma-separated type ids to show; unset shows every type. Reflects the legend. */
  @property({ reflect: true }) types?: string;

  /** One federation's id: shows that federation and its members only. */
  @property({ reflect: true }) federation?: string;

  /** A province id (geo view): shows only the actors in that province. Reflects the reader's choice. */
  @property({ reflect: true }) province?: string;

  @state() private selected?: string;
  @state() private focused?: string;
  @state() private announcement = '';

  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('.stage') private stage?: HTMLElement;

  private highlight?: Set<string>;
  private palette?: Palette;
  private frame = 0;
  /** Derived in willUpdate from the attributes: asked for every node, every frame. */
  private typeFilter?: Set<string>;
  private filter: ActorFilter = {};
  private graphFilter: ActorFilter = {};
  private filtersRead = false;
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
    (actor) => this.select(actor.id),
  );

  private readonly sizer = new CanvasSizeController(
    this,
    () => this.stage,
    () => this.canvas,
    (width, height) => {
      this.graph.camera.setSize(width, height);
      this.geo.camera.setSize(width, height);
      this.current.fitIfReady();
      this.drawNow();
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
        return element.filter;
      },
      get graphFilter() {
        return element.graphFilter;
      },
      get federation() {
        return element.federation;
      },
      get province() {
        return element.province;
      },
      get selected() {
        return element.selected;
      },
      get highlight() {
        return element.highlight;
      },
      get focused() {
        return element.focused;
      },
      set focused(id) {
        element.focused = id;
      },
      palette: () => (this.palette ??= readPalette(this, this.network?.types)),
      style: () => getComputedStyle(this),
      requestUpdate: () => this.requestUpdate(),
      scheduleDraw: () => this.scheduleDraw(),
      select: (id, options) => this.select(id, options),
      clearSelection: (returnFocus) => this.clearSelection(returnFocus),
      announce: (text) => (this.announcement = text),
      describe: (actor) => describeActor(this.network, actor, this.locale),
      chooseProvince: (id) => this.chooseProvince(id),
      inLocale: (render) => this.inLocale(render),
    };
    this.graph = new GraphView(host, () => this.canvas);
    this.geo = new GeoView(host, () => this.canvas);
    // theme="auto" follows the system: the canvas reads its colours again.
    new MatchMediaController(this, '(prefers-color-scheme: dark)', () => {
      this.palette = undefined;
      this.scheduleDraw();
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
    cancelAnimationFrame(this.frame);
    // A pending frame is gone: the next change must be able to schedule one again.
    this.frame = 0;
  }

  // ---------- data ----------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Place names in French or English come with their table, loaded once (not on Dutch pages).
    needMunicipalityNames(this.locale, () => this.requestUpdate());
    if (!this.filtersRead || changed.has('types') || changed.has('federation') || changed.has('province')) {
      this.filtersRead = true;
      this.typeFilter = typeSet(this.types);
      this.filter = { types: this.typeFilter, federation: this.federation, province: this.province };
      this.graphFilter = { ...this.filter, province: undefined };
    }
    if (changed.has('theme') || changed.has('lang')) this.palette = undefined;
    const network = this.network;
    if (network) {
      this.graph.prepare(network);
      if (this.view === 'geo') this.geo.prepare(network);
    }
    const graphMoved = this.graph.layout !== this.seen.graph;
    this.layoutsMoved = graphMoved || this.geo.layout !== this.seen.geo;
    this.seen = { graph: this.graph.layout, geo: this.geo.layout };
    // The focus attribute: selected once the layout is there, and whenever it changes.
    const layout = this.graph.layout;
    if (layout && (graphMoved || (changed.has('focusId') && this.focusId !== this.selected))) {
      if (this.focusId && layout.byId.has(this.focusId)) {
        this.select(this.focusId, { announce: false, moveFocus: false, emit: false });
      } else if (!this.focusId && this.selected) {
        this.clearSelection(false);
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After the update, so that a new src or feed set with `focus` is not checked against the old network.
    const network = this.network;
    if (network) this.warnUnknownId('focus', this.focusId, network);
    if (!this.graph.layout) return;
    if (this.layoutsMoved || changed.has('view')) this.current.fitIfReady();
    if (changed.has('province') && changed.get('province') !== undefined && !this.province) this.geo.fit(true);
    if (changed.has('federation') && changed.get('federation') !== undefined) this.graph.fit(false);
    if (changed.has('federation') && this.graph.hasFitted && this.federation) this.graph.fit(true);
    this.scheduleDraw();
  }

  // ---------- drawing ----------

  private scheduleDraw(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.drawNow();
    });
  }

  private drawNow(): void {
    if (this.sizer.ratioChanged() || this.view === 'list') return;
    const view = this.current;
    const canvas = this.canvas;
    if (!canvas || !view.ready || view.camera.width === 0) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const dpr = canvas.width / view.camera.width;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    view.draw(ctx);
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
      labels: [],
      ...this.graph.inspect(),
      clustersOpen: clusterIsOpen(camera),
      ...(this.selected ? { selected: this.selected } : {}),
      ...(this.focused ? { focused: this.focused } : {}),
      ...(this.view === 'geo' ? this.geo.inspect() : {}),
    };
  }

  // ---------- selection ----------

  private select(id: string, options: SelectOptions = {}): void {
    const network = this.network;
    const node = this.graph.layout?.byId.get(id);
    if (!network || !node) return;
    this.selected = id;
    this.focused = id;
    this.focusId = id;
    this.highlight = new Set([id, ...neighbours(network, id)]);
    if (options.centre !== false) this.current.reveal(id);
    if (options.emit !== false) emit(this, 'mf-actor-select', { id, actor: node.actor });
    if (options.announce !== false) this.announcement = describeActor(network, node.actor, this.locale);
    if (options.moveFocus !== false) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.panel .close')?.focus());
    }
  }

  private clearSelection(returnFocus = true): void {
    this.selected = undefined;
    this.highlight = undefined;
    this.focusId = undefined;
    if (returnFocus) this.canvas?.focus();
    this.scheduleDraw();
  }

  /** Chooses (or, chosen again, forgets) a province of the geo view. */
  private chooseProvince(id: string): void {
    this.province = this.province === id ? undefined : id;
    if (this.selected && this.province) {
      const province = this.geo.provinceOf(this.selected);
      if (province && province !== this.province) this.clearSelection(false);
    }
    this.geo.fit(true);
    this.announcement = this.province ? provinceLabel(this.province, this.locale) : '';
  }

  private toggleType(type: string): void {
    const network = this.network;
    if (!network) return;
    const all = [...network.countsByType.keys()];
    const shown = new Set(typeSet(this.types) ?? all);
    if (shown.has(type)) shown.delete(type);
    else shown.add(type);
    this.types = shown.size === all.length ? undefined : all.filter((t) => shown.has(t)).join(',');
    if (this.selected && !shown.has(network.byId.get(this.selected)?.type ?? '')) this.clearSelection(false);
  }

  private onPanelSelect(event: CustomEvent<{ id: string }>): void {
    // The card's federation link: select it here, and let the map's own event be the one heard.
    if (event.target === this) return;
    event.stopPropagation();
    this.select(event.detail.id);
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

  private onListSelect(event: CustomEvent<{ id: string }>): void {
    // The list's own event goes on to the page as the map's; the map only remembers the choice.
    this.selected = event.detail.id;
    this.focused = event.detail.id;
    this.focusId = event.detail.id;
    if (this.network) this.highlight = new Set([event.detail.id, ...neighbours(this.network, event.detail.id)]);
  }

  // ---------- rendering ----------

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="skeleton skeleton--map"></span>`;
  }

  private renderList(): TemplateResult {
    return html`<mf-actor-list
      class="stage"
      .feed=${this.feed}
      src=${this.feed ? nothing : (this.src ?? nothing)}
      lang=${this.locale}
      theme=${this.theme ?? nothing}
      query=${this.search.query}
      types=${this.types ?? nothing}
      federation=${this.federation ?? nothing}
      expanded=${this.selected ?? nothing}
      ${styleProps({ '--mf-list-height': '100%', '--mf-list-border': '0' })}
      @mf-actor-select=${this.onListSelect}
      @mf-load=${(event: Event) => event.stopPropagation()}
      @mf-error=${(event: Event) => event.stopPropagation()}
    ></mf-actor-list>`;
  }

  protected override renderReady(network: Network): TemplateResult {
    const selected = this.selected ? network.byId.get(this.selected) : undefined;
    return html`<div part="base" class="map">
      <div part="toolbar" class="toolbar">
        ${renderViews(this.view, (view) => this.switchView(view))} ${renderSearch(this.search, network, this.locale)}
      </div>
      ${
        this.view === 'list'
          ? this.renderList()
          : renderStage({
              view: this.current,
              gestures: this.gestures,
              keydown: (event) =>
                handleMapKey(event, this.current, { selected: this.selected, clear: () => this.clearSelection() }),
              overlay:
                this.view === 'geo'
                  ? renderGeoNotes({
                      unplaced: this.geo.unplaced,
                      province: this.province,
                      lang: this.locale,
                      clearProvince: () => this.chooseProvince(this.province!),
                      ...(this.geo.failed
                        ? { failure: { message: this.errorMessage('network'), retry: () => this.geo.retry() } }
                        : {}),
                    })
                  : nothing,
            })
      }
      ${
        this.view === 'list'
          ? nothing
          : renderLegend({
              network,
              shown: this.typeFilter,
              palette: this.palette,
              lang: this.locale,
              toggle: (type) => this.toggleType(type),
            })
      }
      ${
        selected && this.view !== 'list'
          ? renderPanel({
              actor: selected,
              network,
              lang: this.locale,
              card: renderNestedCard(
                { feed: this.feed, src: this.src, lang: this.locale, theme: this.theme },
                selected,
              ),
              close: () => this.clearSelection(),
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
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
