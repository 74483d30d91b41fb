/**
 * The geographic view: Flanders and Brussels from boundaries loaded with the view, actors gathered
 * in bubbles per province, then municipality, then one by one as the reader zooms in; keyboard
 * travel from bubble to bubble.
 */
import { msg, str } from '@lit/localize';
import { passes } from '../../../feed/relations.js';
import type { Network } from '../../../feed/types.js';
import { formatNumber } from '../../../i18n/labels.js';
import { provinceLabel } from '../../../i18n/province-label.js';
import { prefersReducedMotion } from '../../../util/motion.js';
import { Camera, boundsOf } from '../camera.js';
import {
  ACTOR_AT,
  MUNICIPALITY_AT,
  drawGeo,
  drawGeoSteps,
  geoLayoutFor,
  loadGeo,
  municipalityName,
  type GeoDrawInput,
  type GeoDrawResult,
  type GeoLayout,
  type GeoNode,
  type GeoTarget,
} from '../geo.js';
import { nearestInDirection } from '../navigation.js';
import { SceneCache, type PaintSteps } from '../scene-cache.js';
import { besidePanel, type MapHost, type MapInspection, type MapViewStrategy } from './map-view.js';

export class GeoView implements MapViewStrategy {
  // The world is in kilometres: down to a few metres a pixel.
  readonly camera: Camera;
  layout?: GeoLayout;
  /** The boundaries could not be loaded (offline, or not deployed): an error with a retry. */
  failed = false;
  private network?: Network;
  private loading = false;
  private fitted = false;
  private drawn?: GeoDrawResult;
  private readonly cache = new SceneCache();
  /** The layout has not been drawn whole yet: its first picture is painted over a few frames. */
  private first = false;

  constructor(
    private readonly host: MapHost,
    private readonly canvas: () => HTMLCanvasElement | null | undefined,
  ) {
    this.camera = new Camera(() => host.scheduleDraw(), 400);
  }

  get ready(): boolean {
    return this.layout !== undefined;
  }

  get painting(): boolean {
    return this.first;
  }

  readonly keysReady = true;

  // An actor's province is where it is drawn (coordinates or municipality).
  private readonly isShown = (node: GeoNode): boolean =>
    passes(node.actor, this.host.filter, node.municipality.province);

  prepare(network: Network): void {
    if (this.layout && this.network !== network) this.layout = undefined;
    if (this.layout || this.loading || this.failed) return;
    this.loading = true;
    loadGeo()
      .then((data) => geoLayoutFor(network, data))
      .then(
        (layout) => {
          if (this.host.network !== network) return;
          this.layout = layout;
          this.network = network;
          this.fitted = false;
          this.first = true;
          this.host.requestUpdate();
        },
        (error: unknown) => {
          console.error('[mf-widgets] <mf-network-map>: the map of Flanders and Brussels could not be loaded', error);
          this.failed = true;
          this.host.requestUpdate();
        },
      )
      .finally(() => (this.loading = false));
  }

  /** The retry button of the error: load again. */
  retry(): void {
    this.failed = false;
    this.host.requestUpdate();
  }

  /** Actors not on the map (no location), the network itself not counted. */
  get unplaced(): number {
    return this.layout?.unplaced.filter((actor) => actor.type !== 'network').length ?? 0;
  }

  /** Whether an actor is drawn inside a province. */
  provinceOf(id: string): string | undefined {
    return this.layout?.byId.get(id)?.municipality.province;
  }

  fitIfReady(): void {
    const layout = this.layout;
    if (this.fitted || !layout || this.camera.width === 0) return;
    this.fitted = true;
    this.camera.setHome(layout.bounds);
    this.fit(false);
    const selected = this.host.selected ? layout.byId.get(this.host.selected) : undefined;
    if (selected) this.camera.go(besidePanel(this.camera, selected, ACTOR_AT * 1.3), false);
  }

  /** Shows Flanders and Brussels whole, or the chosen province. */
  fit(animate: boolean): void {
    const layout = this.layout;
    if (!layout) return;
    const province = this.host.province ? layout.data.provinces.find((p) => p.id === this.host.province) : undefined;
    const bounds = province ? boundsOf(province.rings.flat(), (p) => p) : layout.bounds;
    this.camera.go(this.camera.fitView(bounds), animate && !prefersReducedMotion());
  }

  draw(ctx: CanvasRenderingContext2D): void {
    const { host, layout } = this;
    if (!layout) return;
    const style = host.style();
    const palette = host.palette();
    const surface = style.getPropertyValue('--_surface').trim() || '#f4f6f8';
    const font = style.fontFamily || 'sans-serif';
    const { province, selected, focused, highlight, lang, filter } = host;
    const scene = [layout, palette, surface, font, filter, province, selected, focused, highlight, lang];
    const input: GeoDrawInput = {
      layout,
      camera: this.camera,
      palette,
      surface,
      font,
      isShown: this.isShown,
      ...(province ? { province } : {}),
      provinceName: (id) => provinceLabel(id, lang),
      municipalityName: (municipality) => municipalityName(municipality, lang),
      formatCount: (count) => formatNumber(count, lang),
      ...(selected ? { selected } : {}),
      ...(focused ? { focused } : {}),
      ...(highlight ? { highlight } : {}),
    };
    const full = (): void => {
      this.drawn = drawGeo(ctx, input);
      this.first = false;
    };
    const paint = (target: CanvasRenderingContext2D): PaintSteps => this.paintSteps(target, input);
    this.cache.draw(ctx, this.camera, scene, full, () => host.scheduleDraw(), this.first ? paint : undefined);
  }

