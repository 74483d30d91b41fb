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
 * `--timeout S` (seconds per measurement step, default 60).
 * The peers are devDependencies only: nothing here is imported by `src/`.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { BENCH_FLAGS } from './bench/flags.js';
import { importClosure } from './bench/closure.js';
import { build } from 'vite';
import { findChrome } from './chrome.mjs';
import { generateSample, generateStress } from '../src/mocks/sample.js';
import { normaliseFeed } from '../src/feed/normalise.js';
import { computeLayout } from '../src/widgets/network-map/layout.js';
import type {
  InteractOptions,
  InteractResult,
  LayoutMode,
  LoadOptions,
  LoadResult,
  PeerEdge,
  PeerGraph,
  PeerNode,
} from './bench/peers/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const pages = join(root, 'scripts/bench/peers');
const out = join(root, '.cache/bench-peers');
const site = join(out, 'site');
const resultPath = join(out, 'bench-peers.json');

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '2k,20k' },
    libs: { type: 'string', default: 'ours,sigma,cytoscape,vis' },
    timeout: { type: 'string', default: '60' },
    modes: { type: 'string', default: 'own,preset,default' },
  },
});
const ROUNDS = Math.max(1, Number(args.rounds));
const TIMEOUT_MS = Math.max(5, Number(args.timeout)) * 1000;
/** Time budgets of the scripted pan and zoom: a library at seconds per frame stops early (and says so). */
const PAN_BUDGET_MS = 8_000;
const ZOOM_BUDGET_MS = 12_000;

type Library = 'ours' | 'sigma' | 'cytoscape' | 'vis';
type Size = '2k' | '20k';
const LIBRARIES: readonly Library[] = (['ours', 'sigma', 'cytoscape', 'vis'] as const).filter((lib) =>
  args.libs.split(',').includes(lib),
);
const SIZES: readonly Size[] = (['2k', '20k'] as const).filter((size) => args.sizes.split(',').includes(size));
const MODES: Record<Library, readonly LayoutMode[]> = {
  ours: ['own'],
  sigma: ['preset', 'default'],
  cytoscape: ['preset', 'default'],
  vis: ['preset', 'default'],
};
const LAYOUT_NAME: Record<Library, Record<string, string>> = {
  ours: { own: 'own (deterministic)' },
  sigma: { preset: 'preset (ours)', default: 'ForceAtlas2 ×100' },
  cytoscape: { preset: 'preset (ours)', default: 'cose' },
  vis: { preset: 'preset (ours)', default: 'physics+stabilise' },
};
const LABEL: Record<Library, string> = {
  ours: 'mf-network-map',
  sigma: 'sigma.js',
  cytoscape: 'Cytoscape.js',
  vis: 'vis-network',
};

// ---------- data ----------

interface FeedFacts {
  actors: number;
  nodes: number;
  edges: number;
  memberships: number;
  links: number;
}

/** The feed as our element gets it, and the same network as the peers' graph (our layout's positions). */
function prepare(size: Size): FeedFacts {
  const feed = size === '2k' ? generateSample({ associations: 1250, othersPerType: 80 }) : generateStress();
  const network = normaliseFeed(feed);
  const layout = computeLayout(network);
  const round = (n: number): number => Math.round(n * 100) / 100;
  const nodes: PeerNode[] = layout.nodes.map((node) => ({
    id: node.actor.id,
    label: node.actor.name,
    color: network.types.get(node.actor.type)?.color ?? '#4a5560',
    size: node.r,
    x: round(node.x),
    y: round(node.y),
  }));
  // Edges: every membership (actor → what it belongs to) and every link, once per pair of actors.
  const seen = new Set<string>();
  const edges: PeerEdge[] = [];
  let memberships = 0;
  let links = 0;
  const add = (source: string, target: string): boolean => {
    if (source === target || !layout.byId.has(source) || !layout.byId.has(target)) return false;
    const key = source < target ? `${source}\n${target}` : `${target}\n${source}`;
    if (seen.has(key)) return false;
    seen.add(key);
    edges.push({ source, target });
    return true;
  };
  for (const node of layout.nodes)
    for (const parent of node.actor.memberOf) if (add(node.actor.id, parent)) memberships++;
  for (const link of network.links) if (add(link.source, link.target)) links++;
  const graph: PeerGraph = { nodes, edges };
  mkdirSync(join(site, 'data'), { recursive: true });
  writeFileSync(join(site, `data/feed-${size}.json`), JSON.stringify(feed));
  writeFileSync(join(site, `data/graph-${size}.json`), JSON.stringify(graph));
  return { actors: network.actors.length, nodes: nodes.length, edges: edges.length, memberships, links };
}

