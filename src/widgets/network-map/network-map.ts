import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styleProps } from '../../shared/style-props.js';
import { msg, str } from '@lit/localize';
import { MfElement } from '../../shared/base-element.js';
import { emit, keepInside } from '../../shared/events.js';
import { prefersReducedMotion } from '../../shared/motion.js';
import { SHAPES, shapeOf } from '../../shared/shapes.js';
import { mix } from '../../shared/color.js';
import { membersByType, neighbours, passes, typeSet, type ActorFilter } from '../../feed/relations.js';
import type { Actor, Network } from '../../feed/types.js';
import { formatNumber, typeLabel } from '../../i18n/labels.js';
import { Camera, type View } from './camera.js';
import { layoutFor, type Layout, type LayoutNode } from './layout.js';
import { clusterIsOpen, draw, type DrawResult, type Palette } from './renderer.js';
import {
  ACTOR_AT,
  MUNICIPALITY_AT,
  drawGeo,
  geoLayoutFor,
  loadGeo,
  municipalityName,
  type GeoDrawResult,
  type GeoLayout,
  type GeoNode,
  type GeoTarget,
} from './geo.js';
import { provinceLabel } from '../../i18n/province-label.js';
import { needMunicipalityNames, placeLabel } from '../../i18n/municipality-label.js';
import { ARROWS, nearestInDirection } from './navigation.js';
import { searchActors } from '../../feed/search.js';
import { styles } from './network-map.styles.js';
import { own } from '../../feed/own.js';

export type MapView = 'graph' | 'geo' | 'list';

/** What the map drew last, for tests and tools (`inspect()`); coordinates in CSS px of the canvas. */
export interface MapInspection {
  readonly view: View;
  readonly nodes: DrawResult['nodes'];
  readonly clusters: DrawResult['clusters'];
  readonly labels: readonly string[];
  readonly clustersOpen: boolean;
  readonly selected?: string;
  readonly focused?: string;
  /** The geo view: how actors are gathered, the provinces drawn and what can be pointed at. */
  readonly geo?: {
    readonly level: GeoDrawResult['level'];
    readonly provinces: readonly string[];
    readonly targets: readonly GeoTarget[];
    readonly unplaced: number;
  };
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

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

  @state() private layout?: Layout;
  @state() private selected?: string;
  @state() private focused?: string;
  @state() private query = '';
  @state() private results: Actor[] = [];
  @state() private activeResult = -1;
  @state() private listOpen = false;
  @state() private hint = '';
  @state() private announcement = '';

  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('.stage') private stage?: HTMLElement;

  private readonly graphCamera = new Camera(() => this.scheduleDraw());
  // The geo view's world is in kilometres: down to a few metres a pixel.
  private readonly geoCamera = new Camera(() => this.scheduleDraw(), 400);
  @state() private geoLayout?: GeoLayout;
  /** The geo view's boundaries could not be loaded (offline, or not deployed): an error with a retry. */
  @state() private geoFailed = false;
  private geoLoading = false;
  private geoFitted = false;
  private geoDrawn?: GeoDrawResult;

  /** Each view keeps its own pan and zoom. */
  private get camera(): Camera {
    return this.view === 'geo' ? this.geoCamera : this.graphCamera;
  }
  private hovered?: string;
  private frame = 0;
  private drawn: DrawResult = { nodes: [], clusters: [], labels: [] };
  private resizeObserver?: ResizeObserver;
  private fitted = false;
  private layoutNetwork?: Network;
  private highlight?: Set<string>;
  private pointers = new Map<number, { x: number; y: number }>();
  private drag?: { x: number; y: number; moved: boolean; pinch?: { distance: number; x: number; y: number } };
  private hintTimer = 0;
  private palette?: Palette;

  private readonly colorScheme =
    typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  private readonly onColorScheme = (): void => {
    // theme="auto" follows the system; the canvas reads its colours again.
    this.palette = undefined;
    this.requestUpdate();
    this.scheduleDraw();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.colorScheme?.addEventListener('change', this.onColorScheme);
    if (this.stage) this.observeSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.colorScheme?.removeEventListener('change', this.onColorScheme);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedStage = undefined;
    this.pixelRatio?.query.removeEventListener('change', this.onPixelRatio);
    this.pixelRatio = undefined;
    this.graphCamera.stop();
    this.geoCamera.stop();
    cancelAnimationFrame(this.frame);
    // A pending frame is gone: the next change must be able to schedule one again.
    this.frame = 0;
    clearTimeout(this.hintTimer);
  }

