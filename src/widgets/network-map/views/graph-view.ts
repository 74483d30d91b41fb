/**
 * The graph view: the hub, its federations with their associations as clusters that open on zoom,
 * and every other actor around them; spatial keyboard travel from actor to actor.
 */
import { neighbours, passes } from '../../../feed/relations.js';
import type { Network } from '../../../feed/types.js';
import { formatNumber, typeCount } from '../../../i18n/labels.js';
import { prefersReducedMotion } from '../../../util/motion.js';
import { Camera, boundsOf } from '../camera.js';
import { layoutFor, type Layout, type LayoutNode } from '../layout.js';
import { nearestInDirection } from '../navigation.js';
import { clusterIsOpen, draw, drawSteps, type DrawInput, type DrawResult } from '../renderer.js';
import { SceneCache, type PaintSteps } from '../scene-cache.js';
import { besidePanel, type MapHost, type MapInspection, type MapViewStrategy } from './map-view.js';

let warmed = false;

export class GraphView implements MapViewStrategy {
  readonly camera: Camera;
  layout?: Layout;
  private network?: Network;
  private fitted = false;
  private drawn: DrawResult = { nodes: [], clusters: [], labels: [] };
  private hovered?: string;
  private readonly cache = new SceneCache();
  /** The layout has not been drawn whole yet: its first picture is painted over a few frames. */
  private first = false;

  constructor(
    private readonly host: MapHost,
    private readonly canvas: () => HTMLCanvasElement | null | undefined,
  ) {
    this.camera = new Camera(() => host.scheduleDraw());
  }

  get ready(): boolean {
    return this.layout !== undefined;
  }

  get painting(): boolean {
    return this.first;
  }

  get keysReady(): boolean {
    return this.layout !== undefined;
  }

  /** Whether it has been fitted once (a later federation change animates). */
  get hasFitted(): boolean {
    return this.fitted;
  }

  readonly isShown = (node: LayoutNode): boolean => passes(node.actor, this.host.graphFilter);

  /**
   * While the feed loads (the page waits for the network), pays in a task of its own, once per
   * page, what the first picture would otherwise pay in the task that draws it: Intl's first
   * number format (its locale data) and the canvas's GPU context (a blocking round trip to the
   * GPU process, long on a software GPU; Chromium makes it for the first mark on any canvas).
   */
  warmUp(): void {
    if (warmed) return;
    warmed = true;
    setTimeout(() => {
      formatNumber(0, this.host.lang);
      document.createElement('canvas').getContext('2d')?.fillRect(0, 0, 1, 1);
    });
  }

  prepare(network: Network): void {
    if (network === this.network) return;
    this.network = network;
    this.layout = undefined;
    this.fitted = false;
    layoutFor(network).then(
      (layout) => {
        if (this.network !== network) return;
        this.layout = layout;
        this.first = true;
        this.host.requestUpdate();
      },
      (error: unknown) => console.error('[mf-widgets] <mf-network-map>: the layout failed', error),
    );
  }

  fitIfReady(): void {
    if (this.fitted || !this.layout || this.camera.width === 0) return;
    this.fitted = true;
    this.camera.setHome(this.layout.bounds);
    this.fit(false);
    const selected = this.host.selected ? this.layout.byId.get(this.host.selected) : undefined;
    if (selected) this.camera.go(besidePanel(this.camera, selected, Math.max(this.camera.view.k, 0.9)), false);
  }

  /** Shows everything that is shown (or the chosen federation) whole. */
  fit(animate: boolean): void {
    if (!this.layout) return;
    const shown = this.layout.nodes.filter(this.isShown);
    const bounds =
      this.host.federation && shown.length > 0 ? boundsOf(shown, (n) => [n.x, n.y, n.r]) : this.layout.bounds;
    this.camera.go(this.camera.fitView(bounds), animate && !prefersReducedMotion());
  }