// ---------- bytes ----------

const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;
const define = { 'process.env.NODE_ENV': JSON.stringify('production') };

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

interface Bytes {
  gzip: number;
  raw: number;
  files: string[];
}

/** A peer's minimal setup, built alone as partners would ship it: minified, production, gzip -9 per file. */
async function peerBytes(name: string, entry: string): Promise<Bytes> {
  const dir = join(out, 'bytes', name);
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    mode: 'production',
    define,
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      lib: { entry: join(pages, entry), formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
  const files = jsFiles(dir);
  return {
    gzip: files.reduce((sum, f) => sum + gz(f), 0),
    raw: files.reduce((sum, f) => sum + statSync(f).size, 0),
    files: files.map((f) => f.slice(root.length)),
  };
}

/** Ours: `dist/mf-network-map.js` and every chunk it imports, statically and lazily, but the geo boundaries. */
function ourBytes(): Bytes {
  const dist = join(root, 'dist');
  const entry = join(dist, 'mf-network-map.js');
  if (!existsSync(entry)) throw new Error('dist/mf-network-map.js is missing: run `npm run build:lib` first');
  const files = [...importClosure(entry, true)].filter((f) => !/chunks\/(provinces|municipalities)-/.test(f));
  return {
    gzip: files.reduce((sum, f) => sum + gz(f), 0),
    raw: files.reduce((sum, f) => sum + statSync(f).size, 0),
    files: files.map((f) => f.slice(root.length)),
  };
}

/** The gzip size of the lazily loaded fr or en catalogue in `dist/chunks/`. */
function catalogueBytes(lang: 'fr' | 'en'): number {
  const chunks = join(root, 'dist/chunks');
  const file = readdirSync(chunks).find((name) => name.startsWith(`${lang}-`) && name.endsWith('.js'));
  if (!file) throw new Error(`no ${lang} catalogue in dist/chunks`);
  return gz(join(chunks, file));
}

// ---------- browser ----------

const FLAGS = [...BENCH_FLAGS];

async function launch(): Promise<Browser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chrome or Chromium: run node scripts/ensure-browsers.mjs --browsers chromium');
  return puppeteer.launch({ executablePath, headless: true, args: FLAGS });
}

/** The WebGL device Chromium offers with its GPU flags left at their defaults (no --disable-gpu). */
async function defaultWebgl(): Promise<string> {
  const executablePath = findChrome();
  if (!executablePath) return 'unknown';
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: FLAGS.filter((flag) => flag !== '--disable-gpu'),
  });
  try {
    const page = await browser.newPage();
    return await within(
      page.evaluate(() => {
        const gl = document.createElement('canvas').getContext('webgl2');
        const info = gl?.getExtension('WEBGL_debug_renderer_info');
        return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL 2';
      }),
      TIMEOUT_MS,
      'WebGL probe',
    );
  } finally {
    await shutdown(browser);
  }
}

async function shutdown(browser: Browser): Promise<void> {
  const process = browser.process();
  try {
    await within(browser.close(), 10_000, 'closing the browser');
  } catch {
    process?.kill('SIGKILL');
  }
}

class Timeout extends Error {}