  // ---------- data ----------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Place names in French or English come with their table, loaded once (not on Dutch pages).
    needMunicipalityNames(this.locale, () => this.requestUpdate());
    const network = this.data.network;
    if (network && network !== this.layoutNetwork) {
      this.layoutNetwork = network;
      this.layout = undefined;
      this.fitted = false;
      layoutFor(network).then(
        (layout) => {
          if (this.layoutNetwork === network) this.layout = layout;
        },
        (error: unknown) => console.error('[mf-widgets] <mf-network-map>: the layout failed', error),
      );
    }
    if (changed.has('theme') || changed.has('lang')) this.palette = undefined;
    if (this.view === 'geo' && network && this.geoLayout?.data && !this.geoLayoutMatches(network))
      this.geoLayout = undefined;
    if (this.view === 'geo' && network && !this.geoLayout && !this.geoLoading && !this.geoFailed) {
      this.geoLoading = true;
      loadGeo()
        .then((data) => geoLayoutFor(network, data))
        .then(
          (layout) => {
            if (this.data.network === network) {
              this.geoLayout = layout;
              this.geoLayoutNetwork = network;
              this.geoFitted = false;
            }
          },
          (error: unknown) => {
            console.error('[mf-widgets] <mf-network-map>: the map of Flanders and Brussels could not be loaded', error);
            this.geoFailed = true;
          },
        )
        .finally(() => (this.geoLoading = false));
    }
    // The focus attribute: selected once the layout is there, and whenever it changes.
    const layout = this.layout;
    if (
      layout &&
      ((changed as PropertyValues).has('layout') || (changed.has('focusId') && this.focusId !== this.selected))
    ) {
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
    const network = this.data.network;
    if (network) this.warnUnknownId('focus', this.focusId, network);
    // The stage is made anew when the view switches back to the graph: observe the new one.
    if (this.stage && this.stage !== this.observedStage) this.observeSize();
    if (!this.layout) return;
    if (
      (changed as PropertyValues).has('layout') ||
      (changed as PropertyValues).has('geoLayout') ||
      changed.has('view')
    ) {
      this.fitIfReady();
    }
    if (changed.has('province') && changed.get('province') !== undefined && !this.province) this.fitGeo(true);
    if (changed.has('federation') && changed.get('federation') !== undefined) this.fitTo(false);
    if (changed.has('federation') && this.fitted && this.federation) this.fitTo(true);
    this.scheduleDraw();
  }

  private geoLayoutNetwork?: Network;

  private geoLayoutMatches(network: Network): boolean {
    return this.geoLayoutNetwork === network;
  }

  private get network(): Network | undefined {
    return this.data.network;
  }

  private typeFilterOf?: { types: string | undefined; set: Set<string> | undefined };

  /** The `types` attribute as a set (parsed once per value: it is asked for every node, every frame). */
  private get typeFilter(): Set<string> | undefined {
    if (!this.typeFilterOf || this.typeFilterOf.types !== this.types) {
      this.typeFilterOf = { types: this.types, set: typeSet(this.types) };
    }
    return this.typeFilterOf.set;
  }

  private filterOf?: {
    types: string | undefined;
    federation: string | undefined;
    province: string | undefined;
    filter: ActorFilter;
  };

  /** The filters as one object, made again only when an attribute changes (it is asked for every node, every frame). */
  private get filter(): ActorFilter {
    const f = this.filterOf;
    if (!f || f.types !== this.types || f.federation !== this.federation || f.province !== this.province) {
      this.filterOf = {
        types: this.types,
        federation: this.federation,
        province: this.province,
        filter: { types: this.typeFilter, federation: this.federation, province: this.province },
      };
    }
    return this.filterOf!.filter;
  }

  private graphFilterOf?: { from: ActorFilter; filter: ActorFilter };

  /** The graph view ignores the province (it has no map to choose one on). */
  private get graphFilter(): ActorFilter {
    const from = this.filter;
    if (this.graphFilterOf?.from !== from) this.graphFilterOf = { from, filter: { ...from, province: undefined } };
    return this.graphFilterOf.filter;
  }

  private isShown = (node: LayoutNode): boolean => passes(node.actor, this.graphFilter);

  // ---------- size and drawing ----------

  private observedStage?: HTMLElement;

  private observeSize(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.observedStage = this.stage ?? undefined;
    if (this.observedStage) this.resizeObserver.observe(this.observedStage);
  }

  private resize(): void {
    const stage = this.stage;
    const canvas = this.canvas;
    if (!stage || !canvas) return;
    const { width, height } = stage.getBoundingClientRect();
    if (width === 0 || height === 0) return; // hidden: wait until shown
    const dpr = window.devicePixelRatio || 1;
    this.watchPixelRatio(dpr);
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    this.graphCamera.setSize(width, height);
    this.geoCamera.setSize(width, height);
    this.fitIfReady();
    this.drawNow();
  }

  /**
   * Moved to a screen with another pixel density, or zoomed by the browser: same size, new pixels.
   * The canvas is sized again when the `resolution` media query changes, or at the next frame.
   */
  private pixelRatio?: { query: MediaQueryList; dpr: number };
  private onPixelRatio = (): void => this.resize();

  private watchPixelRatio(dpr: number): void {
    if (this.pixelRatio?.dpr === dpr) return;
    this.pixelRatio?.query.removeEventListener('change', this.onPixelRatio);
    const query = window.matchMedia(`(resolution: ${dpr}dppx)`);
    query.addEventListener('change', this.onPixelRatio);
    this.pixelRatio = { query, dpr };
  }

  private fitIfReady(): void {
    if (this.view === 'geo') {
      this.fitGeoIfReady();
      return;
    }
    if (this.fitted || !this.layout || this.camera.width === 0) return;
    this.fitted = true;
    this.camera.setHome(this.layout.bounds);
    this.fitTo(false);
    const selected = this.selected ? this.layout.byId.get(this.selected) : undefined;
    if (selected) this.camera.go(this.besidePanel(selected, Math.max(this.camera.view.k, 0.9)), false);
  }

  private fitGeoIfReady(): void {
    const layout = this.geoLayout;
    if (this.geoFitted || !layout || this.geoCamera.width === 0) return;
    this.geoFitted = true;
    this.geoCamera.setHome(layout.bounds);
    this.fitGeo(false);
    const selected = this.selected ? layout.byId.get(this.selected) : undefined;
    if (selected) this.geoCamera.go(this.besidePanel(selected, ACTOR_AT * 1.3), false);
  }

