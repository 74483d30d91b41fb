import MagicString from 'magic-string';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** One self-registering ES module per element, sharing chunks (`--mode lib`). */
export const ELEMENT_ENTRIES = {
  'mf-member-counter': here('./src/widgets/member-counter/define.ts'),
  'mf-actor-card': here('./src/widgets/actor-card/define.ts'),
  'mf-network-map': here('./src/widgets/network-map/define.ts'),
  'mf-actor-list': here('./src/widgets/actor-list/define.ts'),
};

/**
 * The demo's dev server: MSW's worker at the root (it mocks the error-state feeds), and the built
 * bundles under /dist/, so that a snippet from the configurator works pasted into any page.
 */
function demoServer(): Plugin {
  return {
    name: 'mf-demo-server',
    configureServer(server) {
      server.middlewares.use('/dist/', (req, res, next) => {
        const file = here(`./dist/${decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '')}`);
        if (!file.startsWith(here('./dist/'))) return next();
        void import('node:fs').then(({ existsSync, createReadStream }) => {
          if (!existsSync(file)) return next();
          res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'text/javascript');
          res.setHeader('Access-Control-Allow-Origin', '*');
          createReadStream(file).pipe(res);
        });
      });
      // The studio links the spreadsheet templates, which build:demo copies next to the pages.
      server.middlewares.use('/templates/', (req, res, next) => {
        const file = here(`./templates/${decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '')}`);
        if (!file.startsWith(here('./templates/'))) return next();
        void import('node:fs').then(({ existsSync, createReadStream }) => {
          if (!existsSync(file)) return next();
          createReadStream(file).pipe(res);
        });
      });
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'application/javascript');
        res.setHeader('Service-Worker-Allowed', '/');
        void import('node:fs').then(({ createReadStream }) =>
          createReadStream(here('./node_modules/msw/lib/mockServiceWorker.js')).pipe(res),
        );
      });
    },
  };
}

/**
 * Collapses the whitespace and comments of the `css` templates (Lit leaves them as written):
 * about a third of each stylesheet's bytes. Only templates without `${}` are touched, and only
 * spaces around `{ } ; , >` are dropped, which never changes a selector or a value.
 */
function minifyCss(): Plugin {
  const minify = (body: string): string =>
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'mf-minify-css',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return undefined;
      const edited = new MagicString(code);
      for (const match of code.matchAll(/css`([^`]*)`/g)) {
        const body = match[1]!;
        if (body.includes('${')) continue;
        edited.overwrite(match.index, match.index + match[0].length, `css\`${minify(body)}\``);
      }
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}

/**
 * The bundler's helper for a module namespace (used where the single-file builds inline a lazily
 * loaded module) copies the exports with `for (var name in all)`, which also walks whatever a host
 * page added to Object.prototype; with `Object.prototype.x = 'y'` the bundle threw "Getter must be
 * a function" before any element was defined. It is rewritten to walk own keys only.
 */