  /** The first picture in steps, as the graph's; what was drawn where is known once it is whole. */
  private *paintSteps(ctx: CanvasRenderingContext2D, input: GeoDrawInput): PaintSteps {
    this.drawn = yield* drawGeoSteps(ctx, input);
    this.first = false;
  }

  /**
   * Before anything reads what was drawn where: the full picture, if the canvas shows it moved or
   * unfinished. `inspect()` reads the last whole picture without finishing one (`finish` false).
   */
  private settle(finish = true): void {
    if (!this.cache.moved && !(finish && this.cache.painting)) return;
    this.first = false;
    this.cache.invalidate();
    this.host.drawNow();
  }

  reveal(id: string): void {
    const node = this.layout?.byId.get(id);
    // Not on the map (no location): the panel still shows it.
    if (!node || this.camera.width === 0) return;
    this.camera.go(
      besidePanel(this.camera, node, Math.max(this.camera.view.k, ACTOR_AT * 1.3)),
      !prefersReducedMotion(),
    );
  }

  /** Centres a municipality (the middle of its actors there) close enough to show them one by one. */
  frame(ids: ReadonlySet<string>, nis: string): void {
    const layout = this.layout;
    if (!layout || this.camera.width === 0) return;
    const nodes = [...ids].flatMap((id) => layout.byId.get(id) ?? []);
    const municipality = layout.data.municipalities.find((m) => m.key === nis);
    const [x, y] =
      nodes.length > 0
        ? [nodes.reduce((sum, n) => sum + n.x, 0) / nodes.length, nodes.reduce((sum, n) => sum + n.y, 0) / nodes.length]
        : municipality
          ? [municipality.x, municipality.y]
          : [undefined, undefined];
    if (x === undefined || y === undefined) return;
    this.camera.go(this.camera.centreView(x, y, Math.max(this.camera.view.k, ACTOR_AT * 1.3)), !prefersReducedMotion());
  }

  private target(id: string | undefined): GeoTarget | undefined {
    this.settle();
    return id ? this.drawn?.targets.find((target) => target.id === id) : undefined;
  }

  private describe(target: GeoTarget): string {
    if (target.kind === 'actor') {
      const actor = this.host.network?.byId.get(target.id);
      return actor ? this.host.describe(actor) : target.label;
    }
    const count = formatNumber(target.count, this.host.lang);
    return this.host.inLocale(() =>
      target.count === 1
        ? msg(str`${target.label}: ${count} actor`, { id: 'map.geo-count.one' })
        : msg(str`${target.label}: ${count} actoren`, { id: 'map.geo-count.other' }),
    );
  }

  /** Opens a bubble: zooms to the next level around it. */
  private open(target: GeoTarget): void {
    const k = target.kind === 'province' ? MUNICIPALITY_AT * 1.4 : ACTOR_AT * 1.3;
    this.camera.go(
      this.camera.centreView(target.wx, target.wy, Math.max(k, this.camera.view.k)),
      !prefersReducedMotion(),
    );
    this.host.focused = undefined;
    this.host.announce(this.describe(target));
  }

  private activateTarget(target: GeoTarget): void {
    if (target.kind === 'actor') this.host.select(target.id);
    else this.open(target);
  }

  tap(x: number, y: number): void {
    this.settle();
    const drawn = this.drawn;
    if (!drawn) return;
    let hit: GeoTarget | undefined;
    let best = Infinity;
    for (const target of drawn.targets) {
      const d = Math.hypot(target.x - x, target.y - y);
      if (d <= target.r + 4 && d < best) [hit, best] = [target, d];
    }
    if (hit) {
      this.activateTarget(hit);
      return;
    }
    const ctx = this.canvas()?.getContext('2d');
    for (const [id, path] of drawn.paths) {
      if (ctx && (ctx.resetTransform(), ctx.isPointInPath(path, x, y, 'evenodd'))) {
        this.host.chooseProvince(id);
        return;
      }
    }
    if (this.host.selected) this.host.clearSelection(false);
  }

  hover(): void {
    // Bubbles need no hover state: the cursor and the focus ring say enough.
  }

  leave(): void {
    // Nothing hovered to forget (see hover).
  }

  focusCanvas(): void {
    // The first arrow key starts from the bubble nearest the middle.
  }

  move(dx: number, dy: number): boolean {
    this.settle();
    const targets = this.drawn?.targets ?? [];
    const current = this.target(this.host.focused);
    let next: GeoTarget | undefined;
    if (!current) {
      // Start from what is nearest the middle.
      const [cx, cy] = [this.camera.width / 2, this.camera.height / 2];
      next = [...targets].sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy))[0];
    } else {
      next = nearestInDirection(current, targets, dx, dy);
    }
    if (next) {
      this.host.focused = next.id;
      this.host.announce(this.describe(next));
      this.host.scheduleDraw();
    }
    return true;
  }

  activate(): boolean {
    const current = this.target(this.host.focused);
    if (!current) return false;
    this.activateTarget(current);
    return true;
  }

  escape(): boolean {
    if (!this.host.province) return false;
    this.host.chooseProvince(this.host.province);
    return true;
  }

  home(): boolean {
    this.fit(true);
    return true;
  }

  inspect(): Partial<MapInspection> {
    this.settle(false);
    if (!this.drawn || !this.layout) return {};
    return {
      geo: {
        level: this.drawn.level,
        provinces: this.drawn.provinces,
        targets: this.drawn.targets,
        unplaced: this.layout.unplaced.length,
      },
    };
  }
}
