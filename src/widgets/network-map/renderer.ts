/**
 * Draws the graph on a canvas: viewport culling, level of detail (a federation's associations are
 * one bubble with a count until there is room for each), shapes per type, and labels placed by
 * priority without overlapping. Returns what it drew, for hit-testing and the inspection API.
 */
import { RADIUS, type Layout, type LayoutNode } from './layout.js';
import type { Camera } from './camera.js';
import { shapePath, type Palette } from './palette.js';
import { fillShape, Pen } from './batch.js';
import { labelSteps, type CountLabel } from './graph-labels.js';
import { runAtOnce } from '../../util/slices.js';
import type { PaintSteps } from './scene-cache.js';

export interface DrawInput {
  readonly layout: Layout;
  readonly camera: Camera;
  readonly palette: Palette;
  readonly font: string;
  readonly isShown: (node: LayoutNode) => boolean;
  /** Members shown in a cluster when its bubble is open; undefined: all of them. */
  readonly highlight?: ReadonlySet<string>;
  readonly selected?: string;
  readonly focused?: string;
  readonly hovered?: string;
  readonly formatCount: (count: number) => string;
  /** Links between actors (partnerships), drawn when there is room or when they touch the selection. */
  readonly links: ReadonlyArray<{ readonly source: string; readonly target: string }>;
  /**
   * Names a closed group of the outer ring ("80 experts"): at overview zoom each type's actors
   * there are one group, as a federation's associations are one bubble. Without it they are
   * always drawn one by one.
   */
  readonly groupLabel?: (type: string, count: number) => string;
}

export interface DrawnNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export interface DrawnCluster {
  readonly federation: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly count: number;
}

/** A closed group of the outer ring: one type's actors there. */
export interface DrawnGroup {
  readonly type: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly count: number;
}

export interface DrawResult {
  readonly nodes: DrawnNode[];
  readonly clusters: DrawnCluster[];
  readonly labels: string[];
  readonly groups?: DrawnGroup[];
}

/** Screen size (in CSS px) at which a cluster opens into individual associations. */
const OPEN_AT = 2.2;

export function clusterIsOpen(camera: Camera): boolean {
  return RADIUS.member * camera.view.k >= OPEN_AT;
}

export function draw(ctx: CanvasRenderingContext2D, input: DrawInput): DrawResult {
  return runAtOnce(drawSteps(ctx, input));
}

/** Nodes and labels painted between two pauses of a picture painted over several frames (`drawSteps`). */
const STEP = 256;

/**
 * `draw` as steps: each `yield` is a point where the painting may pause until the next frame (a
 * first picture of 20,000 actors, painted in slices). The calls on the context are the same, in
 * the same order, as `draw` makes at once, so the finished picture is the same to the pixel; the
 * caller makes sure nothing else paints or changes the context's state in between.
 */
