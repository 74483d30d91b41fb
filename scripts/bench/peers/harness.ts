/**
 * The measuring half of every page of `npm run bench:peers`, the same for each library: data ready →
 * first complete frame, long tasks while it loads, then frame times over one scripted pan and zoom.
 */
import type { InteractOptions, InteractResult, LoadOptions, LoadResult } from './types.js';

/** One step of the scripted interaction, as the library takes it (pointer events or its camera API). */
export interface Driver {
  readonly via: string;
  /** The pointer goes down at (x, y), CSS px from the drawing's top left. */
  down(x: number, y: number): void;
  /** The pointer moves to (x, y), by (dx, dy): the picture follows it. */
  move(x: number, y: number, dx: number, dy: number): void;
  up(x: number, y: number): void;
  /** Zoom by `factor` keeping (x, y) where it is. */
  zoom(x: number, y: number, factor: number): void;
}

export interface Started {
  /** Settles in the animation frame in which the library has drawn its complete first picture. */
  readonly drawn: Promise<void>;
  readonly driver: Driver;
  /** The drawing surface, CSS px. */
  readonly surface: () => { width: number; height: number };
  readonly extra?: () => Record<string, number | string>;
}

/** Puts the library on `host` (an empty, unsized div in the page) with `data`, already parsed. */
export type Start = (host: HTMLDivElement, data: unknown, options: LoadOptions) => Started;

/** What a slow load has got to so far, read by the runner when a step times out. */
export const progress: Record<string, number | string> = {};

export const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls once per animation frame until `done()`, settling in the frame where it first holds. */
export async function until(done: () => boolean): Promise<void> {
  while (!done()) await frame();
}

/** A promise with its resolve function, for libraries that report "drawn" by event. */
export function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** Peers: the same screen-space moves through the library's own camera. */
export function cameraDriver(via: string, panBy: Driver['move'], zoomAt: Driver['zoom']): Driver {
  return { via, down: () => undefined, up: () => undefined, move: panBy, zoom: zoomAt };
}

/** The wheel step of the script: e^0.1 per frame (our map's factor for a 40 px Ctrl + wheel). */
export const ZOOM_STEP = 0.1;

export function installBench(start: Start): void {
  let current: Started | undefined;

  async function benchLoad(options: LoadOptions): Promise<LoadResult> {
    let data: unknown = await (await fetch(options.url)).json();
    document.body.replaceChildren();
    const host = document.createElement('div');
    document.body.append(host);
    await frame();
    await frame();
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => tasks.push(entry.duration)),
    );
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    const started = start(host, data, options);
    data = undefined; // the page keeps only what the library keeps
    await started.drawn;
    // The frame after the one that drew: the picture is complete and was handed to the compositor.
    await frame();
    const firstFrame = performance.now() - t0;
    await sleep(50);
    observer.disconnect();
    current = started;
    const { width, height } = started.surface();
    return {
      firstFrame,
      longestTask: Math.max(0, ...tasks),
      longTasks: tasks.length,
      width,
      height,
      extra: started.extra?.() ?? {},
    };
  }

  /**
   * 60 frames of drag along a loop, a pause, then 60 frames zooming in and 60 out around one point.
   * A phase that runs out of its time budget stops there (a library at seconds per frame).
   */
  async function benchInteract(options: InteractOptions): Promise<InteractResult> {
    const driver = current?.driver;
    if (!driver) throw new Error('benchLoad first');
    const pan: number[] = [];
    const zoom: number[] = [];
    let last = await frame();
    let [x, y] = [500, 350];
    let complete = true;
    const panEnd = last + options.panBudget;
    driver.down(x, y);
    for (let i = 0; i < 60; i++) {
      if (last > panEnd) {
        complete = false;
        break;
      }
      const nx = 500 + Math.sin(i / 6) * 200;
      const ny = 350 + Math.cos(i / 6) * 120;
      driver.move(nx, ny, nx - x, ny - y);
      [x, y] = [nx, ny];
      const now = await frame();
      pan.push(now - last);
      last = now;
    }
    driver.up(x, y);
    // Let any inertia or easing of the drag end (not measured).
    await sleep(400);
    last = await frame();
    // Zoom relative to the picture that fits everything, held between 0.5× and `zoomMax` (our map's
    // limits), so every library travels the same zoom path.
    let scale = 1;
    const zoomEnd = last + options.zoomBudget;
    for (let i = 0; i < 120; i++) {
      if (last > zoomEnd) {
        complete = false;
        break;
      }
      const next = Math.min(options.zoomMax, Math.max(0.5, scale * Math.exp(i < 60 ? ZOOM_STEP : -ZOOM_STEP)));
      driver.zoom(550, 350, next / scale);
      scale = next;
      const now = await frame();
      zoom.push(now - last);
      last = now;
    }
    return { pan, zoom, via: driver.via, complete };
  }

  Object.assign(window, { benchLoad, benchInteract, benchProgress: progress });
}
