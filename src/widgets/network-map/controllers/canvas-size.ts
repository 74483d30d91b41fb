import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps a canvas the size of its stage in device pixels: a ResizeObserver on the stage (made anew
 * when the view switches back), and the pixel ratio watched through the `resolution` media query
 * (another screen, browser zoom). `onResize` gets the stage's size in CSS pixels.
 */
export class CanvasSizeController implements ReactiveController {
  private observer?: ResizeObserver;
  private observed?: HTMLElement;
  private ratio?: { query: MediaQueryList; dpr: number };

  constructor(
    host: ReactiveControllerHost,
    private readonly stage: () => HTMLElement | null | undefined,
    private readonly canvas: () => HTMLCanvasElement | null | undefined,
    private readonly onResize: (width: number, height: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.stage()) this.observe();
  }

  hostUpdated(): void {
    const stage = this.stage();
    if (stage && stage !== this.observed) this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    this.ratio?.query.removeEventListener('change', this.resize);
    this.ratio = undefined;
  }

  /**
   * Whether the pixel ratio changed since the canvas was sized (the media query misses some changes,
   * under emulation and in a few browsers: every frame asks); if so the canvas is sized again.
   */
  ratioChanged(): boolean {
    if (!this.ratio || this.ratio.dpr === (window.devicePixelRatio || 1)) return false;
    this.resize();
    return true;
  }

  private observe(): void {
    this.observer?.disconnect();
    this.observer = new ResizeObserver(() => this.resize());
    this.observed = this.stage() ?? undefined;
    if (this.observed) this.observer.observe(this.observed);
  }

  readonly resize = (): void => {
    const stage = this.stage();
    const canvas = this.canvas();
    if (!stage || !canvas) return;
    const { width, height } = stage.getBoundingClientRect();
    if (width === 0 || height === 0) return; // hidden: wait until shown
    const dpr = window.devicePixelRatio || 1;
    this.watch(dpr);
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    this.onResize(width, height);
  };

  private watch(dpr: number): void {
    if (this.ratio?.dpr === dpr) return;
    this.ratio?.query.removeEventListener('change', this.resize);
    const query = window.matchMedia(`(resolution: ${dpr}dppx)`);
    query.addEventListener('change', this.resize);
    this.ratio = { query, dpr };
  }
}