  /** Shows Flanders and Brussels whole, or the chosen province. */
  private fitGeo(animate: boolean): void {
    const layout = this.geoLayout;
    if (!layout) return;
    let bounds = layout.bounds;
    const province = this.province ? layout.data.provinces.find((p) => p.id === this.province) : undefined;
    if (province) {
      const points = province.rings.flat();
      bounds = {
        minX: Math.min(...points.map((p) => p[0])),
        minY: Math.min(...points.map((p) => p[1])),
        maxX: Math.max(...points.map((p) => p[0])),
        maxY: Math.max(...points.map((p) => p[1])),
      };
    }
    this.geoCamera.go(this.geoCamera.fitView(bounds), animate && !prefersReducedMotion());
  }

  /** The view with `node` in the middle of what the panel leaves free: beside it when wide, above it when narrow. */
  private besidePanel(node: { x: number; y: number }, k: number): View {
    const target = this.camera.centreView(node.x, node.y, k);
    if (this.camera.width > 640) target.x -= Math.min(384, this.camera.width / 2) / 2;
    else target.y -= this.camera.height * 0.3;
    return target;
  }

  /** Shows everything that is shown (or the chosen federation) whole. */
  private fitTo(animate: boolean): void {
    if (!this.layout) return;
    const shown = this.layout.nodes.filter(this.isShown);
    const bounds =
      this.federation && shown.length > 0
        ? shown.reduce(
            (b, n) => ({
              minX: Math.min(b.minX, n.x - n.r),
              minY: Math.min(b.minY, n.y - n.r),
              maxX: Math.max(b.maxX, n.x + n.r),
              maxY: Math.max(b.maxY, n.y + n.r),
            }),
            { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity },
          )
        : this.layout.bounds;
    this.camera.go(this.camera.fitView(bounds), animate && !prefersReducedMotion());
  }

