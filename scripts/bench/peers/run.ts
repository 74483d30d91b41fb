/**
 * `npm run bench:peers`, the rounds: for each feed size a warm-up page (it also gives the surface and
 * the zoom range everyone gets), then each round every library and layout mode on a cold page, the
 * libraries in a rotating order. A run that times out or fails restarts the browser.
 */
import { launchChromium, shutdown } from '../setup.js';
import type { FeedFacts } from './data.js';
import { defaultWebgl, measure, type Measurement, type Surface } from './measure.js';
import { LABEL, LAYOUT_NAME, MODES, type PeerOptions, type Size } from './options.js';

export interface Rounds {
  runs: Measurement[];
  /** `library/mode/size` → why it was not measured again. */
  skipped: Map<string, string>;
  surfaces: Partial<Record<Size, Surface>>;
  /** The browser's version. */
  chromium: string;
  /** The WebGL device with the GPU flags at their defaults. */
  webglDefault: string;
}

/** Every measurement, against the pages served at `base`. */
export async function runRounds(
  options: PeerOptions,
  base: string,
  feeds: Partial<Record<Size, FeedFacts>>,
): Promise<Rounds> {
  const { rounds, timeoutMs, libraries, sizes } = options;
  const webglDefault = await defaultWebgl(options.flags, timeoutMs);
  let browser = await launchChromium(options.flags);
  const chromium = await browser.version();
  const runs: Measurement[] = [];
  const skipped = new Map<string, string>();
  const surfaces: Partial<Record<Size, Surface>> = {};
  try {
    for (const size of sizes) {
      // A throwaway page first (a browser's first page pays its own start-up costs); it also gives
      // the size of our canvas (peers get a surface of that size) and our fit-all zoom (the script's
      // closest zoom is our 12 px per unit, relative to it).
      const warm = await measure(
        browser,
        base,
        'ours',
        'own',
        size,
        -1,
        { width: 1100, height: 700, zoomMax: 10 },
        timeoutMs,
      );
      if (warm.status !== 'ok' || !warm.load) throw new Error(`warm-up failed: ${warm.error ?? ''}`);
      const fit = Number(warm.load.extra['fitZoom']);
      const surface: Surface = {
        width: Math.round(warm.load.width),
        height: Math.round(warm.load.height),
        zoomMax: fit > 0 ? 12 / fit : 10,
      };
      surfaces[size] = surface;
      console.log(
        `\n${size}: ${feeds[size]!.actors} actors, ${feeds[size]!.edges} edges; surface ${surface.width}×${surface.height} px; zoom script 0.5×–${surface.zoomMax.toFixed(1)}× the fit`,
      );
      for (let round = 0; round < rounds; round++) {
        const order = libraries.map((_, i) => libraries[(i + round) % libraries.length]!);
        for (const library of order) {
          const modes = round % 2 === 0 ? MODES[library] : [...MODES[library]].reverse();
          for (const mode of modes) {
            const key = `${library}/${mode}/${size}`;
            if (skipped.has(key) || !options.modes.includes(mode)) continue;
            const run = await measure(browser, base, library, mode, size, round, surface, timeoutMs);
            runs.push(run);
            const what = `${LABEL[library]} ${LAYOUT_NAME[library][mode]}`.padEnd(42);
            if (run.load && run.load.firstFrame > timeoutMs / 2) {
              skipped.set(key, `first frame took over ${timeoutMs / 2000} s, so measured once`);
            }
            if (run.status === 'ok') {
              console.log(
                `  round ${round + 1} ${what} first frame ${run.load!.firstFrame.toFixed(0).padStart(6)} ms, p95 frame ${run.p95Frame!.toFixed(1).padStart(6)} ms${run.frames!.complete ? '' : ` (${run.frames!.pan.length + run.frames!.zoom.length} of 180 frames in the time budget)`}  (${(run.ms / 1000).toFixed(1)} s)`,
              );
            } else {
              console.log(
                `  round ${round + 1} ${what} ${run.status.toUpperCase()} at "${run.step}": ${run.error}${run.progress ? `; reached ${run.progress}` : ''}`,
              );
              // A hung page may keep its renderer busy: start over with a fresh browser.
              await shutdown(browser);
              browser = await launchChromium(options.flags);
              await measure(browser, base, 'ours', 'own', size, -1, surface, timeoutMs); // warm-up, not counted
              if (run.status === 'timeout' && run.step === 'data ready → first complete frame') {
                skipped.set(key, `no first frame within ${timeoutMs / 1000} s, so not repeated in later rounds`);
              }
            }
          }
        }
      }
    }
  } finally {
    await shutdown(browser);
  }
  return { runs, skipped, surfaces, chromium, webglDefault };
}
