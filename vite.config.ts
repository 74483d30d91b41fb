import { defineConfig } from 'vite';
import { demoConfig } from './build/vite.demo.js';
import { LIBRARY_MODES, libraryConfig, type LibraryMode } from './build/vite.lib.js';

/**
 * One config, two builds, chosen by mode: `vite build --mode lib|bundle|iife|loader` builds the
 * library into dist/ (build/vite.lib.ts; `npm run build:lib` runs the four); any other mode is the
 * demo (build/vite.demo.ts): `npm start` serves it, `npm run build:demo` builds it with mode
 * `production`. The plugins are in build/plugins/. Storybook (.storybook/vite.config.ts) and the
 * CLI (vite.cli.config.ts) have configs of their own.
 */
const isLibrary = (mode: string): mode is LibraryMode => (LIBRARY_MODES as readonly string[]).includes(mode);

export default defineConfig(({ mode }) => (isLibrary(mode) ? libraryConfig(mode) : demoConfig()));
