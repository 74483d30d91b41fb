/**
 * Draws the geo view: the provinces, and the actors gathered in bubbles per province, then per
 * municipality, then one by one as the reader zooms in. Returns what can be pointed at.
 */
import type { Camera } from './camera.js';
import { shapePath, type Palette } from './palette.js';
import { drawTextSteps, fillShape, Pen, textWidth, type Label } from './batch.js';
import type { PaintSteps } from './scene-cache.js';
import { runAtOnce } from '../../util/slices.js';
import type { GeoLayout, GeoNode } from './geo-layout.js';
import type { Municipality } from './geo-data.js';

/** How the actors are gathered at the current zoom. */
export type GeoLevel = 'province' | 'municipality' | 'actor';

/** Pixels per kilometre at which bubbles open: provinces into municipalities, then into actors. */
export const MUNICIPALITY_AT = 6;
export const ACTOR_AT = 24;

export function geoLevel(camera: Camera): GeoLevel {
  const { k } = camera.view;
  return k < MUNICIPALITY_AT ? 'province' : k < ACTOR_AT ? 'municipality' : 'actor';
}

/** One thing drawn on the geo view that can be pointed at or travelled to. */
export interface GeoTarget {
  readonly id: string;
  readonly kind: 'province' | 'municipality' | 'actor';
  readonly label: string;
  readonly count: number;
  /** Screen position (CSS px) and radius. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** World position, for zooming in. */
  readonly wx: number;
  readonly wy: number;
}

export interface GeoDrawInput {
  readonly layout: GeoLayout;
  readonly camera: Camera;
  readonly palette: Palette;
  readonly surface: string;
  readonly font: string;
  readonly isShown: (node: GeoNode) => boolean;
  readonly province?: string;
  readonly provinceName: (id: string) => string;
  readonly municipalityName: (municipality: Municipality) => string;
  readonly formatCount: (count: number) => string;
  readonly selected?: string;
  readonly focused?: string;
  readonly highlight?: ReadonlySet<string>;
}

export interface GeoDrawResult {
  readonly level: GeoLevel;
  readonly provinces: string[];
  readonly targets: GeoTarget[];
  readonly paths: ReadonlyMap<string, Path2D>;
}

/** Points, actors or labels handled between two pauses of a first picture painted in slices. */
const POINTS_STEP = 1024;
const NODES_STEP = 256;
const LABELS_STEP = 8;

export function drawGeo(ctx: CanvasRenderingContext2D, input: GeoDrawInput): GeoDrawResult {
  return runAtOnce(drawGeoSteps(ctx, input));
}

/**
 * `drawGeo` as steps (see `drawSteps` of the graph): each `yield` is a point where a first picture
 * may pause until the next frame. The calls on the context are the same, in the same order.
 */
