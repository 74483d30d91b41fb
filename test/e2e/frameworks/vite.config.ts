import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * `npm run build:framework-hosts`: the partner apps of test/e2e/frameworks.test.ts (React 19 and
 * Vue 3, each bundled with its framework, production builds) into .cache/framework-hosts/.
 */
export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  // Vue with its template compiler, as a partner writing templates in the page would have it.
  resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
  build: {
    outDir: here('../../../.cache/framework-hosts'),
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: { react: here('./react.ts'), vue: here('./vue.ts') }, formats: ['es'] },
  },
});
