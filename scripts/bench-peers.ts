/**
 * `npm run bench:peers`: `<mf-network-map>` next to sigma.js (+ graphology), Cytoscape.js and
 * vis-network, on the same data, in one run on one machine.
 *
 * - Two generated feeds (about 2,000 and 20,000 actors) become one graph: the same nodes and edges
 *   for everyone, with our layout's positions for the "preset" runs, and without them for the
 *   "default" runs, where each peer runs its usual layout.
 * - Bytes: each peer's minimal setup built with Vite (minified, production) and gzip -9; ours is
 *   `dist/mf-network-map.js` with every chunk it imports, statically or lazily, minus the geo
 *   boundaries (the graph view never loads them).
 * - In headless Chromium, each measurement on a fresh cold page (its own browser context), the
 *   libraries in a rotating order per round: data ready → first complete frame, the longest task,
 *   frame times over the same scripted pan and zoom, JS heap after load.
 *
 * Options (for development): `--rounds N` (default 3), `--sizes 2k,20k`, `--libs ours,sigma,…`,
 * `--modes own,preset,default`, `--timeout S` (seconds per measurement step, default 60),
 * `--raster cpu,gpu` (both by default, one after the other: CPU raster, then an emulated GPU).
 * The peers are devDependencies only: nothing here is imported by `src/`.
 *
 * The parts, in scripts/bench/peers/: options.ts (what and how), data.ts (the feeds and the graph),
 * bytes.ts (the builds and their sizes), measure.ts (one cold page), run.ts (the rounds), report.ts
 * (the table and the goals), notes.ts; the server and the browser come from scripts/bench/setup.ts, as bench.ts's do.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { serveFiles } from './bench/setup.js';
import { allBytes, buildPages } from './bench/peers/bytes.js';
import { prepare, type FeedFacts } from './bench/peers/data.js';
import { printNotes, webglOf } from './bench/peers/notes.js';
import { parseOptions, PATHS, type PeerOptions, type Size } from './bench/peers/options.js';
import { flagsFor, RASTER_LABEL } from './bench/flags.js';
import { checkGoals, printTable, tableRows, type Results } from './bench/peers/report.js';
import { runRounds, type Rounds } from './bench/peers/run.js';

async function main(): Promise<void> {
  const began = Date.now();
  const options = parseOptions();
  const { timeoutMs } = options;
  mkdirSync(PATHS.out, { recursive: true });

  console.log('Building the pages and the peers’ bundles…');
  await buildPages();
  const bytes = await allBytes();
  const feeds: Partial<Record<Size, FeedFacts>> = {};
  for (const size of options.sizes) feeds[size] = prepare(size);

  const server = await serveFiles({ mounts: [{ prefix: '/', dir: PATHS.site }], noStore: true });
  // One whole run per raster mode (CPU, emulated GPU), each with its own browser, table and goals.
  const perRaster = [];
  try {
    for (const raster of options.rasters) {
      const modeOptions: PeerOptions = { ...options, raster, flags: flagsFor(raster) };
      console.log(`\n===== ${RASTER_LABEL[raster]} =====`);
      const rounds: Rounds = await runRounds(modeOptions, server.origin, feeds);
      const { runs, chromium, webglDefault, surfaces } = rounds;
      const results: Results = { options: modeOptions, bytes, feeds, rounds };
      const rows = tableRows(results);
      printTable(rows, modeOptions);
      const goals = checkGoals(rows, results);
      const notes = printNotes(results);
      const webgl = webglOf(results);
      perRaster.push({
        raster,
        flags: modeOptions.flags,
        chromium,
        webgl,
        webglDefault,
        surfaces,
        rows,
        goals,
        notes,
        runs,
      });
    }
  } finally {
    server.close();
  }

  let revision = 'unknown';
  try {
    revision = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PATHS.root }).toString().trim();
  } catch {
    // not a git checkout
  }
  const json = {
    generated: new Date().toISOString(),
    revision,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '' },
    method: {
      rounds: options.rounds,
      timeoutSeconds: timeoutMs / 1000,
      order: 'libraries rotate each round (ours, sigma, cytoscape, vis, then shifted by one); layout modes alternate',
      firstFrame: 'ms from data ready to the animation frame after the complete picture',
      longestTask:
        'ms, PerformanceObserver longtask (0 = none over 50 ms), from data ready to 50 ms after the first frame',
      p95Frame: 'ms between animation frames over the scripted pan (60) and zoom (120), p95 per run, median over runs',
      heap: 'MB, JSHeapUsedSize after gc, after the first frame',
      bytes: 'gzip -9, every file summed',
    },
    feeds,
    bytes,
    rasters: perRaster,
    durationSeconds: (Date.now() - began) / 1000,
  };
  writeFileSync(PATHS.resultPath, JSON.stringify(json, null, 2));
  console.log(`\nJSON: ${PATHS.resultPath}`);
  console.log(`Took ${((Date.now() - began) / 1000 / 60).toFixed(1)} min.`);
  const errors = perRaster.flatMap(({ runs }) => runs.filter((r) => r.status === 'error'));
  if (errors.length > 0) {
    console.error(`\n${errors.length} measurement${errors.length === 1 ? '' : 's'} failed with an error (see above).`);
    process.exitCode = 1;
  }
}

await main();
