/**
 * The graph's labels: placed by priority (the hub, the federations, the selection, then the
 * biggest marks) where they overlap nothing placed before, then drawn with their halos.
 */
import type { LayoutNode } from './layout.js';
import type { DrawInput, DrawResult } from './renderer.js';
import { drawTextSteps, textWidth, type Label } from './batch.js';
import type { PaintSteps } from './scene-cache.js';

/**
 * Labels placed (each measured once) between two pauses. Few: a name in a script new to the page
 * (Arabic, say) makes the browser look for a font that has it, a wait of several milliseconds.
 */
const LABEL_STEP = 8;

/** A count (or a group's name) under a bubble, placed with the labels. */
export interface CountLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Other places to try when this one is taken. */
  readonly others?: ReadonlyArray<readonly [x: number, y: number, align: CanvasTextAlign]>;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Places the labels, most important first, each only where it overlaps none placed before, then
 * draws them; pausing (`yield`) now and then, as `drawSteps` does.
 */
export function* labelSteps(
  ctx: CanvasRenderingContext2D,
  input: DrawInput,
  drawn: readonly LayoutNode[],
  counts: readonly CountLabel[],
  screenR: (node: LayoutNode) => number,
  result: DrawResult,
): PaintSteps {
  const { camera, palette, highlight } = input;
  const placed: Box[] = [];
  const free = (box: Box): boolean =>
    !placed.some((p) => box.x0 < p.x1 && box.x1 > p.x0 && box.y0 < p.y1 && box.y1 > p.y0);
  const labels: Label[] = [];

  const place = (
    text: string,
    x: number,
    y: number,
    size: number,
    weight: number,
    align: CanvasTextAlign,
    id?: string,
    whole = false,
  ): boolean => {
    const font = `${weight} ${size}px ${input.font}`;
    const label = text.length > 42 ? `${text.slice(0, 40)}…` : text;
    const w = textWidth(ctx, font, label);
    const x0 = align === 'center' ? x - w / 2 : align === 'right' ? x - w : x;
    const box = { x0: x0 - 2, y0: y - size / 2 - 2, x1: x0 + w + 2, y1: y + size / 2 + 2 };
    if (box.x1 < 0 || box.x0 > camera.width || box.y1 < 0 || box.y0 > camera.height || !free(box)) return false;
    // A label that must be read whole (a group's name) is not cut by the canvas's edge.
    if (whole && (box.x0 < 0 || box.x1 > camera.width || box.y0 < 0 || box.y1 > camera.height)) return false;
    placed.push(box);
    labels.push({ text: label, x, y, font, align });
    if (id) result.labels.push(id);
    return true;
  };

  // Nodes and counts reserve their own space first, so that labels do not cover them.
  for (const node of drawn) {
    if (node.kind === 'member' || node.kind === 'sector' || node.kind === 'satellite') continue;
    const [x, y] = camera.toScreen(node.x, node.y);
    const r = screenR(node);
    placed.push({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
  }
  for (const { x, y, r } of result.groups ?? []) placed.push({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

  const byPriority: LayoutNode[] = [];
  const push = (id: string | undefined): void => {
    const node = id ? input.layout.byId.get(id) : undefined;
    if (node && drawn.includes(node) && !byPriority.includes(node)) byPriority.push(node);
  };
  for (const node of drawn) if (node.kind === 'hub') push(node.actor.id);
  for (const node of drawn) if (node.kind === 'federation') push(node.actor.id);
  push(input.selected);
  push(input.hovered);
  push(input.focused);
  const rest = drawn
    .filter((node) => node.kind !== 'hub' && node.kind !== 'federation' && (!highlight || highlight.has(node.actor.id)))
    .filter((node) => screenR(node) >= 3.5)
    .sort((a, b) => screenR(b) - screenR(a));

  const fontFor = (node: LayoutNode): [number, number] =>
    node.kind === 'hub' ? [15, 700] : node.kind === 'federation' ? [13, 700] : [12, 400];
  for (const [index, node] of byPriority.entries()) {
    if (index % LABEL_STEP === LABEL_STEP - 1) yield;
    const [x, y] = camera.toScreen(node.x, node.y);
    const [size, weight] = fontFor(node);
    const name = node.actor.shortName ?? node.actor.name;
    // The hub and federations are named above their mark (their cluster's count goes below);
    // other actors to their right, or to their left when the right is taken.
    const placedAbove =
      (node.kind === 'hub' || node.kind === 'federation') &&
      place(name, x, y - screenR(node) - size / 2 - 3, size, weight, 'center', node.actor.id);
    if (!placedAbove && !place(name, x + screenR(node) + 5, y, size, weight, 'left', node.actor.id)) {
      const w = Math.min(textWidth(ctx, `${weight} ${size}px ${input.font}`, name), 300);
      place(name, x - screenR(node) - 5 - w, y, size, weight, 'left', node.actor.id);
    }
  }
  for (const [index, count] of counts.entries()) {
    if (index % LABEL_STEP === LABEL_STEP - 1) yield;
    const whole = count.others !== undefined;
    if (place(count.text, count.x, count.y, 12, 600, 'center', undefined, whole)) continue;
    for (const [x, y, align] of count.others ?? []) if (place(count.text, x, y, 12, 600, align, undefined, true)) break;
  }
  let budget = 160;
  for (const node of rest) {
    if (budget-- <= 0) break;
    if (budget % LABEL_STEP === 0) yield;
    const [x, y] = camera.toScreen(node.x, node.y);
    place(node.actor.name, x + screenR(node) + 4, y, 11, 400, 'left', node.actor.id);
  }
  yield;
  yield* drawTextSteps(ctx, labels, palette.halo, palette.text);
}