function ownKeysOnly(): Plugin {
  const header =
    /for\s*\(\s*var\s+([\w$]+)\s+in\s+([\w$]+)\s*\)(?=\s*\{?\s*[\w$]+\(\s*[\w$]+\s*,\s*\1\s*,\s*\{\s*get\s*:\s*\2\[\1\])/g;
  const left = /for\s*\(\s*var\s+[\w$]+\s+in\s+[\w$]+\s*\)\s*\{?\s*[\w$]+\(\s*[\w$]+\s*,\s*[\w$]+\s*,\s*\{\s*get\s*:/;
  return {
    name: 'mf-own-keys-only',
    // Before minifying, with a source map of the change (magic-string), so stack traces stay right.
    renderChunk(code) {
      if (!header.test(code)) return null;
      header.lastIndex = 0;
      const edited = new MagicString(code);
      for (const match of code.matchAll(header)) {
        edited.overwrite(
          match.index,
          match.index + match[0].length,
          `for (var ${match[1]} of Object.keys(${match[2]}))`,
        );
      }
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && left.test(file.code))
          this.error(`${file.fileName}: a namespace helper with for…in is left; update ownKeysOnly()`);
      }
    },
  };
}

/**
 * The element build replaces the code of `dist/` (the entries and `chunks/`, whose names carry
 * hashes) and leaves the rest: `npm test`, `npm start` and `npm run bench` rebuild the code, and
 * the manifest, schema, types and CLI of a full build must survive that.
 */
function replaceCode(): Plugin {
  return {
    name: 'mf-replace-code',
    async buildStart() {
      const { readdirSync, rmSync, existsSync } = await import('node:fs');
      const dist = here('./dist/');
      if (!existsSync(dist)) return;
      rmSync(`${dist}chunks`, { recursive: true, force: true });
      for (const file of readdirSync(dist)) if (/^mf-.*\.js(\.map)?$/.test(file)) rmSync(dist + file);
    },
  };
}

/**
 * `dist/THIRD-PARTY-LICENSES.txt`: the licence of every package whose code is in the element
 * build (the other builds hold the same code), from its own package.json and LICENSE file.
 */
function thirdPartyLicences(): Plugin {
  return {
    name: 'mf-third-party-licences',
    async generateBundle() {
      const { readFileSync, existsSync, readdirSync } = await import('node:fs');
      // Package name → its folder: the last node_modules segment of a module's path (the package
      // itself, also when it is nested in another's).
      const packages = new Map<string, string>();
      for (const id of this.getModuleIds()) {
        const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+)\/)/.exec(id);
        if (match) packages.set(match[2]!, match[1]!);
      }
      const sections = [...packages]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, dir]) => {
          const pkg = JSON.parse(readFileSync(`${dir}package.json`, 'utf8')) as { version: string; license?: string };
          const file = existsSync(dir) ? readdirSync(dir).find((f) => /^licen[cs]e(\.|$)/i.test(f)) : undefined;
          if (!file) this.error(`${name}: no LICENSE file to ship`);
          return `${name}@${pkg.version} (${pkg.license ?? 'see below'})\n\n${readFileSync(dir + file, 'utf8').trim()}\n`;
        });
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-LICENSES.txt',
        source: `netwerk-widgets bundles code of these packages, under these licences.\n\n${sections.join('\n' + '-'.repeat(72) + '\n\n')}`,
      });
    },
  };
}

/**
 * `npm run build` runs four library builds into `dist/` (see package.json): `lib` (the element
 * entries with shared chunks), `bundle` (everything in one ES module), `iife` (the same as a
 * classic script) and `loader`. Vite keeps whitespace in ES library builds; partners load these
 * files as they are, so the output is minified explicitly.
 */
function library(mode: string): UserConfig {
  const single = mode === 'bundle' || mode === 'iife' || mode === 'loader';
  const entry: Record<string, string> =
    mode === 'lib'
      ? ELEMENT_ENTRIES
      : mode === 'loader'
        ? { 'mf-loader': here('./src/loader.ts') }
        : { 'mf-widgets': here('./src/index.ts') };
  return {
    publicDir: false,
    logLevel: 'warn',
    plugins: [minifyCss(), ownKeysOnly(), ...(mode === 'lib' ? [replaceCode(), thirdPartyLicences()] : [])],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry,
        formats: [mode === 'iife' ? 'iife' : 'es'],
        name: 'MfWidgets',
        fileName: (_format, name) => (mode === 'iife' ? `${name}.iife.js` : `${name}.js`),
      },
      rolldownOptions: {
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
          // No comments: tree-shaking hints (@__PURE__…) are for bundlers and these files are what
          // browsers load (about 0.3 KB gzip over the set); the licences of the bundled packages
          // are in dist/THIRD-PARTY-LICENSES.txt (thirdPartyLicences()).
          comments: false,
          // The single-file builds inline the lazily loaded parts (validator, catalogs, geo data).
          ...(single ? { codeSplitting: false } : {}),
        },
      },
    },
  };
}

export default defineConfig(({ mode }) =>
  ['lib', 'bundle', 'iife', 'loader'].includes(mode)
    ? library(mode)
    : {
        root: here('./demo'),
        publicDir: here('./demo/public'),
        plugins: [demoServer()],
        // Any origin may fetch the sample feed: a pasted snippet works from any page.
        server: { port: 5173, cors: { origin: '*' }, fs: { allow: [here('.')] } },
        preview: { port: 4173 },
        build: {
          outDir: here('./dist-demo'),
          emptyOutDir: true,
          target: 'es2022',
          rolldownOptions: {
            input: {
              index: here('./demo/index.html'),
              configurator: here('./demo/configurator.html'),
              studio: here('./demo/studio.html'),
            },
          },
        },
        // The studio's builder worker loads chunks of its own (the postcode table, the catalogs):
        // only ES module workers may be split.
        worker: { format: 'es' },
      },
);
