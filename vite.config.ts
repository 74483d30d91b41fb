import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The element entries of the library build: one self-registering module per element. */
export const ENTRIES = {
  'mf-widgets': here('./src/index.ts'),
  'mf-member-counter': here('./src/widgets/member-counter/define.ts'),
  'mf-actor-card': here('./src/widgets/actor-card/define.ts'),
  'mf-network-map': here('./src/widgets/network-map/define.ts'),
  'mf-actor-list': here('./src/widgets/actor-list/define.ts'),
};

/** Serves MSW's worker at the root in the demo's dev server (it mocks the error-state feeds). */
function mockServiceWorker(): Plugin {
  return {
    name: 'mf-mock-service-worker',
    configureServer(server) {
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

export default defineConfig(({ mode }) =>
  mode === 'lib'
    ? {
        publicDir: false,
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          sourcemap: true,
          minify: true,
          lib: { entry: ENTRIES, formats: ['es'] },
          rolldownOptions: {
            // Vite keeps whitespace in ES library builds; partners load these files as they are.
            output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
          },
        },
      }
    : {
        root: here('./demo'),
        publicDir: here('./demo/public'),
        plugins: [mockServiceWorker()],
        server: { port: 5173, fs: { allow: [here('.')] } },
        preview: { port: 4173 },
        build: { outDir: here('./dist-demo'), emptyOutDir: true, target: 'es2022' },
      },
);