async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Timeout(`${what}: no answer within ${ms / 1000} s`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function serve(): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const file = join(site, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(site) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      .end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

interface BenchWindow {
  benchLoad(options: LoadOptions): Promise<LoadResult>;
  benchInteract(options: InteractOptions): Promise<InteractResult>;
  gc?: () => void;
}

interface Measurement {
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

const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
};
const median = (values: readonly number[]): number => quantile(values, 0.5);

interface Surface {
  width: number;
  height: number;
  zoomMax: number;
}

/**
 * One cold page (its own browser context: no cache, its own renderer process): load, heap, scripted
 * interaction. A step that hangs or throws ends the measurement with status `timeout` or `error`.
 */
async function measure(
  browser: Browser,
  base: string,
  library: Library,
  mode: LayoutMode,
  size: Size,
  round: number,
  surface: Surface,
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
    await within(page.goto(`${base}/${library}.html`, { waitUntil: 'load' }), TIMEOUT_MS, step);
    await within(
      page.waitForFunction(() => 'benchLoad' in window),
      TIMEOUT_MS,
      step,
    );
    step = 'data ready → first complete frame';
    const url = `/data/${library === 'ours' ? 'feed' : 'graph'}-${size}.json`;
    const options: LoadOptions = { url, mode, width: surface.width, height: surface.height };
    result.load = await within(
      page.evaluate((o: LoadOptions) => (window as unknown as BenchWindow).benchLoad(o), options),
      TIMEOUT_MS,
      step,
    );
    step = 'heap after load';
    await within(
      page.evaluate(() => (window as unknown as BenchWindow).gc?.()),
      TIMEOUT_MS,
      step,
    );
    result.heapMB = ((await within(page.metrics(), TIMEOUT_MS, step)).JSHeapUsedSize ?? 0) / 1024 / 1024;
    step = 'scripted pan and zoom';
    const interact: InteractOptions = {
      zoomMax: surface.zoomMax,
      panBudget: PAN_BUDGET_MS,
      zoomBudget: ZOOM_BUDGET_MS,
    };
    const frames = await within(
      page.evaluate((o: InteractOptions) => (window as unknown as BenchWindow).benchInteract(o), interact),
      TIMEOUT_MS,
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

// ---------- run ----------

async function main(): Promise<void> {
  const began = Date.now();
  mkdirSync(out, { recursive: true });

  console.log('Building the pages and the peers’ bundles…');
  await build({
    configFile: false,
    root: pages,
    logLevel: 'warn',
    publicDir: false,
    mode: 'production',
    define,
    build: {
      outDir: site,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        input: Object.fromEntries(
          (['ours', 'sigma', 'cytoscape', 'vis'] as const).map((lib) => [lib, join(pages, `${lib}.html`)]),
        ),
      },
    },
  });
  const bytes: Record<string, Bytes> = {
    ours: ourBytes(),
    sigma: await peerBytes('sigma', 'render-sigma.ts'),
    'sigma+fa2': await peerBytes('sigma-fa2', 'sigma-fa2.ts'),
    cytoscape: await peerBytes('cytoscape', 'render-cytoscape.ts'),
    vis: await peerBytes('vis', 'render-vis.ts'),
  };
  const bytesOf = (library: Library, mode: LayoutMode): Bytes =>
    bytes[library === 'sigma' && mode === 'default' ? 'sigma+fa2' : library]!;

  const feeds: Partial<Record<Size, FeedFacts>> = {};
  for (const size of SIZES) feeds[size] = prepare(size);
  const server = await serve();
  const { port } = server.address() as { port: number };
  const base = `http://127.0.0.1:${port}`;

  const webglDefault = await defaultWebgl();
  let browser = await launch();
  const chromium = await browser.version();
  const runs: Measurement[] = [];
  const skipped = new Map<string, string>();
  const surfaces: Partial<Record<Size, Surface>> = {};
  try {
    for (const size of SIZES) {
      // A throwaway page first (a browser's first page pays its own start-up costs); it also gives
      // the size of our canvas (peers get a surface of that size) and our fit-all zoom (the script's
      // closest zoom is our 12 px per unit, relative to it).
      const warm = await measure(browser, base, 'ours', 'own', size, -1, { width: 1100, height: 700, zoomMax: 10 });
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
      for (let round = 0; round < ROUNDS; round++) {
        const order = LIBRARIES.map((_, i) => LIBRARIES[(i + round) % LIBRARIES.length]!);
        for (const library of order) {
          const modes = round % 2 === 0 ? MODES[library] : [...MODES[library]].reverse();
          for (const mode of modes) {
            const key = `${library}/${mode}/${size}`;
            if (skipped.has(key) || !args.modes.split(',').includes(mode)) continue;
            const run = await measure(browser, base, library, mode, size, round, surface);
            runs.push(run);
            const what = `${LABEL[library]} ${LAYOUT_NAME[library][mode]}`.padEnd(42);
            if (run.load && run.load.firstFrame > TIMEOUT_MS / 2) {
              skipped.set(key, `first frame took over ${TIMEOUT_MS / 2000} s, so measured once`);
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
              browser = await launch();
              await measure(browser, base, 'ours', 'own', size, -1, surface); // warm-up, not counted
              if (run.status === 'timeout' && run.step === 'data ready → first complete frame') {
                skipped.set(key, `no first frame within ${TIMEOUT_MS / 1000} s, so not repeated in later rounds`);
              }
            }
          }
        }
      }
    }
  } finally {
    await shutdown(browser);
    server.close();
  }

  // ---------- table ----------
  interface Row {
    library: string;
    layout: string;
    mode: LayoutMode;
    feed: Size;
    runs: number;
    status: string;
    gzipKB: number;
    firstFrameMs: number | null;
    longestTaskMs: number | null;
    p95FrameMs: number | null;
    heapMB: number | null;
    /** Frames of the pan and zoom script measured (median); under 180 when a phase ran out of time. */
    framesMeasured: number | null;
    firstFrameRatio: number | null;
    bytesRatio: number;
    note?: string;
  }
  const rows: Row[] = [];
  for (const size of SIZES) {
    for (const library of LIBRARIES) {
      for (const mode of MODES[library]) {
        const mine = runs.filter((r) => r.library === library && r.mode === mode && r.size === size);
        if (mine.length === 0) continue;
        // A run counts for what it measured: a load that finished counts even if the pan and zoom timed out.
        const loaded = mine.filter((r) => r.load !== undefined);
        const med = (pick: (r: Measurement) => number | undefined): number | null => {
          const values = mine.map(pick).filter((v): v is number => v !== undefined);
          return values.length > 0 ? median(values) : null;
        };
        const failed = mine.filter((r) => r.status !== 'ok');
        const reached = failed.find((r) => r.progress)?.progress;
        rows.push({
          library: LABEL[library],
          layout: LAYOUT_NAME[library][mode]!,
          mode,
          feed: size,
          runs: loaded.length,
          status:
            failed.length === 0
              ? 'ok'
              : failed
                  .map(
                    (r) =>
                      `round ${r.round + 1}: ${r.status} at "${r.step ?? ''}"${r.status === 'error' ? ` (${r.error})` : ''}`,
                  )
                  .join('; ') + (reached ? `; it had reached ${reached}` : ''),
          gzipKB: bytesOf(library, mode).gzip / 1024,
          firstFrameMs: med((r) => r.load?.firstFrame),
          longestTaskMs: med((r) => r.load?.longestTask),
          p95FrameMs: med((r) => r.p95Frame),
          heapMB: med((r) => r.heapMB),
          framesMeasured: med((r) => (r.frames ? r.frames.pan.length + r.frames.zoom.length : undefined)),
          firstFrameRatio: null,
          bytesRatio: bytesOf(library, mode).gzip / bytes['ours']!.gzip,
          ...(skipped.has(`${library}/${mode}/${size}`) ? { note: skipped.get(`${library}/${mode}/${size}`) } : {}),
        });
      }
    }
  }
  for (const row of rows) {
    const ours = rows.find((r) => r.mode === 'own' && r.feed === row.feed)?.firstFrameMs;
    if (ours && row.firstFrameMs !== null) row.firstFrameRatio = row.firstFrameMs / ours;
  }

  const fmt = (n: number | null, digits = 0): string => (n === null || Number.isNaN(n) ? '–' : n.toFixed(digits));
  const ratio = (n: number | null): string => (n === null ? '–' : `${n.toFixed(2)}×`);
  const header =
    'library'.padEnd(16) +
    'layout'.padEnd(21) +
    'feed'.padEnd(5) +
    'runs'.padStart(5) +
    'gzip KB'.padStart(9) +
    'first frame ms'.padStart(16) +
    'longest task ms'.padStart(17) +
    'p95 frame ms'.padStart(15) +
    'heap MB'.padStart(9) +
    '  first frame ×ours'.padStart(20) +
    '  bytes ×ours'.padStart(14);
  console.log(
    `\nResults (medians of ${ROUNDS} cold page${ROUNDS === 1 ? '' : 's'} each; ×ours = peer ÷ mf-network-map; longest task 0 = none over 50 ms)`,
  );
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const row of rows) {
    const failed = row.runs === 0;
    const timedOut = failed && row.status.includes('timeout');
    const ours = rows.find((r) => r.mode === 'own' && r.feed === row.feed)?.firstFrameMs ?? null;
    console.log(
      row.library.padEnd(16) +
        row.layout.padEnd(21) +
        row.feed.padEnd(5) +
        String(row.runs).padStart(5) +
        fmt(row.gzipKB, 1).padStart(9) +
        (timedOut ? `> ${TIMEOUT_MS}` : failed ? 'ERROR' : fmt(row.firstFrameMs)).padStart(16) +
        fmt(row.longestTaskMs).padStart(17) +
        (fmt(row.p95FrameMs, 1) + (row.framesMeasured !== null && row.framesMeasured < 180 ? '*' : ' ')).padStart(15) +
        fmt(row.heapMB, 1).padStart(9) +
        (timedOut && ours ? `> ${Math.floor(TIMEOUT_MS / ours)}×` : ratio(row.firstFrameRatio)).padStart(20) +
        ratio(row.bytesRatio).padStart(14),
    );
    if (row.status !== 'ok') console.log(`${''.padEnd(16)}↳ ${row.status}${row.note ? `; ${row.note}` : ''}`);
    else if (row.note) console.log(`${''.padEnd(16)}↳ ${row.note}`);
  }
  if (rows.some((row) => row.framesMeasured !== null && row.framesMeasured < 180)) {
    console.log(
      `* p95 over the frames drawn within the script's time budget (pan ${PAN_BUDGET_MS / 1000} s, zoom ${ZOOM_BUDGET_MS / 1000} s): ${rows
        .filter((row) => row.framesMeasured !== null && row.framesMeasured < 180)
        .map((row) => `${row.library} ${row.layout} ${row.feed}: ${row.framesMeasured} of 180`)
        .join(', ')}.`,
    );
  }

  // ---------- goals ----------
  interface Goal {
    goal: string;
    ours: number | null;
    target: number | null;
    met: boolean | null;
    detail: string;
  }
  const goals: Goal[] = [];
  const ourFirst = (size: Size): number | null =>
    rows.find((r) => r.mode === 'own' && r.feed === size)?.firstFrameMs ?? null;
  const peerFirst = (library: string, mode: LayoutMode, size: Size): { ms: number | null; timedOut: boolean } => {
    const row = rows.find((r) => r.library === library && r.mode === mode && r.feed === size);
    return {
      ms: row?.firstFrameMs ?? null,
      timedOut: row !== undefined && row.runs === 0 && row.status.includes('timeout'),
    };
  };
  for (const mode of ['preset', 'default'] as const) {
    for (const size of SIZES) {
      for (const [library, factor] of [
        ['Cytoscape.js', 0.5],
        ['sigma.js', 1],
      ] as const) {
        const ours = ourFirst(size);
        const peer = peerFirst(library, mode, size);
        // A peer that never drew within the timeout took longer than it: the timeout is its lower bound.
        const peerMs = peer.ms ?? (peer.timedOut ? TIMEOUT_MS : null);
        const target = peerMs === null ? null : peerMs * factor;
        const met = ours === null || target === null ? null : ours <= target;
        goals.push({
          goal: `first frame ≤ ${factor}× ${library} (${mode === 'preset' ? 'preset positions' : 'its default layout'}, ${size})`,
          ours,
          target,
          met,
          detail:
            ours === null || target === null
              ? 'not measured'
              : `ours ${ours.toFixed(0)} ms vs ${peer.ms === null ? `> ${TIMEOUT_MS / 1000} s (timeout)` : `${peer.ms.toFixed(0)} ms`} → limit ${peer.ms === null ? '≥ ' : ''}${target.toFixed(0)} ms`,
        });
      }
    }
  }
  const peerBundles = (['sigma', 'sigma+fa2', 'cytoscape', 'vis'] as const).map(
    (name) => [name, bytes[name]!.gzip] as const,
  );
  const [smallestName, smallest] = [...peerBundles].sort((a, b) => a[1] - b[1])[0]!;
  goals.push({
    goal: 'bytes ≤ 0.5× the smallest peer',
    ours: bytes['ours']!.gzip,
    target: smallest * 0.5,
    met: bytes['ours']!.gzip <= smallest * 0.5,
    detail: `ours ${(bytes['ours']!.gzip / 1024).toFixed(1)} KB vs ${smallestName} ${(smallest / 1024).toFixed(1)} KB → limit ${((smallest * 0.5) / 1024).toFixed(1)} KB (ours is ${(bytes['ours']!.gzip / smallest).toFixed(2)}× it)`,
  });
  // A page shows one language: it downloads at most one of the fr and en catalogues, not both.
  const onePage = bytes['ours']!.gzip - catalogueBytes('en');
  goals.push({
    goal: 'the same, counting what one fr page downloads (one catalogue)',
    ours: onePage,
    target: smallest * 0.5,
    met: onePage <= smallest * 0.5,
    detail: `ours ${(onePage / 1024).toFixed(1)} KB (all of it but the en catalogue) → limit ${((smallest * 0.5) / 1024).toFixed(1)} KB (${(onePage / smallest).toFixed(2)}×)`,
  });
  console.log('\nGoals');
  for (const goal of goals) {
    const mark = goal.met === null ? '  n/a   ' : goal.met ? '  met   ' : ' NOT met';
    console.log(`${mark}  ${goal.goal.padEnd(62)} ${goal.detail}`);
  }

  // ---------- notes ----------
  const webgl = String(runs.find((r) => r.library === 'sigma' && r.load)?.load?.extra['webgl'] ?? 'not measured');
  const software = /swiftshader|llvmpipe|software|no webgl/i.test(webglDefault);
  const oursDrawn = (size: Size): string => {
    const drawn = runs
      .filter((r) => r.library === 'ours' && r.size === size && r.load)
      .map((r) => Number(r.load!.extra['nodesDrawn']));
    return drawn.length > 0 ? String(median(drawn)) : '?';
  };
  const via = (library: Library): string =>
    runs.find((r) => r.library === library && r.frames)?.frames?.via ?? 'not measured';
  const notes: string[] = [
    `Data ready: ours gets the raw feed object (already parsed) and validates, normalises, lays out and draws it itself, all on the clock; the peers get plain node and edge arrays built beforehand from the same feed by our normaliser, with our layout's positions for the preset runs (their graph building, layout and drawing are on the clock).`,
    `First complete frame: the animation frame after the one in which the library finished drawing the whole picture (ours: its canvas reports drawn nodes; sigma: its first render; Cytoscape: the first 'render' after the layout's stop; vis-network: the first 'afterDrawing' after stabilisation). Headless Chromium ${chromium}, frames not held to a display rate (--disable-gpu-vsync --disable-frame-rate-limit), ${cpus().length} CPU cores shared with the rest of the machine.`,
    `Level of detail (ours has it, the peers as set up here do not): ours draws each federation's associations as one bubble with a count until there is room for them, draws membership as position (clusters) rather than as ${feeds[SIZES[0]!]?.memberships ?? '?'}+ lines, and draws the hub–federation lines, partnerships when there is room, and labels by priority without overlap. At its first frame ours drew ${SIZES.map((s) => `${oursDrawn(s)} nodes (${s})`).join(', ')}; the peers draw every node and every edge (${SIZES.map((s) => `${feeds[s]?.nodes} nodes + ${feeds[s]?.edges} edges at ${s}`).join(', ')}).`,
    `Features in ours' bytes and time that the peers' setups do not have: feed validation and normalising with error reporting, search, the legend with type filters, three languages (nl/fr/en catalogues), keyboard travel between actors, an accessible announcement region, the card panel for the selected actor (lazily loaded, counted in the bytes), the list view and the geo view's code (geo boundary data excluded), theming.`,
    `Features of the peers that ours does not have: node dragging, hover/click events on any node and edge, arbitrary graphs (ours only lays out this feed's structure: hub, federations, associations, other actors), stylesheets (Cytoscape), physics (vis-network), graph algorithms and a graph data model (graphology, Cytoscape), WebGL rendering that scales to far more visible items (sigma).`,
    software
      ? `WebGL: sigma.js renders with WebGL, and here on a software device ("${webgl}"), which penalises it most: its frames during the pan and zoom and its first render pay for rasterising on the CPU. With Chromium's GPU flags left at their defaults (no --disable-gpu) this machine offers the same kind of device ("${webglDefault}"), so a separate GPU-flags run would measure the same thing and was not made; on a partner's laptop with a GPU, sigma's frames would be far cheaper. Ours, Cytoscape.js and vis-network draw with canvas 2D (rasterised on the CPU here too, as without a GPU anywhere).`
      : `WebGL: sigma.js ran with --disable-gpu on "${webgl}". With the GPU flags at their defaults this machine offers "${webglDefault}" (hardware): sigma's numbers above understate it; compare with a run of sigma without --disable-gpu before drawing conclusions about it.`,
    `Labels: every peer gets every node's name. sigma draws labels by its default density grid and size threshold; Cytoscape.js and vis-network get labels 8 layout units tall that show once they are 8 px on screen ('min-zoomed-font-size: 8'; vis 'scaling.label.drawThreshold: 8'), since their defaults (16 and 14 units, shown from 0 and 5 px) would draw all ${feeds[SIZES[0]!]?.nodes ?? ''}+ names on top of each other at the fit-all zoom; ours shows the hub's and federations' names at first, others by priority as room allows.`,
    `Default layouts: sigma has none of its own; the usual companion graphology-layout-forceatlas2 runs synchronously for 100 iterations with inferSettings (Barnes-Hut above 2,000 nodes) from seeded random positions, and its bytes are counted in the "ForceAtlas2" rows. Cytoscape's own default is 'grid' (not a network layout); 'cose' (built in) is used with its defaults (animated while it runs). vis-network runs its default Barnes-Hut physics and stabilisation (up to 1,000 iterations) before its first picture, and keeps simulating afterwards until stable, which also costs frames during the pan and zoom. A run that gave no first frame within ${TIMEOUT_MS / 1000} s is reported as a timeout and not repeated in later rounds, and one that took over ${TIMEOUT_MS / 2000} s is measured once (to keep the whole bench within minutes); for the goals a timeout counts as ${TIMEOUT_MS / 1000} s (a lower bound for the peer).`,
    `Pan and zoom: the same script for everyone — 60 frames of drag along a loop (the same screen-pixel path), a 400 ms pause (not measured), then 60 frames zooming in and 60 out by e^±0.1 per frame around one point, held between 0.5× and ${SIZES.map((s) => `${surfaces[s]?.zoomMax.toFixed(1) ?? '?'}× (${s})`).join(', ')} the fit-all zoom (our map's limits). Ours: ${via('ours')}. Peers: through their camera APIs, one move per frame (sigma: ${via('sigma')}; Cytoscape: ${via('cytoscape')}; vis-network: ${via('vis')}). Synthetic events do reach the peers, but sigma drops wheel events less than 50 ms apart and eases each zoom step over 250 ms, the three zoom by different steps per wheel notch, and a drag that starts on a node moves the node instead of the view, so events would give each library a different path; the camera APIs give all the same one and skip only their (small) input handling. Frame time = time between animation frames; p95 over the 180 frames of a run, median over runs. The pan has ${PAN_BUDGET_MS / 1000} s and the zoom ${ZOOM_BUDGET_MS / 1000} s: a library slower than that stops early and its p95 (marked *) covers the frames it drew, part of the path only.`,
    `Heap: JSHeapUsedSize after a forced GC, right after the first frame. It does not count WebGL buffers or canvas backing stores (sigma keeps its geometry on the GPU side, so its heap looks smaller than its memory), and ours also holds the raw feed it was given (the element keeps its 'feed' property).`,
    `Bytes: gzip -9 per file, summed. Peers: a minimal module per setup (scripts/bench/peers/render-*.ts, sigma-fa2.ts) built alone by Vite 8 (minified, production, ES2022) — sigma + graphology; + graphology-layout-forceatlas2; Cytoscape.js (cose included in its bundle); vis-network's standalone build (includes vis-data). Ours: dist/mf-network-map.js with all it imports statically and lazily, minus the geo boundary chunks (${bytes['ours']!.files.length} files).`,
  ];
  console.log('\nUnfairness notes');
  for (const note of notes) console.log(`- ${note}`);

  let revision = 'unknown';
  try {
    revision = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  } catch {
    // not a git checkout
  }
  const json = {
    generated: new Date().toISOString(),
    revision,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', chromium, flags: FLAGS, webgl, webglDefault },
    method: {
      rounds: ROUNDS,
      timeoutSeconds: TIMEOUT_MS / 1000,
      order: 'libraries rotate each round (ours, sigma, cytoscape, vis, then shifted by one); layout modes alternate',
      firstFrame: 'ms from data ready to the animation frame after the complete picture',
      longestTask:
        'ms, PerformanceObserver longtask (0 = none over 50 ms), from data ready to 50 ms after the first frame',
      p95Frame: 'ms between animation frames over the scripted pan (60) and zoom (120), p95 per run, median over runs',
      heap: 'MB, JSHeapUsedSize after gc, after the first frame',
      bytes: 'gzip -9, every file summed',
      surfaces,
    },
    feeds,
    bytes,
    rows,
    goals,
    notes,
    runs,
    durationSeconds: (Date.now() - began) / 1000,
  };
  writeFileSync(resultPath, JSON.stringify(json, null, 2));
  console.log(`\nJSON: ${resultPath}`);
  console.log(`Took ${((Date.now() - began) / 1000 / 60).toFixed(1)} min.`);
  const errors = runs.filter((r) => r.status === 'error');
  if (errors.length > 0) {
    console.error(`\n${errors.length} measurement${errors.length === 1 ? '' : 's'} failed with an error (see above).`);
    process.exitCode = 1;
  }
}

await main();
