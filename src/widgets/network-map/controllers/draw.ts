import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapViewStrategy } from '../views/map-view.js';

export interface DrawTarget {
  /** The view to draw; none when nothing is drawn now (the list view, a new pixel ratio being applied). */
  readonly view: MapViewStrategy | undefined;
  readonly canvas: HTMLCanvasElement | undefined;
}

/** Draws the current view on the canvas: now, or on the next frame (many asks, one frame). */
export class DrawController implements ReactiveController {
  #frame = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly target: () => DrawTarget,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    // A pending frame is gone: the next change must be able to schedule one again.
    this.#frame = 0;
  }

  schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.now();
    });
  }

  now(): void {
    const { view, canvas } = this.target();
    if (!view || !canvas || !view.ready || view.camera.width === 0) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const dpr = canvas.width / view.camera.width;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    view.draw(ctx);
  }
}
