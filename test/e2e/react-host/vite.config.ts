import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/** `npm run build:react-host`: the React partner app of test/e2e/react.test.ts, React bundled in. */
export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: fileURLToPath(new URL('../../../.cache/react-host', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: fileURLToPath(new URL('./app.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'app.js',
    },
  },
});
