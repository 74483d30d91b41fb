/**
 * `npm run bench`, the network map: for each raster mode (CPU, emulated GPU) a browser of its own,
 * and for each feed and view three cold pages: feed ready → first frame, the longest task in
 * between, frame intervals over the scripted pan and Ctrl + wheel zoom (scripts/bench/map-page.ts).
 */
import { flagsFor, RASTER_LABEL, type RasterMode } from './flags.js';
import type { MapTiming } from './map-page.js';
import { coldPage, launchChromium, shutdown } from './setup.js';

interface BenchWindow {
  benchMap(url: string, view?: string): Promise<MapTiming>;
  gc?: () => void;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const quantile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
};

/**
 * The longest task between data ready (mf-load) and the first frame, including one running when
 * the data became ready (0 = none over 50 ms). "longest task" counts from the feed being handed
 * over, so it includes reading the feed.
 */
function afterReady(run: MapTiming): number {
  const end = run.loadedAt + run.firstFrame;
  const overlapping = run.spans.filter(([start, duration]) => start + duration > run.loadedAt && start < end);
  return Math.max(0, ...overlapping.map(([, duration]) => duration));
}

/** The map's table, once per raster mode, against the bench pages served at `base`. */
export async function benchMapModes(base: string, modes: readonly RasterMode[]): Promise<void> {
  for (const mode of modes) {
    const browser = await launchChromium(flagsFor(mode));
    try {
      console.log(
        `\nNetwork map in Chromium, ${RASTER_LABEL[mode]} (ms; 3 cold pages each, medians; tasks: median (worst)): first frame = data ready (mf-load) → first frame; longest task = from handing the feed over (reading it included) to the first frame; after ready = from data ready to the first frame; frame intervals over a scripted pan (60 frames) and Ctrl + wheel zoom (120)`,
      );
      console.log(
        'feed'.padEnd(22) +
          'actors'.padStart(8) +
          'first frame'.padStart(14) +
          'longest task'.padStart(14) +
          'after ready'.padStart(13) +
          'p50 frame'.padStart(12) +
          'p95 frame'.padStart(12) +
          'p95 pan'.padStart(10) +
          'p95 zoom'.padStart(10) +
          'heap MB'.padStart(10),
      );
      // One throwaway page first: a browser's very first page pays its own start-up costs.
      {
        const warm = await browser.newPage();
        await warm.goto(`${base}/`, { waitUntil: 'load' });
        await warm.waitForFunction(() => 'benchMap' in window);
        await warm.evaluate(() => (window as unknown as BenchWindow).benchMap('/feeds/sample.json'));
        await warm.close();
      }
      for (const [name, view] of [
        ['map-2k', 'graph'],
        ['stress', 'graph'],
        ['map-2k', 'geo'],
        ['stress', 'geo'],
      ] as const) {
        // Three cold pages each (a partner's visitor arrives cold): the median, and the worst long task.
        const runs: Array<MapTiming & { heap: number }> = [];
        for (let run = 0; run < 3; run++) {
          const { page, close } = await coldPage(browser, `${base}/`, 'benchMap');
          const timing = await page.evaluate(
            (url: string, v: string) => (window as unknown as BenchWindow).benchMap(url, v),
            `/feeds/${name}.json`,
            view,
          );
          await page.evaluate(() => (window as unknown as BenchWindow).gc?.());
          runs.push({ ...timing, heap: ((await page.metrics()).JSHeapUsedSize ?? 0) / 1024 / 1024 });
          await close();
        }
        const pan = runs.flatMap((run) => run.frames.slice(0, run.panFrames));
        const zoom = runs.flatMap((run) => run.frames.slice(run.panFrames));
        const all = [...pan, ...zoom];
        console.log(
          `${name}.json ${view}`.padEnd(22) +
            String(runs[0]!.actors).padStart(8) +
            median(runs.map((run) => run.firstFrame))
              .toFixed(0)
              .padStart(14) +
            `${median(runs.map((run) => run.longestTask)).toFixed(0)} (${Math.max(...runs.map((run) => run.longestTask)).toFixed(0)})`.padStart(
              14,
            ) +
            `${median(runs.map(afterReady)).toFixed(0)} (${Math.max(...runs.map(afterReady)).toFixed(0)})`.padStart(
              13,
            ) +
            quantile(all, 0.5).toFixed(1).padStart(12) +
            quantile(all, 0.95).toFixed(1).padStart(12) +
            quantile(pan, 0.95).toFixed(1).padStart(10) +
            quantile(zoom, 0.95).toFixed(1).padStart(10) +
            median(runs.map((run) => run.heap))
              .toFixed(1)
              .padStart(10),
        );
      }
    } finally {
      await shutdown(browser);
    }
  }
}