export function* drawSteps(ctx: CanvasRenderingContext2D, input: DrawInput): PaintSteps<DrawResult> {
  const { layout, camera, palette, isShown, highlight } = input;
  const { width, height } = camera;
  const { k } = camera.view;
  const result: DrawResult = { nodes: [], clusters: [], labels: [], ...(input.groupLabel ? { groups: [] } : {}) };
  ctx.clearRect(0, 0, width, height);

  const margin = 40;
  const onScreen = (x: number, y: number, r: number): boolean =>
    x + r > -margin && y + r > -margin && x - r < width + margin && y - r < height + margin;
  const dim = (id: string): boolean => highlight !== undefined && !highlight.has(id);
  const open = clusterIsOpen(camera);
  const MIN = { hub: 9, federation: 6, member: 1.2, satellite: 2.5, sector: 2.5 } as const;
  const screenR = (node: LayoutNode): number => Math.max(MIN[node.kind], node.r * k);

  // 1. Edges: the hub to its federations, satellites to theirs, partnerships when there is room.
  // Each line stroked alone (crossing translucent lines darken where they cross), the colour and
  // opacity set only when they change.
  const pen = new Pen(ctx);
  pen.lineWidth(1);
  const line = (a: LayoutNode, b: LayoutNode, color: string, alpha: number): void => {
    const [ax, ay] = camera.toScreen(a.x, a.y);
    const [bx, by] = camera.toScreen(b.x, b.y);
    if (!onScreen((ax + bx) / 2, (ay + by) / 2, Math.hypot(ax - bx, ay - by) / 2)) return;
    pen.globalAlpha(alpha);
    pen.strokeStyle(color);
    ctx.beginPath();
    ctx.moveTo(ax, ay);
    ctx.lineTo(bx, by);
    ctx.stroke();
  };
  const hubNode = layout.nodes.find((node) => node.kind === 'hub');
  for (const cluster of layout.clusters.values()) {
    if (hubNode && isShown(cluster.federation) && isShown(hubNode)) {
      line(hubNode, cluster.federation, palette.edge, dim(cluster.federation.actor.id) ? 0.2 : 0.9);
    }
  }
  // A satellite sits by its federation; its tie is drawn only when one of the two is picked.
  const picked = new Set([input.selected, input.hovered].filter((id): id is string => id !== undefined));
  for (const node of layout.nodes) {
    if (node.kind !== 'satellite' || !node.federation || !picked.has(node.actor.id) || !isShown(node)) continue;
    const federation = layout.byId.get(node.federation);
    if (federation && isShown(federation)) line(node, federation, palette.accent, 0.8);
  }
  for (const link of input.links) {
    const a = layout.byId.get(link.source);
    const b = layout.byId.get(link.target);
    if (!a || !b || !isShown(a) || !isShown(b)) continue;
    const touches = highlight?.has(a.actor.id) && highlight.has(b.actor.id);
    if (touches) line(a, b, palette.accent, 0.9);
    else if (k > 0.9 && !highlight) line(a, b, palette.edge, 0.3);
  }
  // The selected actor's ties to its neighbours.
  if (input.selected && highlight) {
    const selected = layout.byId.get(input.selected);
    if (selected) {
      for (const id of highlight) {
        const other = layout.byId.get(id);
        // A federation's members and satellites are marked by the dimming of everything else; a
        // line to each would be noise.
        const spoke = selected.kind === 'federation' && (other?.kind === 'member' || other?.kind === 'satellite');
        if (other && other !== selected && isShown(other) && !spoke) line(selected, other, palette.accent, 0.6);
      }
    }
  }
  pen.globalAlpha(1);
  yield;

  // 2. Closed clusters: one bubble with the number of associations.
  const countLabels: CountLabel[] = [];
  const bubbles: Bubble[] = [];
  for (const cluster of layout.clusters.values()) {
    if (!isShown(cluster.federation)) continue;
    yield;
    const [shownCount, anyHighlighted] = countShown(cluster.members, isShown, highlight);
    if (shownCount === 0) continue;
    const [cx, cy] = camera.toScreen(cluster.x, cluster.y);
    const r = Math.max(6, cluster.r * k);
    if (!onScreen(cx, cy, r)) continue;
    if (!open) {
      bubbles.push({ x: cx, y: cy, r, dimmed: dim(cluster.federation.actor.id) && !anyHighlighted });
      result.clusters.push({ federation: cluster.federation.actor.id, x: cx, y: cy, r, count: shownCount });
      countLabels.push({
        text: input.formatCount(shownCount),
        x: cx,
        y: cy + Math.max(RADIUS.federation * k, 2.5) + 10,
      });
    }
  }

  // 2b. The outer ring's closed groups: a bubble of the type's colour with its mark and count.
  const grouped = input.groupLabel !== undefined && !open;
  const groups: Bubble[] = [];
  if (grouped) {
    for (const sector of layout.sectors.values()) {
      const [shownCount, anyHighlighted] = countShown(sector.members, isShown, highlight);
      if (shownCount === 0) continue;
      const [x, y] = camera.toScreen(sector.x, sector.y);
      const r = Math.max(7, sector.r * k);
      if (!onScreen(x, y, r)) continue;
      const color = palette.type(sector.type);
      groups.push({ x, y, r, dimmed: highlight !== undefined && !anyHighlighted, color });
      result.groups!.push({ type: sector.type, x, y, r, count: shownCount });
      // Below the bubble, else above it, else beside it: a group without its name says nothing.
      const text = input.groupLabel(sector.type, shownCount);
      countLabels.push({
        text,
        x,
        y: y + r + 10,
        others: [
          [x, y - r - 10, 'center'],
          [x + r + 5, y, 'left'],
          [x - r - 5, y, 'right'],
        ],
      });
    }
  }

  drawBubbles(pen, bubbles, palette);
  drawBubbles(pen, groups, palette);
  const base = ctx.getTransform();
  for (const [index, group] of groups.entries()) {
    pen.globalAlpha(group.dimmed ? 0.3 : 1);
    pen.fillStyle(group.color!);
    fillShape(ctx, base, shapePath(result.groups![index]!.type), group.x, group.y, 6);
  }
  if (groups.length > 0) ctx.setTransform(base);
  pen.globalAlpha(1);

  // 3. Nodes (members only when their cluster is open), selection and focus drawn last.
  // The hottest loop (20,000 nodes a frame): plain arithmetic, no arrays or objects per node
  // until a node is known to be on screen.
  const order: LayoutNode[] = [];
  const { x: vx, y: vy } = camera.view;
  for (const node of layout.nodes) {
    if ((node.kind === 'member' && !open) || (node.kind === 'sector' && grouped)) continue;
    const x = node.x * k + vx;
    const y = node.y * k + vy;
    const r = screenR(node);
    if (!onScreen(x, y, r) || !isShown(node)) continue;
    order.push(node);
    result.nodes.push({ id: node.actor.id, x, y, r });
  }
  // A mark under 2.4 px is a square, a bigger one its type's shape; colour and opacity are set
  // when they change, the transform outright (see batch.ts).
  let shaped = false;
  yield;
  for (const [index, node] of order.entries()) {
    if (index % STEP === STEP - 1) yield;
    const { x, y, r } = result.nodes[index]!;
    pen.globalAlpha(dim(node.actor.id) ? 0.16 : 1);
    pen.fillStyle(palette.type(node.actor.type));
    if (r < 2.4) {
      if (shaped) ctx.setTransform(base);
      shaped = false;
      ctx.fillRect(x - r, y - r, 2 * r, 2 * r);
    } else {
      fillShape(ctx, base, shapePath(node.actor.type), x, y, r);
      shaped = true;
    }
  }
  if (shaped) ctx.setTransform(base);
  pen.globalAlpha(1);
  const ring = (id: string | undefined, color: string, width: number, gap: number): void => {
    const node = id ? layout.byId.get(id) : undefined;
    if (!node || !isShown(node)) return;
    const [x, y] = camera.toScreen(node.x, node.y);
    pen.strokeStyle(color);
    pen.lineWidth(width);
    ctx.beginPath();
    ctx.arc(x, y, screenR(node) + gap, 0, Math.PI * 2);
    ctx.stroke();
  };
  ring(input.hovered, palette.muted, 1.5, 3);
  ring(input.selected, palette.accent, 2.5, 3);
  ring(input.focused, palette.focus, 2, 7);

  yield;

  // 4. Labels, most important first, each only where it overlaps none placed before.
  yield* labelSteps(ctx, input, order, countLabels, screenR, result);
  return result;
}

