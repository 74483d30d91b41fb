import type { UserConfig } from 'vite';
import { fromRoot } from './paths.js';
import { localizeRuntime } from './plugins/localize-runtime.js';
import { minifyCss } from './plugins/minify-css.js';
import { minifyHtml } from './plugins/minify-html.js';
import { ownKeysOnly } from './plugins/own-keys-only.js';
import { replaceCode } from './plugins/replace-code.js';
import { schemaDocsOut } from './plugins/schema-docs-out.js';
import { shortMessageIds } from './plugins/short-message-ids.js';
import { thirdPartyLicences } from './plugins/third-party-licences.js';

/** One self-registering ES module per element, sharing chunks (`--mode lib`). */
export const ELEMENT_ENTRIES = {
  'mf-member-counter': fromRoot('./src/widgets/member-counter/define.ts'),
  'mf-actor-card': fromRoot('./src/widgets/actor-card/define.ts'),
  'mf-network-map': fromRoot('./src/widgets/network-map/define.ts'),
  'mf-actor-list': fromRoot('./src/widgets/actor-list/define.ts'),
};

/**
 * Small modules that the feed reader (lazy) and the card share: one chunk rather than four files
 * of a few hundred bytes each, each a request and a gzip stream of its own.
 */
const FEED_COMMON =
  /[\\/]src[\\/](?:feed[\\/](?:url|palette|types|needs-place|places)|util[\\/]slices|geo[\\/]province-ids)\.ts$/;

/**
 * What every element loads: Lit, @lit/localize, the base element and what it imports, and also
 * util/motion.ts (the counter and the map share it): on its own it was one more file of 0.17 KB
 * for a 0.1 KB function pair. A module that matches but is not used is not bundled at all.
 */
const SHARED =
  /[\\/](?:node_modules[\\/](?:lit-html[\\/]lit-html|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/](?:reactive-element|css-tag)|@lit[\\/]localize[\\/](?:init|internal)[\\/][\w-]+)\.js|src[\\/](?:shared[\\/](?:base-element|feed-controller|styles|define|events|states-loader)|i18n[\\/](?:labels|locale|generated[\\/]locale-codes)|feed[\\/](?:text|errors|reload)|util[\\/](?:own|motion))\.ts)$/;

/**
 * What the card shares with the directory's rows and the map's panel (icons, marks, place and
 * province labels, colours), and what the directory and the map share beyond that (search,
 * sync-url, the nested card's loader). Left to the bundler, both went into one chunk, and the card
 * page downloaded the other two's search and address code.
 */
const CARD_COMMON =
  /[\\/](?:node_modules[\\/]lit-html[\\/]directive\.js|src[\\/](?:shared[\\/](?:icons|shapes|style-props)|i18n[\\/](?:municipality-label|province-label)|feed[\\/]relations|util[\\/](?:color|initials))\.ts)$/;
const FINDING_COMMON =
  /[\\/]src[\\/](?:feed[\\/](?:search|near)|shared[\\/](?:sync-url|copy-link\.styles|unknown-id)|widgets[\\/]actor-card[\\/]nested)\.ts$/;

/** The modes of `vite build --mode …` that build the library (`npm run build:lib` runs all four). */
export const LIBRARY_MODES = ['lib', 'bundle', 'iife', 'loader'] as const;
export type LibraryMode = (typeof LIBRARY_MODES)[number];

/**
 * `npm run build:lib` runs four library builds into `dist/` (see package.json): `lib` (the element
 * entries with shared chunks), `bundle` (everything in one ES module), `iife` (the same as a
 * classic script) and `loader`. Vite keeps whitespace in ES library builds; partners load these
 * files as they are, so the output is minified explicitly.
 */
export function libraryConfig(mode: LibraryMode): UserConfig {
  const single = mode === 'bundle' || mode === 'iife' || mode === 'loader';
  const entry: Record<string, string> =
    mode === 'lib'
      ? ELEMENT_ENTRIES
      : mode === 'loader'
        ? { 'mf-loader': fromRoot('./src/loader.ts') }
        : { 'mf-widgets': fromRoot('./src/index.ts') };
  return {
    publicDir: false,
    logLevel: 'warn',
    plugins: [
      minifyCss(),
      minifyHtml(),
      ...shortMessageIds(),
      localizeRuntime(),
      schemaDocsOut(),
      ownKeysOnly(),
      ...(mode === 'lib' ? [replaceCode(), thirdPartyLicences()] : []),
    ],
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
          ...(single
            ? { codeSplitting: false }
            : {
                codeSplitting: {
                  groups: [
                    { name: 'shared', test: SHARED },
                    { name: 'feed-common', test: FEED_COMMON },
                    { name: 'card-common', test: CARD_COMMON },
                    { name: 'finding-common', test: FINDING_COMMON },
                  ],
                },
              }),
        },
      },
    },
  };
}
