/**
 * `npm run bench:peers`, one measurement: in headless Chromium, on a fresh cold page (its own
 * browser context), data ready → first complete frame, the longest task, the JS heap after load,
 * and frame times over the same scripted pan and zoom.
 */
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium, reduceMotion, shutdown, Timeout, within } from '../setup.js';
import { PAN_BUDGET_MS, ZOOM_BUDGET_MS, type Library, type Size } from './options.js';
import type { InteractOptions, InteractResult, LayoutMode, LoadOptions, LoadResult } from './types.js';

interface BenchWindow {
  benchLoad(options: LoadOptions): Promise<LoadResult>;
  benchInteract(options: InteractOptions): Promise<InteractResult>;
  gc?: () => void;
}

export interface Measurement {
  library: Library;
  mode: LayoutMode;
  size: Size;
  round: number;
  status: 'ok' | 'timeout' | 'error';
  /** Where it stopped, for timeouts and errors. */
  step?: string;
  error?: string;
  load?: LoadResult;
  heapMB?: number;
  frames?: InteractResult;
  p50Frame?: number;
  p95Frame?: number;
  /** What the page had got to when it timed out. */
  progress?: string;
  ms: number;
}

export const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
};
export const median = (values: readonly number[]): number => quantile(values, 0.5);

export interface Surface {
  width: number;
  height: number;
  zoomMax: number;
}

/**
 * One cold page (its own browser context: no cache, its own renderer process): load, heap, scripted
 * interaction. A step that hangs or throws ends the measurement with status `timeout` or `error`.
 */
export async function measure(
  browser: Browser,
  base: string,
  library: Library,
  mode: LayoutMode,
  size: Size,
  round: number,
  surface: Surface,
  timeoutMs: number,
): Promise<Measurement> {
  const started = Date.now();
  const context = await browser.createBrowserContext();
  const errors: string[] = [];
  let step = 'opening the page';
  const result: Measurement = { library, mode, size, round, status: 'ok', ms: 0 };
  try {
    const page: Page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
    await page.setViewport({ width: 1280, height: 900 });
    await within(page.goto(`${base}/${library}.html`, { waitUntil: 'load' }), timeoutMs, step);
    await within(
      page.waitForFunction(() => 'benchLoad' in window),
      timeoutMs,
      step,
    );
    // Every library's page alike (only ours has a loading pulse): see reduceMotion in setup.ts.
    await reduceMotion(page);
    step = 'data ready → first complete frame';
    const url = `/data/${library === 'ours' ? 'feed' : 'graph'}-${size}.json`;
    const options: LoadOptions = { url, mode, width: surface.width, height: surface.height };
    result.load = await within(
      page.evaluate((o: LoadOptions) => (window as unknown as BenchWindow).benchLoad(o), options),
      timeoutMs,
      step,
    );
    step = 'heap after load';
    await within(
      page.evaluate(() => (window as unknown as BenchWindow).gc?.()),
      timeoutMs,
      step,
    );
    result.heapMB = ((await within(page.metrics(), timeoutMs, step)).JSHeapUsedSize ?? 0) / 1024 / 1024;
    step = 'scripted pan and zoom';
    const interact: InteractOptions = {
      zoomMax: surface.zoomMax,
      panBudget: PAN_BUDGET_MS,
      zoomBudget: ZOOM_BUDGET_MS,
    };
    const frames = await within(
      page.evaluate((o: InteractOptions) => (window as unknown as BenchWindow).benchInteract(o), interact),
      timeoutMs,
      step,
    );
    result.frames = frames;
    result.p50Frame = quantile([...frames.pan, ...frames.zoom], 0.5);
    result.p95Frame = quantile([...frames.pan, ...frames.zoom], 0.95);
    if (errors.length > 0) throw new Error(errors.join('; '));
  } catch (error) {
    result.status = error instanceof Timeout ? 'timeout' : 'error';
    // Where a slow load had got to (pages that yield between chunks still answer).
    const ask = async (): Promise<string> => {
      const page = (await context.pages())[0];
      if (!page) return '{}';
      return page.evaluate(() =>
        JSON.stringify((window as unknown as { benchProgress?: unknown }).benchProgress ?? {}),
      );
    };
    const reached = await within(ask(), 5_000, 'progress').catch(() => 'no answer (main thread busy)');
    if (reached !== '{}') result.progress = reached;
    result.step = step;
    result.error = error instanceof Error ? error.message : String(error);
    if (errors.length > 0 && !result.error.includes(errors[0]!)) result.error += ` (page: ${errors.join('; ')})`;
  } finally {
    result.ms = Date.now() - started;
    if (result.status === 'ok') await within(context.close(), 10_000, 'closing the page').catch(() => undefined);
  }
  return result;
}

/** The WebGL device Chromium offers with its GPU flags left at their defaults (`flags` without --disable-gpu). */
export async function defaultWebgl(flags: readonly string[], timeoutMs: number): Promise<string> {
  let browser: Browser;
  try {
    browser = await launchChromium(flags.filter((flag) => flag !== '--disable-gpu'));
  } catch {
    return 'unknown';
  }
  try {
    const page = await browser.newPage();
    return await within(
      page.evaluate(() => {
        const gl = document.createElement('canvas').getContext('webgl2');
        const info = gl?.getExtension('WEBGL_debug_renderer_info');
        return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL 2';
      }),
      timeoutMs,
      'WebGL probe',
    );
  } finally {
    await shutdown(browser);
  }
}
