/**
 * `npm run bench`: speed and size, measured.
 *
 * - Feed reading (JSON.parse + validate + normalise) in headless Chromium, on the sample network
 *   (about 3,200 actors) and the stress feed (about 20,000): median and p95 of repeated runs.
 * - The network map in both raster modes (CPU; an emulated GPU): first frame, long tasks, frame
 *   intervals over a scripted pan and Ctrl + wheel zoom (scripts/bench/map-run.ts).
 * - The size of every `dist/` entry with everything it imports (gzip -9 and brotli), statically
 *   and including lazily loaded chunks.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BUDGETS, FLOOR_KB, NOT_ENFORCED, type BudgetId } from './bench/budgets.js';
import { checkSizes } from './bench/check.js';
import { importClosure } from './bench/closure.js';
import { budgetFigures, dataTableFigures, gzipSize } from './bench/sizes.js';
import { launchChromium, serveFiles, shutdown, writeBenchFeeds } from './bench/setup.js';
import { build } from 'vite';
import type { Timing } from './bench/feed-page.js';
import type { ListTiming } from './bench/map-page.js';
import { benchMapModes } from './bench/map-run.js';
import { rasterModesOf } from './bench/flags.js';
import { parseArgs } from 'node:util';
import { benchSheets } from './bench/sheets.js';
import { benchStudio } from './bench/studio.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// `--raster cpu,gpu`: the map's raster modes (both by default). `--only map,list,…`: some parts only
// (feed, map, list, counter, studio, sheets, sizes), for development; every part by default.
const { values: args } = parseArgs({ options: { raster: { type: 'string' }, only: { type: 'string' } } });
const rasterModes = rasterModesOf(args.raster);
const part = (name: string): boolean => !args.only || args.only.split(',').includes(name);
const out = join(root, '.cache/bench');

// ---------- sizes ----------
/** Lit + @lit/localize with one trivial element (scripts/bench/floor.ts), built as our entries are. */
async function floor(): Promise<number> {
  const dir = join(root, '.cache/bench-floor');
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: join(root, 'scripts/bench/floor.ts'), formats: ['es'], fileName: () => 'floor.js' },
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  });
  return gzipSync(readFileSync(join(dir, 'floor.js')), { level: 9 }).length;
}

function sizes(floorBytes: number): void {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'mf-widgets.js')))
    execFileSync('npm', ['run', 'build:lib'], { cwd: root, stdio: 'inherit' });
  const gz = gzipSize;
  const br = (code: Buffer): number =>
    brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const closure = (file: string, lazy: boolean): Set<string> => importClosure(file, lazy);
  const entries = readdirSync(dist).filter((f) => f.endsWith('.js'));
  const rows = entries.map((entry) => {
    const measure = (lazy: boolean): { gz: number; br: number } => {
      const files = [...closure(join(dist, entry), lazy)];
      // Compressed one by one, as a browser fetches them.
      return files.reduce(
        (sum, f) => {
          const code = readFileSync(f);
          return { gz: sum.gz + gz(code), br: sum.br + br(code) };
        },
        { gz: 0, br: 0 },
      );
    };
    return { entry, static: measure(false), total: measure(true) };
  });
  const kb = (n: number): string => (n / 1024).toFixed(1).padStart(7);
  console.log('\nSizes (KB, each entry with everything it imports)');
  console.log('entry'.padEnd(26) + 'gzip'.padStart(7) + 'brotli'.padStart(8) + '  with lazy chunks: gzip'.padStart(26));
  for (const row of rows) {
    console.log(row.entry.padEnd(26) + kb(row.static.gz) + ' ' + kb(row.static.br) + ' '.repeat(19) + kb(row.total.gz));
  }

  // The budgets (scripts/bench/budgets.ts, checked in CI by `npm run size`), with the same figures.
  const check = checkSizes(
    BUDGETS,
    Object.fromEntries(Object.entries(budgetFigures(dist)).map(([id, f]) => [id, f.bytes])) as Record<BudgetId, number>,
    NOT_ENFORCED,
    floorBytes / 1024,
  );
  console.log('\nBudgets (KB gzip -9; the floor: Lit + @lit/localize with one trivial element)');
  for (const line of check.lines) console.log(line);
  for (const { what, figure } of dataTableFigures(dist)) {
    console.log(`data table, lazy: ${what}`.padEnd(74) + kb(figure.bytes));
  }
  if (Math.abs(floorBytes / 1024 - FLOOR_KB) >= 0.1) {
    console.log(
      `  (the floor measured now, ${kb(floorBytes).trim()} KB, differs from FLOOR_KB in scripts/bench/budgets.ts: update it)`,
    );
  }
  if (check.failed.length > 0) {
    console.error(`\n!!! size budgets exceeded: ${check.failed.join(', ')} (see above) !!!`);
    process.exitCode = 1;
  }
}

