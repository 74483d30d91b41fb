/**
 * Development tool (not part of `npm run bench`): the map's bench (scripts/bench/map-page.ts) for
 * two checkouts, page by page in turn in the same browser, so that a before/after comparison on a
 * busy machine sees the same conditions on both sides.
 *
 *   npx tsx scripts/bench/ab-map.ts --base /path/to/other/checkout --raster gpu --rounds 5
 *
 * Prints, per feed and view, for each side: first frame (median), the longest task from data
 * ready to the first frame (median, worst), and the p95 frame interval of the pan and of the zoom.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { flagsFor, rasterModesOf } from './flags.js';
import type { MapTiming } from './map-page.js';
import { coldPage, launchChromium, serveFiles, shutdown, writeBenchFeeds } from './setup.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, '.cache/ab');
const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    raster: { type: 'string', default: 'cpu,gpu' },
    rounds: { type: 'string', default: '5' },
    only: { type: 'string' },
  },
});
if (!args.base) throw new Error('--base <checkout> is required');

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const quantile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
};
const afterReady = (run: MapTiming): number => {
  const end = run.loadedAt + run.firstFrame;
  const overlapping = run.spans.filter(([start, duration]) => start + duration > run.loadedAt && start < end);
  return Math.max(0, ...overlapping.map(([, duration]) => duration));
};

const sides = { a: args.base, b: root } as const;
for (const [side, checkout] of Object.entries(sides)) {
  await build({
    configFile: false,
    root: join(checkout, 'scripts/bench'),
    logLevel: 'warn',
    publicDir: false,
    base: './',
    build: { outDir: join(out, side), emptyOutDir: true, target: 'es2022' },
  });
}
writeBenchFeeds(join(out, 'feeds'));
const server = await serveFiles({
  mounts: [
    { prefix: '/a/feeds/', dir: join(out, 'feeds') },
    { prefix: '/b/feeds/', dir: join(out, 'feeds') },
    { prefix: '/a/', dir: join(out, 'a') },
    { prefix: '/b/', dir: join(out, 'b') },
  ],
  index: true,
});

const configs = (
  [
    ['map-2k', 'graph'],
    ['stress', 'graph'],
    ['map-2k', 'geo'],
    ['stress', 'geo'],
  ] as const
).filter(([feed, view]) => !args.only || args.only.split(',').includes(`${feed}-${view}`));

for (const mode of rasterModesOf(args.raster)) {
  const browser = await launchChromium(flagsFor(mode));
  try {
    for (const side of ['a', 'b']) {
      const warm = await browser.newPage();
      await warm.goto(`${server.origin}/${side}/`, { waitUntil: 'load' });
      await warm.waitForFunction(`'benchMap' in window`);
      await warm.evaluate(`benchMap('feeds/sample.json')`);
      await warm.close();
    }
    console.log(`\n${mode}: side a = ${sides.a}, b = ${sides.b}; ${args.rounds} pages each, taken in turn`);
    console.log(
      'feed'.padEnd(16) +
        'side'.padStart(5) +
        'first frame'.padStart(13) +
        'after ready'.padStart(14) +
        '  all after ready'.padEnd(40) +
        'p95 pan'.padStart(9) +
        'p95 zoom'.padStart(10),
    );
    for (const [feed, view] of configs) {
      const runs: Record<string, MapTiming[]> = { a: [], b: [] };
      for (let round = 0; round < Number(args.rounds); round++) {
        for (const side of round % 2 === 0 ? ['a', 'b'] : ['b', 'a']) {
          const { page, close } = await coldPage(browser, `${server.origin}/${side}/`, 'benchMap');
          runs[side]!.push((await page.evaluate(`benchMap('feeds/${feed}.json', '${view}')`)) as MapTiming);
          await close();
        }
      }
      for (const side of ['a', 'b']) {
        const list = runs[side]!;
        const pan = list.flatMap((run) => run.frames.slice(0, run.panFrames));
        const zoom = list.flatMap((run) => run.frames.slice(run.panFrames));
        const ready = list.map(afterReady);
        console.log(
          `${feed} ${view}`.padEnd(16) +
            side.padStart(5) +
            median(list.map((run) => run.firstFrame))
              .toFixed(0)
              .padStart(13) +
            `${median(ready).toFixed(0)} (${Math.max(...ready).toFixed(0)})`.padStart(14) +
            `  ${ready.map((t) => t.toFixed(0)).join(' ')}`.padEnd(40) +
            quantile(pan, 0.95).toFixed(1).padStart(9) +
            quantile(zoom, 0.95).toFixed(1).padStart(10),
        );
      }
    }
  } finally {
    await shutdown(browser);
  }
}
server.close();