export function* drawGeoSteps(ctx: CanvasRenderingContext2D, input: GeoDrawInput): PaintSteps<GeoDrawResult> {
  const { layout, camera, palette } = input;
  const { width, height } = camera;
  const level = geoLevel(camera);
  ctx.clearRect(0, 0, width, height);

  // Provinces, in screen coordinates (their paths are kept for hit-testing).
  const paths = new Map<string, Path2D>();
  let points = 0;
  for (const province of layout.data.provinces) {
    const path = new Path2D();
    for (const ring of province.rings) {
      for (const [i, [x, y]] of ring.entries()) {
        if (++points % POINTS_STEP === 0) yield;
        const [sx, sy] = camera.toScreen(x, y);
        if (i === 0) path.moveTo(sx, sy);
        else path.lineTo(sx, sy);
      }
      path.closePath();
    }
    yield;
    paths.set(province.id, path);
    const chosen = input.province === province.id;
    ctx.globalAlpha = input.province && !chosen ? 0.45 : 1;
    ctx.fillStyle = input.surface;
    ctx.fill(path, 'evenodd');
    ctx.globalAlpha = 1;
    ctx.strokeStyle = chosen ? palette.accent : palette.muted;
    ctx.lineWidth = chosen ? 2.5 : 1;
    ctx.stroke(path);
  }

  yield;
  const targets: GeoTarget[] = [];
  const shown: GeoNode[] = [];
  for (const [index, node] of layout.nodes.entries()) {
    if (index % (NODES_STEP * 8) === NODES_STEP * 8 - 1) yield;
    if (input.isShown(node)) shown.push(node);
  }
  const onScreen = (x: number, y: number, r: number): boolean =>
    x + r > 0 && y + r > 0 && x - r < width && y - r < height;

  if (level === 'actor') {
    // Colour and opacity set when they change, the transform outright (see batch.ts).
    const pen = new Pen(ctx);
    const base = ctx.getTransform();
    for (const [index, node] of shown.entries()) {
      if (index % NODES_STEP === NODES_STEP - 1) yield;
      const [x, y] = camera.toScreen(node.x, node.y);
      const r = 5;
      if (!onScreen(x, y, r)) continue;
      pen.globalAlpha(input.highlight && !input.highlight.has(node.actor.id) ? 0.25 : 1);
      pen.fillStyle(palette.type(node.actor.type));
      fillShape(ctx, base, shapePath(node.actor.type), x, y, r);
      targets.push({
        id: node.actor.id,
        kind: 'actor',
        label: node.actor.name,
        count: 1,
        x,
        y,
        r,
        wx: node.x,
        wy: node.y,
      });
    }
    ctx.setTransform(base);
    ctx.globalAlpha = 1;
  } else {
    // Bubbles: one per province or municipality, with the number of actors in it.
    const groups = new Map<string, { label: string; x: number; y: number; count: number }>();
    for (const [index, node] of shown.entries()) {
      if (index % (NODES_STEP * 8) === NODES_STEP * 8 - 1) yield;
      const key = level === 'province' ? node.municipality.province : node.municipality.key;
      const group = groups.get(key);
      if (group) group.count++;
      else if (level === 'province') {
        const province = layout.data.provinces.find((p) => p.id === key);
        groups.set(key, {
          label: input.provinceName(key),
          x: province?.centre[0] ?? 0,
          y: province?.centre[1] ?? 0,
          count: 1,
        });
      } else {
        groups.set(key, {
          label: input.municipalityName(node.municipality),
          x: node.municipality.x,
          y: node.municipality.y,
          count: 1,
        });
      }
    }
    const discs: Array<{ x: number; y: number; r: number }> = [];
    for (const [key, group] of groups) {
      const [x, y] = camera.toScreen(group.x, group.y);
      const r = Math.min(
        level === 'province' ? 46 : 30,
        (level === 'province' ? 9 : 6) + Math.sqrt(group.count) * (level === 'province' ? 1.2 : 1.6),
      );
      if (!onScreen(x, y, r)) continue;
      discs.push({ x, y, r });
      targets.push({
        id: `${level}:${key}`,
        kind: level,
        label: group.label,
        count: group.count,
        x,
        y,
        r,
        wx: group.x,
        wy: group.y,
      });
    }
    // A disc and its outline each, in turn (overlapping bubbles show through each other as before).
    yield;
    const pen = new Pen(ctx);
    pen.fillStyle(palette.accent);
    pen.strokeStyle(palette.accent);
    pen.lineWidth(1.5);
    for (const { x, y, r } of discs) {
      pen.globalAlpha(0.22);
      ctx.beginPath();
      ctx.arc(x, y, r, 0, Math.PI * 2);
      ctx.fill();
      pen.globalAlpha(0.85);
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
  }

  // Labels: counts in bubbles, then names where there is room.
  yield;
  const placed: Array<[number, number, number, number]> = [];
  const free = (x0: number, y0: number, x1: number, y1: number): boolean =>
    !placed.some(([a, b, c, d]) => x0 < c && x1 > a && y0 < d && y1 > b);
  const labels: Label[] = [];
  const label = (text: string, x: number, y: number, size: number, weight: number): void => {
    const font = `${weight} ${size}px ${input.font}`;
    const w = textWidth(ctx, font, text);
    const box: [number, number, number, number] = [x - w / 2 - 2, y - size / 2 - 2, x + w / 2 + 2, y + size / 2 + 2];
    if (!free(...box)) return;
    placed.push(box);
    labels.push({ text, x, y, font, align: 'center' });
  };
  const sorted = [...targets].sort((a, b) => b.count - a.count);
  for (const [index, target] of sorted.entries()) {
    if (index % LABELS_STEP === LABELS_STEP - 1) yield;
    if (target.kind !== 'actor') label(input.formatCount(target.count), target.x, target.y, 12, 700);
  }
  for (const [index, target] of sorted.slice(0, 200).entries()) {
    if (index % LABELS_STEP === LABELS_STEP - 1) yield;
    label(
      target.label.length > 32 ? `${target.label.slice(0, 30)}…` : target.label,
      target.x,
      target.y + target.r + 9,
      target.kind === 'province' ? 13 : 11,
      target.kind === 'province' ? 700 : 400,
    );
  }
  yield;
  yield* drawTextSteps(ctx, labels, palette.halo, palette.text);

  const ring = (id: string | undefined, color: string, gap: number, width: number): void => {
    const target = targets.find((t) => t.id === id);
    if (!target) return;
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.arc(target.x, target.y, target.r + gap, 0, Math.PI * 2);
    ctx.stroke();
  };
  ring(input.selected, palette.accent, 3, 2.5);
  ring(input.focused, palette.focus, 6, 2);
  return { level, provinces: [...paths.keys()], targets, paths };
}