// ---------- feed reading ----------
async function speed(): Promise<void> {
  await build({
    configFile: false,
    root: join(root, 'scripts/bench'),
    logLevel: 'warn',
    publicDir: false,
    build: { outDir: out, emptyOutDir: true, target: 'es2022' },
  });
  writeBenchFeeds(join(out, 'feeds'));

  // Two partner pages showing one counter: with the whole set, and with the loader.
  for (const [name, script] of [
    ['counter-bundle', 'mf-widgets.js'],
    ['counter-loader', 'mf-loader.js'],
  ]) {
    writeFileSync(
      join(out, `${name}.html`),
      `<!doctype html><html lang="nl"><meta charset="utf-8"><script type="module" src="/dist/${script}"></script>` +
        `<mf-member-counter src="/feeds/sample.json" duration="0"></mf-member-counter>`,
    );
  }
  // The built elements under /dist/, the pages and feeds from .cache/bench.
  const server = await serveFiles({
    mounts: [
      { prefix: '/dist/', dir: join(root, 'dist') },
      { prefix: '/', dir: out },
    ],
    index: true,
  });
  const base = server.origin;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'benchFeed' in window);
    if (part('feed'))
      console.log(
        '\nFeed reading in Chromium, as the loader does it (ms; median / p95 of the runs; longest task 0 = none over 50 ms)',
      );
    if (part('feed'))
      console.log(
        'feed'.padEnd(16) +
          'actors'.padStart(8) +
          'JSON.parse'.padStart(16) +
          'validate+normalise'.padStart(22) +
          'total'.padStart(16) +
          'longest task'.padStart(16),
      );
    for (const [name, runs] of part('feed')
      ? ([
          ['sample', 15],
          ['stress', 7],
        ] as const)
      : []) {
      const timings = await page.evaluate(
        (url: string, n: number) =>
          (window as unknown as { benchFeed(u: string, r: number): Promise<Timing[]> }).benchFeed(url, n),
        `/feeds/${name}.json`,
        runs,
      );
      const stat = (key: keyof Timing): string => {
        const sorted = timings.map((t) => t[key]).sort((a, b) => a - b);
        const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
        return `${at(0.5).toFixed(1)} / ${at(0.95).toFixed(1)}`;
      };
      console.log(
        `${name}.json`.padEnd(16) +
          String(timings[0]?.actors).padStart(8) +
          stat('parse').padStart(16) +
          stat('normalise').padStart(22) +
          stat('total').padStart(16) +
          stat('longestTask').padStart(16),
      );
    }

    if (part('map')) await benchMapModes(base, rasterModes);

    if (part('list'))
      console.log(
        '\nActor directory in Chromium (ms): feed ready → first rows; each search keystroke → updated results (by name; naming places: matching and distance sort)',
      );
    if (part('list'))
      console.log(
        'feed'.padEnd(16) +
          'actors'.padStart(8) +
          'first rows'.padStart(12) +
          'rows in DOM'.padStart(13) +
          'key p50'.padStart(10) +
          'key p95'.padStart(10) +
          'place p50'.padStart(11) +
          'place p95'.padStart(11) +
          'place max'.padStart(11),
      );
    for (const name of part('list') ? ['map-2k', 'stress'] : []) {
      const page3 = await browser.newPage();
      await page3.goto(`${base}/`, { waitUntil: 'load' });
      await page3.waitForFunction(() => 'benchList' in window);
      const timing = await page3.evaluate(
        (url: string) => (window as unknown as { benchList(u: string): Promise<ListTiming> }).benchList(url),
        `/feeds/${name}.json`,
      );
      const quantile = (values: number[]) => {
        const sorted = [...values].sort((a, b) => a - b);
        return (p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
      };
      const q = quantile(timing.keystrokes);
      const place = quantile(timing.placeKeystrokes);
      console.log(
        `${name}.json`.padEnd(16) +
          String(timing.actors).padStart(8) +
          timing.firstRender.toFixed(0).padStart(12) +
          String(timing.rows).padStart(13) +
          q(0.5).toFixed(1).padStart(10) +
          q(0.95).toFixed(1).padStart(10) +
          place(0.5).toFixed(1).padStart(11) +
          place(0.95).toFixed(1).padStart(11) +
          place(1).toFixed(1).padStart(11),
      );
      await page3.close();
    }

    if (part('counter'))
      console.log(
        '\nA page with one counter: the code it downloads (KB, each file gzip -9, as a server would send it)',
      );
    for (const name of part('counter') ? ['counter-bundle', 'counter-loader'] : []) {
      const page4 = await browser.newPage();
      const files: Array<Promise<[string, number]>> = [];
      page4.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (path.startsWith('/dist/'))
          files.push(response.buffer().then((body) => [path.slice(6), gzipSync(body, { level: 9 }).length]));
      });
      await page4.goto(`${base}/${name}.html`, { waitUntil: 'networkidle0' });
      await page4.waitForFunction(
        () => document.querySelector('mf-member-counter')?.shadowRoot?.textContent?.includes('verenigingen'),
        { timeout: 15_000 },
      );
      const downloaded = await Promise.all(files);
      const total = downloaded.reduce((sum, [, bytes]) => sum + bytes, 0);
      console.log(
        `${name === 'counter-bundle' ? 'with mf-widgets.js' : 'with mf-loader.js'}`.padEnd(22) +
          `${(total / 1024).toFixed(1)} KB in ${downloaded.length} files`.padStart(22) +
          `  (${downloaded.map(([file]) => file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '')).join(', ')})`,
      );
      await page4.close();
    }
    if (part('studio')) await benchStudio(root, out, browser);
  } finally {
    await shutdown(browser);
    server.close();
  }
}

await speed();
if (part('sheets')) await benchSheets(root, out);
if (part('sizes')) sizes(await floor());