  draw(ctx: CanvasRenderingContext2D): void {
    const { host, layout } = this;
    if (!layout) return;
    const palette = host.palette();
    const font = host.style().fontFamily || 'sans-serif';
    const links = host.network?.links ?? [];
    const { highlight, selected, focused, lang, graphFilter } = host;
    const hovered = this.hovered;
    const scene = [layout, palette, font, graphFilter, highlight, selected, focused, hovered, lang, links];
    const input: DrawInput = {
      layout,
      camera: this.camera,
      palette,
      font,
      isShown: this.isShown,
      ...(highlight ? { highlight } : {}),
      ...(selected ? { selected } : {}),
      ...(focused ? { focused } : {}),
      ...(hovered ? { hovered } : {}),
      formatCount: (count) => formatNumber(count, lang),
      groupLabel: (type, count) => typeCount(count, host.network?.types.get(type) ?? type, lang),
      links,
    };
    const full = (): void => {
      this.drawn = draw(ctx, input);
      this.first = false;
    };
    const paint = (target: CanvasRenderingContext2D): PaintSteps => this.paintSteps(target, input);
    this.cache.draw(ctx, this.camera, scene, full, () => host.scheduleDraw(), this.first ? paint : undefined);
  }

  /** The first picture in steps; what was drawn where is known once it is whole (hit-testing finishes it first). */
  private *paintSteps(ctx: CanvasRenderingContext2D, input: DrawInput): PaintSteps {
    this.drawn = yield* drawSteps(ctx, input);
    this.first = false;
  }

  /**
   * Before anything reads what was drawn where: the full picture, if the canvas shows it moved or
   * unfinished. `inspect()` reads the last whole picture without finishing one (`paint`).
   */
  private settle(finish = true): void {
    if (!this.cache.moved && !(finish && this.cache.painting)) return;
    this.first = false;
    this.cache.invalidate();
    this.host.drawNow();
  }

  /** Opens a federation's cluster, or the one a member sits in, and brings the actor into view. */
  reveal(id: string): void {
    const node = this.layout?.byId.get(id);
    if (!node || !this.layout || this.camera.width === 0) return;
    const cluster = this.layout.clusters.get(node.kind === 'federation' ? id : (node.federation ?? ''));
    const k =
      cluster && (node.kind === 'federation' || node.kind === 'member')
        ? Math.max(this.camera.view.k, 0.9)
        : this.camera.view.k;
    this.camera.go(besidePanel(this.camera, node, k), !prefersReducedMotion());
  }

