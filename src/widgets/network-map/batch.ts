/**
 * Drawing for both views on a weak GPU. A canvas on a GPU pays for state changes and for
 * save/restore around each mark, so a frame sets the colour, opacity, line width and font only
 * when they change (`Pen`), places a mark by setting the transform outright (`fillShape`), and
 * measures each label's text once (`textWidth`).
 *
 * Marks are still filled one by one, in the order of old: a union of many marks in one Path2D is
 * antialiased differently by Skia (it rasterises a many-contour path another way) and overlapping
 * translucent marks would no longer darken each other, so the picture would change. Measured on
 * SwiftShader, per-mark fills without the state changes and save/restore cost about what one
 * union path per style costs (the union's path building is JavaScript work of its own).
 */

import { runAtOnce } from '../../util/slices.js';
import type { PaintSteps } from './scene-cache.js';

/** The context's paint state, set only when it changes. Starts unknown: the first set always happens. */
export class Pen {
  private fill?: string;
  private stroke?: string;
  private alpha?: number;
  private width?: number;
  private font?: string;
  private align?: CanvasTextAlign;

  constructor(readonly ctx: CanvasRenderingContext2D) {}

  fillStyle(value: string): void {
    if (value !== this.fill) this.ctx.fillStyle = this.fill = value;
  }

  strokeStyle(value: string): void {
    if (value !== this.stroke) this.ctx.strokeStyle = this.stroke = value;
  }

  globalAlpha(value: number): void {
    if (value !== this.alpha) this.ctx.globalAlpha = this.alpha = value;
  }

  lineWidth(value: number): void {
    if (value !== this.width) this.ctx.lineWidth = this.width = value;
  }

  setFont(value: string): void {
    if (value !== this.font) this.ctx.font = this.font = value;
  }

  textAlign(value: CanvasTextAlign): void {
    if (value !== this.align) this.ctx.textAlign = this.align = value;
  }
}

/**
 * Fills a type's shape (a 24 × 24 Path2D) in the box of radius r around (x, y): the transform that
 * `translate(x - r, y - r); scale(2r / 24)` on `base` gives, set at once (no save and restore).
 * The caller sets `base` back when it is done.
 */
export function fillShape(
  ctx: CanvasRenderingContext2D,
  base: DOMMatrix,
  shape: Path2D,
  x: number,
  y: number,
  r: number,
): void {
  const s = (2 * r) / 24;
  const [tx, ty] = [x - r, y - r];
  ctx.setTransform(
    base.a * s,
    base.b * s,
    base.c * s,
    base.d * s,
    base.e + (tx * base.a + ty * base.c),
    base.f + (tx * base.b + ty * base.d),
  );
  ctx.fill(shape, 'evenodd');
}

const widths = new Map<string, number>();
let watching = false;

/** A text's width in a font, measured once (labels come back frame after frame). */
export function textWidth(ctx: CanvasRenderingContext2D, font: string, text: string): number {
  const key = `${font}\n${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    // A web font that arrives later measures differently: measure again after it.
    if (!watching && typeof document !== 'undefined' && document.fonts) {
      watching = true;
      document.fonts.addEventListener('loadingdone', () => widths.clear());
    }
    if (widths.size > 20_000) widths.clear();
    ctx.font = font;
    width = ctx.measureText(text).width;
    widths.set(key, width);
  }
  return width;
}

/** A label placed: drawn once every label has its place. */
export interface Label {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly font: string;
  readonly align: CanvasTextAlign;
}

/**
 * Labels with their halos, in the order they were placed; the text state set only when it changes.
 * In steps, as the first picture's other parts (`drawTexts` runs them at once).
 */
export function* drawTextSteps(
  ctx: CanvasRenderingContext2D,
  labels: readonly Label[],
  halo: string,
  color: string,
): PaintSteps {
  if (labels.length === 0) return;
  const pen = new Pen(ctx);
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  pen.lineWidth(3);
  pen.strokeStyle(halo);
  pen.fillStyle(color);
  for (const [index, label] of labels.entries()) {
    // Drawing a label costs more than placing one: on a GPU, 20,000 actors' labels took 36 ms.
    if (index % 8 === 7) yield;
    pen.setFont(label.font);
    pen.textAlign(label.align);
    ctx.strokeText(label.text, label.x, label.y);
    ctx.fillText(label.text, label.x, label.y);
  }
}

export function drawTexts(ctx: CanvasRenderingContext2D, labels: readonly Label[], halo: string, color: string): void {
  runAtOnce(drawTextSteps(ctx, labels, halo, color));
}