  private scheduleDraw(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.drawNow();
    });
  }

  private readPalette(): Palette {
    const style = getComputedStyle(this);
    const get = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
    const dark = get('color-scheme', 'light').includes('dark');
    const types = this.network?.types;
    const cache = new Map<string, string>();
    return {
      text: get('--_text', '#1b1f24'),
      halo: get('--_bg', '#ffffff'),
      muted: get('--_muted', '#545d68'),
      edge: get('--_border', '#c9d1d9'),
      accent: get('--_accent', '#0b57a4'),
      focus: get('--_focus', '#0b57a4'),
      type: (type) => {
        let color = cache.get(type);
        if (!color) {
          const base = types?.get(type)?.color ?? '#4a5560';
          color = dark ? mix(base, '#ffffff', 0.45) : base;
          cache.set(type, color);
        }
        return color;
      },
    };
  }

  // In the geo view an actor's province is where it is drawn (coordinates or municipality).
  private isShownGeo = (node: GeoNode): boolean => passes(node.actor, this.filter, node.municipality.province);

  private drawGeoNow(): void {
    const canvas = this.canvas;
    const layout = this.geoLayout;
    if (!canvas || !layout || this.geoCamera.width === 0) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const dpr = canvas.width / this.geoCamera.width;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.palette ??= this.readPalette();
    const style = getComputedStyle(this);
    this.geoDrawn = drawGeo(ctx, {
      layout,
      camera: this.geoCamera,
      palette: this.palette,
      surface: style.getPropertyValue('--_surface').trim() || '#f4f6f8',
      font: style.fontFamily || 'sans-serif',
      isShown: this.isShownGeo,
      ...(this.province ? { province: this.province } : {}),
      provinceName: (id) => provinceLabel(id, this.locale),
      municipalityName: (municipality) => municipalityName(municipality, this.locale),
      formatCount: (count) => formatNumber(count, this.locale),
      ...(this.selected ? { selected: this.selected } : {}),
      ...(this.focused ? { focused: this.focused } : {}),
      ...(this.highlight ? { highlight: this.highlight } : {}),
    });
  }

  private drawNow(): void {
    // The media query above misses some changes (emulation, a few browsers): every frame checks too.
    if (this.pixelRatio && this.pixelRatio.dpr !== (window.devicePixelRatio || 1)) {
      this.resize();
      return;
    }
    if (this.view === 'geo') {
      this.drawGeoNow();
      return;
    }
    const canvas = this.canvas;
    const layout = this.layout;
    if (!canvas || !layout || this.camera.width === 0 || this.view !== 'graph') return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const dpr = canvas.width / this.camera.width;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.palette ??= this.readPalette();
    const font = getComputedStyle(this).fontFamily || 'sans-serif';
    this.drawn = draw(ctx, {
      layout,
      camera: this.camera,
      palette: this.palette,
      font,
      isShown: this.isShown,
      ...(this.highlight ? { highlight: this.highlight } : {}),
      ...(this.selected ? { selected: this.selected } : {}),
      ...(this.focused ? { focused: this.focused } : {}),
      ...(this.hovered ? { hovered: this.hovered } : {}),
      formatCount: (count) => formatNumber(count, this.locale),
      links: this.network?.links ?? [],
    });
  }

  /** What is on the canvas now (node and cluster positions in CSS px), for tests and tools. */
  inspect(): MapInspection {
    return {
      view: { ...this.camera.view },
      nodes: this.drawn.nodes,
      clusters: this.drawn.clusters,
      labels: this.drawn.labels,
      clustersOpen: clusterIsOpen(this.camera),
      ...(this.selected ? { selected: this.selected } : {}),
      ...(this.focused ? { focused: this.focused } : {}),
      ...(this.view === 'geo' && this.geoDrawn && this.geoLayout
        ? {
            geo: {
              level: this.geoDrawn.level,
              provinces: this.geoDrawn.provinces,
              targets: this.geoDrawn.targets,
              unplaced: this.geoLayout.unplaced.length,
            },
          }
        : {}),
    };
  }

  /** Where an actor is on the canvas (CSS px from its top left), if it is drawn. */
  screenPosition(id: string): { x: number; y: number } | undefined {
    const node = this.drawn.nodes.find((n) => n.id === id);
    return node ? { x: node.x, y: node.y } : undefined;
  }

  // ---------- selection and focus ----------

  private select(
    id: string,
    options: { announce?: boolean; moveFocus?: boolean; centre?: boolean; emit?: boolean } = {},
  ): void {
    const network = this.network;
    const layout = this.layout;
    const node = layout?.byId.get(id);
    if (!network || !layout || !node) return;
    this.selected = id;
    this.focused = id;
    this.focusId = id;
    this.highlight = new Set([id, ...neighbours(network, id)]);
    const geoNode = this.view === 'geo' ? this.geoLayout?.byId.get(id) : undefined;
    if (geoNode && options.centre !== false && this.geoCamera.width > 0) {
      this.geoCamera.go(
        this.besidePanel(geoNode, Math.max(this.geoCamera.view.k, ACTOR_AT * 1.3)),
        !prefersReducedMotion(),
      );
    } else if (this.view === 'geo') {
      // Not on the map (no location): the panel still shows it.
    } else if (options.centre !== false && this.camera.width > 0) {
      // Open a federation's cluster, or the one a member sits in, and bring the actor into view.
      const cluster = layout.clusters.get(node.kind === 'federation' ? id : (node.federation ?? ''));
      const k =
        cluster && (node.kind === 'federation' || node.kind === 'member')
          ? Math.max(this.camera.view.k, 0.9)
          : this.camera.view.k;
      this.camera.go(this.besidePanel(node, k), !prefersReducedMotion());
    }
    if (options.emit !== false) emit(this, 'mf-actor-select', { id, actor: node.actor });
    if (options.announce !== false) this.announce(node.actor);
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

  private describe(actor: Actor): string {
    const network = this.network;
    const type = network?.types.get(actor.type) ?? actor.type;
    const parts = [actor.name, typeLabel(type, this.locale, 1)];
    const [top] = network ? membersByType(network, actor.id) : [];
    if (top) {
      const [topType, topCount] = top;
      parts.push(
        `${formatNumber(topCount, this.locale)} ${typeLabel(network?.types.get(topType) ?? topType, this.locale, topCount)}`,
      );
    }
    const place = placeLabel(actor.location, this.locale);
    if (place) parts.push(place);
    return parts.join(', ');
  }

  private announce(actor: Actor): void {
    this.announcement = this.describe(actor);
  }

  private setFocused(id: string): void {
    const node = this.layout?.byId.get(id);
    if (!node) return;
    this.focused = id;
    // Keep the focused actor on screen, opening its cluster when it is inside one.
    const [x, y] = this.camera.toScreen(node.x, node.y);
    const needsOpen = node.kind === 'member' && !clusterIsOpen(this.camera);
    const margin = 48;
    if (needsOpen || x < margin || y < margin || x > this.camera.width - margin || y > this.camera.height - margin) {
      this.camera.go(
        this.camera.centreView(node.x, node.y, needsOpen ? 0.9 : this.camera.view.k),
        !prefersReducedMotion(),
      );
    }
    this.announce(node.actor);
    this.scheduleDraw();
  }

  /**
   * The actor to go to from `from` in direction (dx, dy): spatial navigation (the nearest actor
   * ahead, straying sideways costs twice as much as going forward), with actors linked to `from`
   * preferred. Every shown actor can be reached this way (the tests walk the whole graph).
   */
  private nextInDirection(from: LayoutNode, dx: number, dy: number): LayoutNode | undefined {
    const linked = neighbours(this.network!, from.actor.id);
    const shown = this.layout!.nodes.filter(this.isShown);
    return nearestInDirection(from, shown, dx, dy, (node) => (linked.has(node.actor.id) ? 0.8 : 1));
  }

  private onCanvasKey(event: KeyboardEvent): void {
    if (this.view === 'geo') {
      this.onGeoKey(event);
      return;
    }
    const layout = this.layout;
    if (!layout) return;
    const centre = (): [number, number] => [this.camera.width / 2, this.camera.height / 2];
    const hub = layout.nodes.find((node) => node.kind === 'hub') ?? layout.nodes.find(this.isShown);
    const current = (this.focused ? layout.byId.get(this.focused) : undefined) ?? hub;
    const direction = own(ARROWS, event.key);
    let handled = true;
    if (direction && current) {
      if (!this.focused) this.setFocused(current.actor.id);
      else {
        const next = this.nextInDirection(current, direction[0], direction[1]);
        if (next) this.setFocused(next.actor.id);
      }
    } else if ((event.key === 'Enter' || event.key === ' ') && current) {
      this.select(current.actor.id);
    } else if (event.key === 'Escape') {
      if (this.selected) this.clearSelection();
      else handled = false;
    } else if (event.key === '+' || event.key === '=') {
      this.camera.zoomAt(...centre(), 1.5, !prefersReducedMotion());
    } else if (event.key === '-' || event.key === '_') {
      this.camera.zoomAt(...centre(), 1 / 1.5, !prefersReducedMotion());
    } else if (event.key === '0') {
      this.fitTo(true);
    } else if (event.key === 'Home' && hub) {
      this.setFocused(hub.actor.id);
      this.camera.go(this.camera.centreView(hub.x, hub.y), !prefersReducedMotion());
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  }

  // ---------- geo view ----------

  private geoTarget(id: string | undefined): GeoTarget | undefined {
    return id ? this.geoDrawn?.targets.find((target) => target.id === id) : undefined;
  }

  private describeGeo(target: GeoTarget): string {
    if (target.kind === 'actor') {
      const actor = this.network?.byId.get(target.id);
      return actor ? this.describe(actor) : target.label;
    }
    const count = formatNumber(target.count, this.locale);
    return this.inLocale(() =>
      target.count === 1
        ? msg(str`${target.label}: ${count} actor`, { id: 'map.geo-count.one' })
        : msg(str`${target.label}: ${count} actoren`, { id: 'map.geo-count.other' }),
    );
  }

  /** Opens a bubble: zooms to the next level around it. */
  private openGeo(target: GeoTarget): void {
    const k = target.kind === 'province' ? MUNICIPALITY_AT * 1.4 : ACTOR_AT * 1.3;
    this.geoCamera.go(
      this.geoCamera.centreView(target.wx, target.wy, Math.max(k, this.geoCamera.view.k)),
      !prefersReducedMotion(),
    );
    this.focused = undefined;
    this.announcement = this.describeGeo(target);
  }

  private activateGeo(target: GeoTarget): void {
    if (target.kind === 'actor') this.select(target.id);
    else this.openGeo(target);
  }

  /** Chooses (or, chosen again, forgets) the province under a point. */
  private chooseProvince(id: string): void {
    this.province = this.province === id ? undefined : id;
    if (this.selected && this.province) {
      const node = this.geoLayout?.byId.get(this.selected);
      if (node && node.municipality.province !== this.province) this.clearSelection(false);
    }
    this.fitGeo(true);
    this.announcement = this.province ? provinceLabel(this.province, this.locale) : '';
  }

  private onGeoClick(x: number, y: number): void {
    const drawn = this.geoDrawn;
    if (!drawn) return;
    let hit: GeoTarget | undefined;
    let best = Infinity;
    for (const target of drawn.targets) {
      const d = Math.hypot(target.x - x, target.y - y);
      if (d <= target.r + 4 && d < best) [hit, best] = [target, d];
    }
    if (hit) {
      this.activateGeo(hit);
      return;
    }
    const ctx = this.canvas?.getContext('2d');
    for (const [id, path] of drawn.paths) {
      if (ctx && (ctx.resetTransform(), ctx.isPointInPath(path, x, y, 'evenodd'))) {
        this.chooseProvince(id);
        return;
      }
    }
    if (this.selected) this.clearSelection(false);
  }

  private onGeoKey(event: KeyboardEvent): void {
    const targets = this.geoDrawn?.targets ?? [];
    const current = this.geoTarget(this.focused);
    const direction = own(ARROWS, event.key);
    const centre = (): [number, number] => [this.geoCamera.width / 2, this.geoCamera.height / 2];
    let handled = true;
    if (direction) {
      let next: GeoTarget | undefined;
      if (!current) {
        // Start from what is nearest the middle.
        const [cx, cy] = centre();
        next = [...targets].sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy))[0];
      } else {
        next = nearestInDirection(current, targets, direction[0], direction[1]);
      }
      if (next) {
        this.focused = next.id;
        this.announcement = this.describeGeo(next);
        this.scheduleDraw();
      }
    } else if ((event.key === 'Enter' || event.key === ' ') && current) {
      this.activateGeo(current);
    } else if (event.key === 'Escape') {
      if (this.selected) this.clearSelection();
      else if (this.province) this.chooseProvince(this.province);
      else handled = false;
    } else if (event.key === '+' || event.key === '=') {
      this.geoCamera.zoomAt(...centre(), 1.5, !prefersReducedMotion());
    } else if (event.key === '-' || event.key === '_') {
      this.geoCamera.zoomAt(...centre(), 1 / 1.5, !prefersReducedMotion());
    } else if (event.key === '0' || event.key === 'Home') {
      this.fitGeo(true);
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  }

  // ---------- pointer ----------

  private point(event: PointerEvent | MouseEvent | WheelEvent): [number, number] {
    const rect = this.canvas!.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top];
  }

  /** The shown node under a point, or the closed cluster there. */
  hitTest(px: number, py: number): { node?: LayoutNode; cluster?: string } {
    const layout = this.layout;
    if (!layout) return {};
    const [wx, wy] = this.camera.toWorld(px, py);
    const open = clusterIsOpen(this.camera);
    const tolerance = 6 / this.camera.view.k;
    let best: LayoutNode | undefined;
    let bestDistance = Infinity;
    layout.tree.visit((quad, x0, y0, x1, y1) => {
      if (!('length' in quad)) {
        let leaf: typeof quad | undefined = quad;
        while (leaf) {
          const node = leaf.data;
          if (this.isShown(node) && (open || node.kind !== 'member')) {
            const d = Math.hypot(node.x - wx, node.y - wy);
            if (d <= Math.max(node.r, 1.2 / this.camera.view.k) + tolerance && d < bestDistance)
              [best, bestDistance] = [node, d];
          }
          leaf = leaf.next;
        }
      }
      const reach = 24 + tolerance;
      return x0 > wx + reach || y0 > wy + reach || x1 < wx - reach || y1 < wy - reach;
    });
    if (best) return { node: best };
    if (!open) {
      for (const cluster of this.drawn.clusters) {
        if (Math.hypot(cluster.x - px, cluster.y - py) <= cluster.r) return { cluster: cluster.federation };
      }
    }
    return {};
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const [x, y] = this.point(event);
    this.pointers.set(event.pointerId, { x, y });
    try {
      this.canvas?.setPointerCapture(event.pointerId);
    } catch {
      // Synthetic or already released pointers cannot be captured; dragging still works inside.
    }
    if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      this.drag = {
        x,
        y,
        moved: true,
        pinch: { distance: Math.hypot(a.x - b.x, a.y - b.y), x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
      };
    } else {
      this.drag = { x, y, moved: false };
    }
  }

  private onPointerMove(event: PointerEvent): void {
    const [x, y] = this.point(event);
    if (!this.drag) {
      if (event.pointerType === 'mouse' && this.view === 'graph') {
        const hit = this.hitTest(x, y);
        const id = hit.node?.actor.id;
        if (id !== this.hovered) {
          this.hovered = id;
          this.canvas!.style.cursor = hit.node || hit.cluster ? 'pointer' : '';
          this.scheduleDraw();
        }
      }
      return;
    }
    if (!this.pointers.has(event.pointerId)) return;
    this.pointers.set(event.pointerId, { x, y });
    if (this.drag.pinch && this.pointers.size >= 2) {
      const [a, b] = [...this.pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      const mx = (a.x + b.x) / 2;
      const my = (a.y + b.y) / 2;
      this.camera.panBy(mx - this.drag.pinch.x, my - this.drag.pinch.y);
      if (this.drag.pinch.distance > 0) this.camera.zoomAt(mx, my, distance / this.drag.pinch.distance);
      this.drag.pinch = { distance, x: mx, y: my };
      return;
    }
    const dx = x - this.drag.x;
    const dy = y - this.drag.y;
    if (!this.drag.moved && Math.hypot(dx, dy) < 4) return;
    this.drag.moved = true;
    this.canvas?.classList.add('dragging');
    this.camera.panBy(dx, dy);
    this.drag.x = x;
    this.drag.y = y;
  }

  private onPointerUp(event: PointerEvent): void {
    this.pointers.delete(event.pointerId);
    const drag = this.drag;
    if (this.pointers.size > 0) return;
    this.drag = undefined;
    this.canvas?.classList.remove('dragging');
    if (!drag || drag.moved || event.type === 'pointercancel') return;
    const [x, y] = this.point(event);
    if (this.view === 'geo') {
      this.onGeoClick(x, y);
      return;
    }
    const hit = this.hitTest(x, y);
    if (hit.node) this.select(hit.node.actor.id);
    else if (hit.cluster) this.openCluster(hit.cluster);
    else if (this.selected) this.clearSelection(false);
  }

  private onPointerCancel(event: PointerEvent): void {
    // The browser took a one-finger touch to scroll the page: say how to move the map instead.
    if (event.pointerType === 'touch' && this.pointers.size === 1) {
      this.showHint(
        this.inLocale(() =>
          msg('Gebruik twee vingers om de kaart te verschuiven en te zoomen.', { id: 'map.hint-touch' }),
        ),
      );
    }
    this.onPointerUp(event);
  }

  private openCluster(federation: string): void {
    const cluster = this.layout?.clusters.get(federation);
    if (!cluster) return;
    const k = Math.min(this.camera.width, this.camera.height) / (2.6 * cluster.r);
    this.camera.go(this.camera.centreView(cluster.x, cluster.y, Math.max(k, 0.9)), !prefersReducedMotion());
    this.focused = federation;
    this.announce(cluster.federation.actor);
  }

  private onWheel(event: WheelEvent): void {
    if (!(event.ctrlKey || event.metaKey)) {
      // A plain wheel scrolls the page, as everywhere else on it.
      this.showHint(
        this.inLocale(() =>
          isMac
            ? msg('Gebruik ⌘ + scrollen om te zoomen.', { id: 'map.hint-wheel-mac' })
            : msg('Gebruik Ctrl + scrollen om te zoomen.', { id: 'map.hint-wheel' }),
        ),
      );
      return;
    }
    event.preventDefault();
    const [x, y] = this.point(event);
    const delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
    this.camera.zoomAt(x, y, Math.exp(-delta * 0.0025));
  }

  private onDoubleClick(event: MouseEvent): void {
    const [x, y] = this.point(event);
    this.camera.zoomAt(x, y, 2, !prefersReducedMotion());
  }

  private showHint(text: string): void {
    this.hint = text;
    clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => (this.hint = ''), 1400);
  }

  // ---------- legend and search ----------

  private toggleType(type: string): void {
    const network = this.network;
    if (!network) return;
    const all = [...network.countsByType.keys()];
    const shown = new Set(this.typeFilter ?? all);
    if (shown.has(type)) shown.delete(type);
    else shown.add(type);
    this.types = shown.size === all.length ? undefined : all.filter((t) => shown.has(t)).join(',');
    if (this.selected && !shown.has(network.byId.get(this.selected)?.type ?? '')) this.clearSelection(false);
  }

  private onSearchInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    const network = this.network;
    this.results = network
      ? searchActors(network, this.query, 8, (actor) => {
          const node = this.layout?.byId.get(actor.id);
          return node ? this.isShown(node) : false;
        })
      : [];
    this.activeResult = this.results.length > 0 ? 0 : -1;
    this.listOpen = this.query.trim() !== '';
  }

  private choose(actor: Actor): void {
    this.listOpen = false;
    this.query = '';
    this.results = [];
    this.select(actor.id);
  }

  private onSearchKey(event: KeyboardEvent): void {
    const count = this.results.length;
    if (event.key === 'ArrowDown' && count > 0) {
      this.listOpen = true;
      this.activeResult = (this.activeResult + 1) % count;
    } else if (event.key === 'ArrowUp' && count > 0) {
      this.listOpen = true;
      this.activeResult = (this.activeResult - 1 + count) % count;
    } else if (event.key === 'Enter' && this.listOpen && this.results[this.activeResult]) {
      this.choose(this.results[this.activeResult]!);
    } else if (event.key === 'Escape') {
      if (this.listOpen) this.listOpen = false;
      else {
        this.query = '';
        this.results = [];
      }
    } else {
      return;
    }
    event.preventDefault();
  }

  private onPanelSelect(event: CustomEvent<{ id: string }>): void {
    // The card's federation link: select it here, and let the map's own event be the one heard.
    if (event.target === this) return;
    event.stopPropagation();
    this.select(event.detail.id);
  }

  // ---------- rendering ----------

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="skeleton skeleton--map"></span>`;
  }

  private renderSummary(network: Network): string {
    const total = network.actors.length;
    const counts = [...network.countsByType]
      .filter(([type]) => type !== 'network')
      .sort((a, b) => b[1] - a[1])
      .map(
        ([type, count]) =>
          `${formatNumber(count, this.locale)} ${typeLabel(network.types.get(type) ?? type, this.locale, count)}`,
      )
      .join(', ');
    const name = network.info?.name ?? network.hub?.name ?? '';
    return msg(str`Netwerkkaart ${name}: ${formatNumber(total, this.locale)} actoren: ${counts}.`, {
      id: 'map.summary',
    });
  }

  private renderLegend(network: Network): TemplateResult {
    const filter = this.typeFilter;
    return html`<ul
      part="legend"
      class="legend"
      aria-label=${msg('Legende: toon of verberg een soort actor', { id: 'map.legend' })}
    >
      ${[...network.countsByType].map(([id, count]) => {
        const type = network.types.get(id) ?? { id, builtin: false, color: '#4a5560' };
        const color = this.palette?.type(id) ?? type.color;
        return html`<li>
          <button
            type="button"
            aria-pressed=${filter ? String(filter.has(id)) : 'true'}
            @click=${() => this.toggleType(id)}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d=${SHAPES[shapeOf(id)]} fill=${color} fill-rule="evenodd"></path>
            </svg>
            ${typeLabel(type, this.locale, count)} <span class="count">${formatNumber(count, this.locale)}</span>
          </button>
        </li>`;
      })}
    </ul>`;
  }

  private renderSearch(network: Network): TemplateResult {
    const active = this.listOpen && this.activeResult >= 0 ? `result-${this.activeResult}` : undefined;
    return html`<div class="search" part="search">
      <input
        type="search"
        role="combobox"
        aria-label=${msg('Zoek een actor op naam', { id: 'map.search' })}
        placeholder=${msg('Zoek een actor…', { id: 'map.search-placeholder' })}
        aria-autocomplete="list"
        aria-expanded=${this.listOpen ? 'true' : 'false'}
        aria-controls="results"
        aria-activedescendant=${active ?? nothing}
        autocomplete="off"
        spellcheck="false"
        .value=${this.query}
        @input=${this.onSearchInput}
        @keydown=${this.onSearchKey}
        @blur=${() => setTimeout(() => (this.listOpen = false), 150)}
      />
      <ul
        id="results"
        class="results"
        role="listbox"
        aria-label=${msg('Zoekresultaten', { id: 'map.results' })}
        ?hidden=${!this.listOpen}
      >
        ${
          this.results.length === 0
            ? html`<li class="none" role="option" aria-disabled="true" aria-selected="false">
                ${msg('Geen actor gevonden', { id: 'map.no-results' })}
              </li>`
            : this.results.map(
                (actor, index) =>
                  // The combobox's input takes the keys (ARIA APG pattern); an option is also picked by pointer.
                  // eslint-disable-next-line lit-a11y/click-events-have-key-events
                  html`<li
                    id=${`result-${index}`}
                    role="option"
                    aria-selected=${index === this.activeResult ? 'true' : 'false'}
                    @pointerdown=${(event: Event) => event.preventDefault()}
                    @click=${() => this.choose(actor)}
                  >
                    <span dir="auto">${actor.name}</span>
                    <span class="type">${typeLabel(network.types.get(actor.type) ?? actor.type, this.locale, 1)}</span>
                  </li>`,
              )
        }
      </ul>
    </div>`;
  }

  private renderViews(): TemplateResult {
    const views: Array<[MapView, string]> = [
      ['graph', msg('Netwerk', { id: 'map.view-graph' })],
      ['geo', msg('Kaart', { id: 'map.view-geo' })],
      ['list', msg('Lijst', { id: 'map.view-list' })],
    ];
    return html`<div class="views" role="group" aria-label=${msg('Weergave', { id: 'map.views' })}>
      ${views.map(
        ([view, label]) =>
          html`<button type="button" aria-pressed=${String(this.view === view)} @click=${() => this.switchView(view)}>
            ${label}
          </button>`,
      )}
    </div>`;
  }

  /** Switches views; what the reader chose in the list (search, filters, selection) comes along. */
  private switchView(view: MapView): void {
    const list = this.renderRoot.querySelector('mf-actor-list');
    if (list && this.view === 'list') {
      this.types = list.types;
      this.federation = list.federation;
      this.query = list.query;
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

  private renderGeoNotes(): TemplateResult {
    const unplaced = this.geoLayout?.unplaced.filter((actor) => actor.type !== 'network').length ?? 0;
    const count = formatNumber(unplaced, this.locale);
    return html`<div class="geo-notes">
      ${
        this.province
          ? html`<button class="chip" type="button" @click=${() => this.chooseProvince(this.province!)}>
              ${provinceLabel(this.province, this.locale)} ✕<span class="visually-hidden">
                ${msg('(provinciefilter wissen)', { id: 'map.province-clear' })}</span
              >
            </button>`
          : nothing
      }
      ${
        unplaced > 0
          ? html`<p class="note-line">
              ${
                unplaced === 1
                  ? msg(str`${count} actor zonder locatie staat niet op de kaart.`, { id: 'map.unplaced.one' })
                  : msg(str`${count} actoren zonder locatie staan niet op de kaart.`, { id: 'map.unplaced.other' })
              }
            </p>`
          : nothing
      }
      <p class="attribution">
        ${msg('Grenzen: Statbel (statistische sectoren 2025), vereenvoudigd door Provincies in Cijfers', { id: 'map.attribution' })}
      </p>
    </div>`;
  }

  private renderList(): TemplateResult {
    return html`<mf-actor-list
      class="stage"
      .feed=${this.feed}
      src=${this.feed ? nothing : (this.src ?? nothing)}
      lang=${this.locale}
      theme=${this.theme ?? nothing}
      query=${this.query}
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
      <div part="toolbar" class="toolbar">${this.renderViews()} ${this.renderSearch(network)}</div>
      ${
        this.view !== 'list'
          ? html`<div class="stage">
              <canvas
                part="canvas"
                tabindex="0"
                role="application"
                aria-roledescription=${msg('netwerkkaart', { id: 'map.roledescription' })}
                aria-label=${msg('Netwerkkaart', { id: 'map.label' })}
                aria-describedby="summary instructions"
                @keydown=${this.onCanvasKey}
                @pointerdown=${this.onPointerDown}
                @pointermove=${this.onPointerMove}
                @pointerup=${this.onPointerUp}
                @pointercancel=${this.onPointerCancel}
                @pointerleave=${() => {
                  if (this.hovered && !this.drag) {
                    this.hovered = undefined;
                    this.scheduleDraw();
                  }
                }}
                @wheel=${this.onWheel}
                @dblclick=${this.onDoubleClick}
                @focus=${() => {
                  if (!this.focused && this.layout) {
                    const hub = this.layout.nodes.find((n) => n.kind === 'hub');
                    if (hub) this.setFocused(hub.actor.id);
                  }
                }}
              ></canvas>
              <div class="zoom">
                <button
                  type="button"
                  aria-label=${msg('Inzoomen', { id: 'map.zoom-in' })}
                  @click=${() => this.camera.zoomAt(this.camera.width / 2, this.camera.height / 2, 1.5, !prefersReducedMotion())}
                >
                  +
                </button>
                <button
                  type="button"
                  aria-label=${msg('Uitzoomen', { id: 'map.zoom-out' })}
                  @click=${() => this.camera.zoomAt(this.camera.width / 2, this.camera.height / 2, 1 / 1.5, !prefersReducedMotion())}
                >
                  −
                </button>
                <button
                  type="button"
                  aria-label=${msg('Alles tonen', { id: 'map.zoom-reset' })}
                  @click=${() => (this.view === 'geo' ? this.fitGeo(true) : this.fitTo(true))}
                >
                  ⤢
                </button>
              </div>
              <div class="hint ${this.hint ? 'shown' : ''}" aria-hidden="true">${this.hint}</div>
              ${
                (this.view === 'geo' ? this.geoLayout : this.layout)
                  ? nothing
                  : html`<span class="skeleton skeleton--map skeleton--cover"></span>`
              }
              ${this.view === 'geo' ? this.renderGeoNotes() : nothing}
              ${
                this.view === 'geo' && this.geoFailed
                  ? html`<div part="state" class="state state--error geo-failed" role="alert">
                      <p class="state__message">${this.errorMessage('network')}</p>
                      <button part="retry" class="button" type="button" @click=${() => (this.geoFailed = false)}>
                        ${msg('Opnieuw proberen', { id: 'action.retry' })}
                      </button>
                    </div>`
                  : nothing
              }
            </div>`
          : this.renderList()
      }
      ${this.view === 'list' ? nothing : this.renderLegend(network)}
      ${
        selected && this.view !== 'list'
          ? html`<aside
              part="panel"
              class="panel"
              aria-label=${msg(str`Over ${selected.name}`, { id: 'map.panel' })}
              @keydown=${(event: KeyboardEvent) => {
                if (event.key === 'Escape') {
                  event.stopPropagation();
                  this.clearSelection();
                }
              }}
              @mf-actor-select=${this.onPanelSelect}
              @mf-load=${keepInside}
              @mf-error=${keepInside}
            >
              <div class="panel-head">
                <span>${typeLabel(network.types.get(selected.type) ?? selected.type, this.locale, 1)}</span>
                <button
                  class="icon-button close"
                  type="button"
                  aria-label=${msg('Sluiten', { id: 'map.close' })}
                  @click=${() => this.clearSelection()}
                >
                  ✕
                </button>
              </div>
              ${this.renderNestedCard(selected, 2)}
            </aside>`
          : nothing
      }
      <p id="summary" class="visually-hidden">${this.renderSummary(network)}</p>
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
