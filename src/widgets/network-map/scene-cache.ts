/**
 * The picture as a bitmap while the view moves. A weak GPU (or one emulated in software) pays for
 * every fill, stroke and label, so a scene drawn anew on each frame of a pinch or a Ctrl + wheel
 * zoom stutters. While the camera is moving, the last full picture is drawn moved and scaled (one
 * image), as Cytoscape.js does; once the view has rested for `REST_MS` the full picture is drawn
 * again, so what a reader sees at rest is exactly what a full draw gives. A single jump (a key, a
 * click) is drawn in full at once: only a run of changes counts as moving (see Camera.moving).
 */
import { REST_MS, type Camera, type View } from './camera.js';

/** Which draw last touched a canvas: a view that did not make the last one cannot reuse it. */
const stamps = new WeakMap<HTMLCanvasElement | OffscreenCanvas, number>();
let nextStamp = 1;

function stamp(canvas: HTMLCanvasElement | OffscreenCanvas): number {
  const value = nextStamp++;
  stamps.set(canvas, value);
  return value;
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Main-thread time (ms) of one frame's slice of a first picture painted over several frames. */
const SLICE_MS = 10;

/** The steps of a picture painted over several frames: each `yield` is a point where it may pause. */
export type PaintSteps<T = void> = Generator<void, T>;

export class SceneCache {
  /** The last full picture, copied when a move begins. */
  private snapshot?: HTMLCanvasElement;
  private snapped = false;
  /** What the canvas showed after the last full draw: its view, scene key and stamp. */
  private full?: { view: View; key: readonly unknown[]; stamp: number };
  private timer = 0;
  /** The canvas shows the snapshot moved, not a full picture (screen positions of the last draw are stale). */
  moved = false;

  /** A first picture being painted over several frames, off screen: its steps, what it shows, where. */
  painting?: { steps: PaintSteps; at: readonly unknown[]; on: HTMLCanvasElement };

  /**
   * Draws the scene. `key` lists everything the picture depends on besides the camera (the data,
   * the filters, the selection, the theme); `drawFull` draws it in full; `refine` asks for a draw
   * once the view rests (it schedules a frame). `paint`, given for a first picture, paints it in
   * steps on the context it is given: a slice of them each frame until it is done, so that a
   * picture of 20,000 actors is no long task (the view stays still meanwhile; a move finishes it at
   * once, in full). The slices go to a canvas off screen, copied to the canvas once whole: the
   * canvas changes once, not in every frame of the painting, and the compositor (on a weak GPU, the
   * biggest user of the processor while a first picture was painted: 110-230 ms of the 300-450 ms
   * at 20,000 actors) draws the page once instead of at every slice.
   */
  draw(
    ctx: CanvasRenderingContext2D,
    camera: Camera,
    scene: readonly unknown[],
    drawFull: () => void,
    refine: () => void,
    paint?: (target: CanvasRenderingContext2D) => PaintSteps,
  ): void {
    const canvas = ctx.canvas;
    const key = [...scene, canvas.width, canvas.height, camera.width, camera.height];
    const full = this.full;
    if (camera.moving && full && stamps.get(canvas) === full.stamp && sameKey(full.key, key)) {
      if (!this.snapped && !this.snap(canvas)) return this.drawFully(ctx, camera, key, drawFull);
      this.drawMoved(ctx, camera, full.view);
      this.full = { ...full, stamp: stamp(canvas) };
      this.moved = true;
      clearTimeout(this.timer);
      this.timer = window.setTimeout(refine, REST_MS + 10);
      return;
    }
    if (paint && !camera.moving) {
      // The slice's time counts from here: making the canvas off screen is part of it.
      const until = performance.now() + SLICE_MS;
      // Another picture asked for (the scene, the size or the view changed): it starts again.
      const at = [...key, camera.view.x, camera.view.y, camera.view.k];
      if (!this.painting || !sameKey(this.painting.at, at)) {
        const target = this.offscreen(ctx);
        this.painting = target && { steps: paint(target), at, on: target.canvas };
      }
      const painting = this.painting;
      if (painting) {
        while (performance.now() < until)
          if (painting.steps.next().done) return this.drawFully(ctx, camera, key, () => this.present(ctx, painting.on));
        return refine();
      }
    }
    this.painting = undefined;
    this.drawFully(ctx, camera, key, drawFull);
  }

  /** Forgets the picture: the next draw is a full one (before hit-testing a moved frame, say). */
  invalidate(): void {
    this.full = undefined;
    this.snapped = false;
  }

  private drawFully(
    ctx: CanvasRenderingContext2D,
    camera: Camera,
    key: readonly unknown[],
    drawFull: () => void,
  ): void {
    clearTimeout(this.timer);
    drawFull();
    camera.painted();
    this.full = { view: { ...camera.view }, key, stamp: stamp(ctx.canvas) };
    this.snapped = false;
    this.moved = false;
  }

  /**
   * The context a first picture is painted on: the snapshot's canvas (free until a move), sized as
   * the canvas (which resets it, also at the same size: state and pixels), with its transform. Its
   * state then carries over between the slices, as the canvas's would when drawn at once.
   */
  private offscreen(ctx: CanvasRenderingContext2D): CanvasRenderingContext2D | undefined {
    const canvas = (this.snapshot ??= document.createElement('canvas'));
    canvas.width = ctx.canvas.width;
    canvas.height = ctx.canvas.height;
    this.snapped = false;
    const off = canvas.getContext('2d');
    off?.setTransform(ctx.getTransform());
    return off ?? undefined;
  }

  /** The finished picture onto the canvas, pixel for pixel, whatever state earlier draws left. */
  private present(ctx: CanvasRenderingContext2D, from: HTMLCanvasElement): void {
    this.painting = undefined;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.globalCompositeOperation = 'copy';
    ctx.filter = 'none';
    ctx.shadowColor = 'transparent';
    ctx.drawImage(from, 0, 0);
    ctx.restore();
  }

  /** Copies the canvas (still showing the last full picture) into the snapshot. */
  private snap(canvas: HTMLCanvasElement | OffscreenCanvas): boolean {
    const snapshot = (this.snapshot ??= document.createElement('canvas'));
    if (snapshot.width !== canvas.width || snapshot.height !== canvas.height) {
      snapshot.width = canvas.width;
      snapshot.height = canvas.height;
    }
    const copy = snapshot.getContext('2d');
    if (!copy) return false;
    copy.clearRect(0, 0, snapshot.width, snapshot.height);
    copy.drawImage(canvas, 0, 0);
    this.snapped = true;
    return true;
  }

  /** The snapshot taken at view `from`, where the camera's view puts it now. */
  private drawMoved(ctx: CanvasRenderingContext2D, camera: Camera, from: View): void {
    const { x, y, k } = camera.view;
    const s = k / from.k;
    ctx.clearRect(0, 0, camera.width, camera.height);
    ctx.drawImage(this.snapshot!, x - from.x * s, y - from.y * s, camera.width * s, camera.height * s);
  }
}