  /** Fits a place's actors, no closer than the clusters open. */
  frame(ids: ReadonlySet<string>): void {
    const layout = this.layout;
    const nodes = layout ? [...ids].flatMap((id) => layout.byId.get(id) ?? []).filter(this.isShown) : [];
    if (nodes.length === 0 || this.camera.width === 0) return;
    const bounds = boundsOf(nodes, (n) => [n.x, n.y, n.r]);
    const k = Math.min(this.camera.fitView(bounds, 48).k, 1.5);
    const view = this.camera.centreView((bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2, k);
    this.camera.go(view, !prefersReducedMotion());
  }

  /** The shown node under a point, or the closed cluster or group there. */
  private hitTest(px: number, py: number): { node?: LayoutNode; cluster?: string; group?: string } {
    const layout = this.layout;
    if (!layout) return {};
    this.settle();
    const [wx, wy] = this.camera.toWorld(px, py);
    const open = clusterIsOpen(this.camera);
    const tolerance = 6 / this.camera.view.k;
    let best: LayoutNode | undefined;
    let bestDistance = Infinity;
    for (const node of layout.grid.near(wx, wy, 24 + tolerance)) {
      if (!this.isShown(node) || (!open && (node.kind === 'member' || node.kind === 'sector'))) continue;
      const d = Math.hypot(node.x - wx, node.y - wy);
      if (d <= Math.max(node.r, 1.2 / this.camera.view.k) + tolerance && d < bestDistance)
        [best, bestDistance] = [node, d];
    }
    if (best) return { node: best };
    if (!open) {
      for (const cluster of this.drawn.clusters) {
        if (Math.hypot(cluster.x - px, cluster.y - py) <= cluster.r) return { cluster: cluster.federation };
      }
      for (const group of this.drawn.groups ?? []) {
        if (Math.hypot(group.x - px, group.y - py) <= group.r + 4) return { group: group.type };
      }
    }
    return {};
  }

  tap(x: number, y: number): void {
    const hit = this.hitTest(x, y);
    if (hit.node) this.host.select(hit.node.actor.id);
    else if (hit.cluster) this.openCluster(hit.cluster);
    else if (hit.group) this.openGroup(hit.group);
    else if (this.host.selected) this.host.clearSelection(false);
  }

  hover(x: number, y: number): void {
    const hit = this.hitTest(x, y);
    const id = hit.node?.actor.id;
    if (id === this.hovered) return;
    this.hovered = id;
    const canvas = this.canvas();
    if (canvas) canvas.style.cursor = hit.node || hit.cluster || hit.group ? 'pointer' : '';
    this.host.scheduleDraw();
  }

  leave(): void {
    if (!this.hovered) return;
    this.hovered = undefined;
    this.host.scheduleDraw();
  }

  private openCluster(federation: string): void {
    const cluster = this.layout?.clusters.get(federation);
    if (!cluster) return;
    const k = Math.min(this.camera.width, this.camera.height) / (2.6 * cluster.r);
    this.camera.go(this.camera.centreView(cluster.x, cluster.y, Math.max(k, 0.9)), !prefersReducedMotion());
    this.host.focused = federation;
    this.host.announce(this.host.describe(cluster.federation.actor));
  }

  /** Opens a group of the outer ring: zooms in on its actors until they show one by one. */
  private openGroup(type: string): void {
    const sector = this.layout?.sectors.get(type);
    if (!sector) return;
    const shown = sector.members.filter(this.isShown);
    const bounds = boundsOf(shown.length > 0 ? shown : sector.members, (n) => [n.x, n.y, n.r]);
    const k = Math.max(this.camera.fitView(bounds, 48).k, 0.9);
    const view = this.camera.centreView((bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2, k);
    this.camera.go(view, !prefersReducedMotion());
    const count = shown.length;
    this.host.announce(typeCount(count, this.host.network?.types.get(type) ?? type, this.host.lang));
  }

  private hub(): LayoutNode | undefined {
    return this.layout?.nodes.find((node) => node.kind === 'hub') ?? this.layout?.nodes.find(this.isShown);
  }

  /** Focuses an actor, keeping it on screen and opening its cluster when it is inside one. */
  focusOn(id: string): void {
    const node = this.layout?.byId.get(id);
    if (!node) return;
    this.host.focused = id;
    const [x, y] = this.camera.toScreen(node.x, node.y);
    const needsOpen = (node.kind === 'member' || node.kind === 'sector') && !clusterIsOpen(this.camera);
    const margin = 48;
    if (needsOpen || x < margin || y < margin || x > this.camera.width - margin || y > this.camera.height - margin) {
      this.camera.go(
        this.camera.centreView(node.x, node.y, needsOpen ? 0.9 : this.camera.view.k),
        !prefersReducedMotion(),
      );
    }
    this.host.announce(this.host.describe(node.actor));
    this.host.scheduleDraw();
  }

  focusCanvas(): void {
    if (this.host.focused || !this.layout) return;
    const hub = this.layout.nodes.find((n) => n.kind === 'hub');
    if (hub) this.focusOn(hub.actor.id);
  }

  private current(): LayoutNode | undefined {
    const focused = this.host.focused;
    return (focused ? this.layout?.byId.get(focused) : undefined) ?? this.hub();
  }

  /**
   * Spatial navigation: the nearest actor ahead (straying sideways costs twice as much as going
   * forward), with actors linked to the current one preferred. Every shown actor can be reached
   * this way (the tests walk the whole graph).
   */
  move(dx: number, dy: number): boolean {
    const current = this.current();
    if (!current || !this.layout) return false;
    if (!this.host.focused) {
      this.focusOn(current.actor.id);
      return true;
    }
    const linked = neighbours(this.host.network!, current.actor.id);
    const shown = this.layout.nodes.filter(this.isShown);
    const next = nearestInDirection(current, shown, dx, dy, (node) => (linked.has(node.actor.id) ? 0.8 : 1));
    if (next) this.focusOn(next.actor.id);
    return true;
  }

  activate(): boolean {
    const current = this.current();
    if (!current) return false;
    this.host.select(current.actor.id);
    return true;
  }

  escape(): boolean {
    return false;
  }

  home(): boolean {
    const hub = this.hub();
    if (!hub) return false;
    this.focusOn(hub.actor.id);
    this.camera.go(this.camera.centreView(hub.x, hub.y), !prefersReducedMotion());
    return true;
  }

  inspect(): Partial<MapInspection> {
    this.settle(false);
    return {
      nodes: this.drawn.nodes,
      clusters: this.drawn.clusters,
      groups: this.drawn.groups ?? [],
      labels: this.drawn.labels,
    };
  }
}
