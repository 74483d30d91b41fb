/**
 * `npm run bench:peers`, the bytes: each peer's minimal setup built with Vite (minified,
 * production) and gzip -9; ours is `dist/mf-network-map.js` with every chunk it imports, statically
 * or lazily, minus the geo boundaries (the graph view never loads them). Also the pages' build.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { importClosure } from '../closure.js';
import { PATHS } from './options.js';

const { root, pages, out, site } = PATHS;

const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;
const define = { 'process.env.NODE_ENV': JSON.stringify('production') };

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

export interface Bytes {
  gzip: number;
  raw: number;
  files: string[];
}

/** The four pages (ours.html, sigma.html, cytoscape.html, vis.html) with their libraries, into the site. */
export async function buildPages(): Promise<void> {
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
export function catalogueBytes(lang: 'fr' | 'en'): number {
  const chunks = join(root, 'dist/chunks');
  const file = readdirSync(chunks).find((name) => name.startsWith(`${lang}-`) && name.endsWith('.js'));
  if (!file) throw new Error(`no ${lang} catalogue in dist/chunks`);
  return gz(join(chunks, file));
}

/** Every bundle's bytes: ours, sigma (alone and with ForceAtlas2), Cytoscape.js, vis-network. */
export async function allBytes(): Promise<Record<string, Bytes>> {
  return {
    ours: ourBytes(),
    sigma: await peerBytes('sigma', 'render-sigma.ts'),
    'sigma+fa2': await peerBytes('sigma-fa2', 'sigma-fa2.ts'),
    cytoscape: await peerBytes('cytoscape', 'render-cytoscape.ts'),
    vis: await peerBytes('vis', 'render-vis.ts'),
  };
}
