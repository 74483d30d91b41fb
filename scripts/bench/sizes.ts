import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BudgetId } from './budgets.js';
import { importClosure } from './closure.js';

/** One measured figure: the files it counts and their gzip -9 sizes, each file compressed alone. */
export interface SizeFigure {
  readonly bytes: number;
  /** Paths relative to dist/, with each file's gzip size. */
  readonly files: ReadonlyArray<{ readonly file: string; readonly bytes: number }>;
}

export const gzipSize = (code: Buffer | string): number => gzipSync(code, { level: 9 }).length;

/** The built chunk (dist/chunks/*.js) whose source map lists `source` (a path under src/), else the one named after it. */
export function chunkWith(dist: string, source: string): string | undefined {
  const dir = join(dist, 'chunks');
  if (!existsSync(dir)) return undefined;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js') || !existsSync(join(dir, `${name}.map`))) continue;
    const { sources } = JSON.parse(readFileSync(join(dir, `${name}.map`), 'utf8')) as { sources: string[] };
    if (sources.some((path) => path.endsWith(source))) return join(dir, name);
  }
  // A chunk that only re-exports (src/feed/count.ts) maps no source: it is named after its module.
  const named = `${source.replace(/^.*\//, '').replace(/\.ts$/, '')}-`;
  const byName = readdirSync(dir).find((name) => name.startsWith(named) && name.endsWith('.js'));
  return byName ? join(dir, byName) : undefined;
}

function figure(dist: string, files: Iterable<string>): SizeFigure {
  const measured = [...files].map((file) => ({ file: relative(dist, file), bytes: gzipSize(readFileSync(file)) }));
  return { bytes: measured.reduce((sum, f) => sum + f.bytes, 0), files: measured };
}

/**
 * What a page with one `<mf-member-counter src>` loads besides its entries: the feed loader and
 * the counting reader (a counter reads counts only; src/feed/count.ts and read-core.ts).
 */
const FEED_CHUNKS = ['src/feed/loader.ts', 'src/feed/count.ts'];

/**
 * The figures the budgets are about (scripts/bench/budgets.ts), from a built `dist/`: an entry
 * with every chunk it imports statically; the counter page as every file it downloads for a feed
 * given by `src` (mf-loader.js, the counter's entry, the feed loader and the counting reader, each with
 * their static imports; a feed that names places by postcode loads the place table besides).
 */
export function budgetFigures(dist: string): Record<BudgetId, SizeFigure> {
  const entry = (name: string): SizeFigure => figure(dist, importClosure(join(dist, name), false));
  const page = new Set<string>();
  for (const file of [join(dist, 'mf-loader.js'), join(dist, 'mf-member-counter.js')]) importClosure(file, false, page);
  for (const source of FEED_CHUNKS) {
    const chunk = chunkWith(dist, source);
    if (!chunk) throw new Error(`no chunk of dist/ holds ${source}: is dist/ built (npm run build:lib)?`);
    importClosure(chunk, false, page);
  }
  return {
    counter: entry('mf-member-counter.js'),
    card: entry('mf-actor-card.js'),
    map: entry('mf-network-map.js'),
    list: entry('mf-actor-list.js'),
    'counter-page': figure(dist, page),
    bundle: entry('mf-widgets.js'),
  };
}

/** The lazily loaded data tables, each on a line of its own (no budget): the chunks holding them. */
export const DATA_TABLES: ReadonlyArray<{ readonly what: string; readonly sources: readonly string[] }> = [
  {
    what: 'boundaries (provinces, municipalities), geo view only',
    sources: ['src/geo/provinces.ts', 'src/geo/municipalities.ts'],
  },
  {
    what: 'postcodes and place names, feeds placed by postcode',
    sources: ['src/geo/postcodes.ts', 'src/geo/places.ts'],
  },
  { what: 'municipality names in fr/en', sources: ['src/i18n/municipality-names.ts'] },
];

export function dataTableFigures(dist: string): Array<{ what: string; figure: SizeFigure }> {
  return DATA_TABLES.map(({ what, sources }) => {
    const chunks = new Set(sources.map((source) => chunkWith(dist, source)).filter((f): f is string => Boolean(f)));
    return { what, figure: figure(dist, chunks) };
  });
}
