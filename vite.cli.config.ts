import { defineConfig } from 'vite';

/** The `mf-feed` command: the feed code bundled for Node, no browser globals. */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/cli/run.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      output: { entryFileNames: 'mf-feed.js' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
