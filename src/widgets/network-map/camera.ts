import { easeOutCubic } from '../../util/motion.js';

export interface View {
  /** Screen position of the world origin, in CSS pixels. */
  x: number;
  y: number;
  /** Scale: CSS pixels per world unit. */
  k: number;
}

export interface Bounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export const MIN_ZOOM_FACTOR = 0.5; // relative to the zoom that fits everything

/**
 * Changes of the view less than this apart (ms) are one continuous move (a drag, a pinch, a run
 * of wheel events); the view rests once this long has passed without one.
 */
export const REST_MS = 150;

/** Where the map looks: a pan and a zoom, with optional eased transitions. */
export class Camera {
  view: View = { x: 0, y: 0, k: 1 };
  width = 0;
  height = 0;
  private fitK = 1;
  private animation = 0;
  /** Where an eased move is heading: quick key presses build on it, not on the halfway view. */
  private goal?: View;
  /** When the view last changed, and whether that change continued a move (see `moving`). */
  private changedAt = -Infinity;
  private continued = false;
  /** When the last full picture was finished (see `painted`). */
  private paintedAt = -Infinity;

  /** `maxZoom`: CSS pixels per world unit at the closest. */
  constructor(
    private readonly onChange: () => void,
    private readonly maxZoom = 12,
  ) {}

  setSize(width: number, height: number): void {
    // Keep the centre of the picture where it was.
    const dx = (width - this.width) / 2;
    const dy = (height - this.height) / 2;
    this.width = width;
    this.height = height;
    this.view = { ...this.view, x: this.view.x + dx, y: this.view.y + dy };
  }

  /** The view that shows `bounds` whole, with `padding` CSS pixels around. */
  fitView(bounds: Bounds, padding = 24): View {
    const w = Math.max(1, bounds.maxX - bounds.minX);
    const h = Math.max(1, bounds.maxY - bounds.minY);
    const k = Math.max(1e-3, Math.min((this.width - 2 * padding) / w, (this.height - 2 * padding) / h));
    return {
      k,
      x: this.width / 2 - ((bounds.minX + bounds.maxX) / 2) * k,
      y: this.height / 2 - ((bounds.minY + bounds.maxY) / 2) * k,
    };
  }

  /** Remembers the whole picture's fit, the floor of zooming out. */
  setHome(bounds: Bounds): void {
    this.fitK = this.fitView(bounds).k;
  }

  clampK(k: number): number {
    return Math.min(this.maxZoom, Math.max(this.fitK * MIN_ZOOM_FACTOR, k));
  }

  /** The view with world point (wx, wy) at the centre, at scale k. */
  centreView(wx: number, wy: number, k = this.view.k): View {
    const scale = this.clampK(k);
    return { k: scale, x: this.width / 2 - wx * scale, y: this.height / 2 - wy * scale };
  }

  /** Zooms by `factor` keeping screen point (px, py) fixed. */
  zoomAt(px: number, py: number, factor: number, animate = false): void {
    const { x, y, k } = this.goal ?? this.view;
    const next = this.clampK(k * factor);
    const f = next / k;
    this.go({ k: next, x: px - (px - x) * f, y: py - (py - y) * f }, animate);
  }

  panBy(dx: number, dy: number): void {
    this.go({ ...this.view, x: this.view.x + dx, y: this.view.y + dy }, false);
  }

  /** Moves to `target`, eased over 300 ms unless `animate` is false (reduced motion, drags). */
  go(target: View, animate: boolean): void {
    cancelAnimationFrame(this.animation);
    this.goal = undefined;
    if (!animate) {
      const now = performance.now();
      // A run goes on when the last change came less than REST_MS ago, or when the picture drawn
      // for it took long (a weak GPU) and was finished less than REST_MS ago.
      const drawnAt =
        this.paintedAt > this.changedAt && this.paintedAt - this.changedAt < 1000 ? this.paintedAt : -Infinity;
      this.continued = now - Math.max(this.changedAt, drawnAt) < REST_MS;
      this.changedAt = now;
      this.view = target;
      this.onChange();
      return;
    }
    const from = this.view;
    this.goal = target;
    const start = performance.now();
    const step = (now: number): void => {
      const t = Math.min(1, (now - start) / 300);
      const e = easeOutCubic(t);
      // Interpolate the scale geometrically so zooming feels even.
      const k = from.k * (target.k / from.k) ** e;
      this.view = { k, x: from.x + (target.x - from.x) * e, y: from.y + (target.y - from.y) * e };
      // Every step but the last is on the way; the last one rests.
      this.continued = t < 1;
      this.changedAt = t < 1 ? now : -Infinity;
      this.onChange();
      if (t < 1) this.animation = requestAnimationFrame(step);
      else this.goal = undefined;
    };
    this.animation = requestAnimationFrame(step);
  }

  stop(): void {
    cancelAnimationFrame(this.animation);
    if (this.goal) this.view = this.goal;
    this.goal = undefined;
    this.continued = false;
  }

  /** The full picture for the current view has been drawn (the scene cache says so). */
  painted(): void {
    this.paintedAt = performance.now();
  }

  /**
   * Whether the view is in the middle of a move: an eased move that has not reached its goal, or
   * the second and later of a run of changes less than REST_MS apart, the last under REST_MS ago.
   * A single jump is not a move.
   */
  get moving(): boolean {
    return this.continued && performance.now() - this.changedAt < REST_MS;
  }

  toScreen(wx: number, wy: number): [number, number] {
    return [wx * this.view.k + this.view.x, wy * this.view.k + this.view.y];
  }

  toWorld(px: number, py: number): [number, number] {
    return [(px - this.view.x) / this.view.k, (py - this.view.y) / this.view.k];
  }
}

/** The box around every item, each taken as a point with an optional radius. */
export function boundsOf<T>(items: Iterable<T>, at: (item: T) => readonly [x: number, y: number, r?: number]): Bounds {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const item of items) {
    const [x, y, r = 0] = at(item);
    minX = Math.min(minX, x - r);
    minY = Math.min(minY, y - r);
    maxX = Math.max(maxX, x + r);
    maxY = Math.max(maxY, y + r);
  }
  return { minX, minY, maxX, maxY };
}
