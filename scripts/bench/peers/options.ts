/**
 * `npm run bench:peers`, Node side: what is measured (libraries, feed sizes, layout modes), how
 * (rounds, time limits, Chromium's flags) and where the files go. The pages' side of the bench is
 * the rest of this folder (harness.ts, *-page.ts, render-*.ts), built by Vite and run in Chromium.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { flagsFor, rasterModesOf, type RasterMode } from '../flags.js';
import type { LayoutMode } from './types.js';

export type Library = 'ours' | 'sigma' | 'cytoscape' | 'vis';
export type Size = '2k' | '20k';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const out = join(root, '.cache/bench-peers');

export const PATHS = {
  root,
  /** The pages and the peers' minimal setups (this folder). */
  pages: join(root, 'scripts/bench/peers'),
  out,
  /** What the browser loads: the built pages and the data. */
  site: join(out, 'site'),
  resultPath: join(out, 'bench-peers.json'),
};

/** Time budgets of the scripted pan and zoom: a library at seconds per frame stops early (and says so). */
export const PAN_BUDGET_MS = 8_000;
export const ZOOM_BUDGET_MS = 12_000;

export const MODES: Record<Library, readonly LayoutMode[]> = {
  ours: ['own'],
  sigma: ['preset', 'default'],
  cytoscape: ['preset', 'default'],
  vis: ['preset', 'default'],
};
export const LAYOUT_NAME: Record<Library, Record<string, string>> = {
  ours: { own: 'own (deterministic)' },
  sigma: { preset: 'preset (ours)', default: 'ForceAtlas2 ×100' },
  cytoscape: { preset: 'preset (ours)', default: 'cose' },
  vis: { preset: 'preset (ours)', default: 'physics+stabilise' },
};
export const LABEL: Record<Library, string> = {
  ours: 'mf-network-map',
  sigma: 'sigma.js',
  cytoscape: 'Cytoscape.js',
  vis: 'vis-network',
};

export interface PeerOptions {
  readonly rounds: number;
  /** Per measurement step. */
  readonly timeoutMs: number;
  readonly libraries: readonly Library[];
  readonly sizes: readonly Size[];
  /** The layout modes to run (`own,preset,default`). */
  readonly modes: readonly string[];
  /** Chromium's command-line flags for the measured runs (those of `raster`, the mode being run). */
  readonly flags: readonly string[];
  /** The raster modes to run, one after the other (`--raster cpu,gpu`, both by default). */
  readonly rasters: readonly RasterMode[];
  readonly raster: RasterMode;
}

/**
 * `--rounds N` (default 3), `--sizes 2k,20k`, `--libs ours,sigma,…`, `--modes own,preset,default`,
 * `--timeout S` (seconds per measurement step, default 60), `--raster cpu,gpu` (both by default: CPU
 * raster, then an emulated GPU; see flags.ts).
 */
export function parseOptions(argv: readonly string[] = process.argv.slice(2)): PeerOptions {
  const { values: args } = parseArgs({
    args: [...argv],
    options: {
      rounds: { type: 'string', default: '3' },
      sizes: { type: 'string', default: '2k,20k' },
      libs: { type: 'string', default: 'ours,sigma,cytoscape,vis' },
      timeout: { type: 'string', default: '60' },
      modes: { type: 'string', default: 'own,preset,default' },
      raster: { type: 'string', default: 'cpu,gpu' },
    },
  });
  return {
    rounds: Math.max(1, Number(args.rounds)),
    timeoutMs: Math.max(5, Number(args.timeout)) * 1000,
    libraries: (['ours', 'sigma', 'cytoscape', 'vis'] as const).filter((lib) => args.libs.split(',').includes(lib)),
    sizes: (['2k', '20k'] as const).filter((size) => args.sizes.split(',').includes(size)),
    modes: args.modes.split(','),
    rasters: rasterModesOf(args.raster),
    raster: rasterModesOf(args.raster)[0] ?? 'cpu',
    flags: flagsFor(rasterModesOf(args.raster)[0] ?? 'cpu'),
  };
}