/**
 * How many of a cluster's or group's members are shown, and whether one is highlighted: counted,
 * not collected (this runs for every cluster and group, every frame).
 */
function countShown(
  members: readonly LayoutNode[],
  isShown: (node: LayoutNode) => boolean,
  highlight: ReadonlySet<string> | undefined,
): [count: number, anyHighlighted: boolean] {
  let count = 0;
  let anyHighlighted = false;
  for (const member of members) {
    if (!isShown(member)) continue;
    count++;
    if (highlight?.has(member.actor.id)) anyHighlighted = true;
  }
  return [count, anyHighlighted];
}

interface Bubble {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly dimmed: boolean;
  /** The associations' colour unless given. */
  readonly color?: string;
}

/** Closed clusters and groups: a disc and its outline each. */
function drawBubbles(pen: Pen, bubbles: readonly Bubble[], palette: Palette): void {
  const { ctx } = pen;
  const associations = palette.type('association');
  pen.lineWidth(1.25);
  for (const { x, y, r, dimmed, color = associations } of bubbles) {
    pen.fillStyle(color);
    pen.strokeStyle(color);
    pen.globalAlpha(dimmed ? 0.06 : 0.16);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fill();
    pen.globalAlpha(dimmed ? 0.2 : 0.7);
    ctx.stroke();
  }
  pen.globalAlpha(1);
}
