import type { Plugin } from 'vite';
import { fromRoot } from '../paths.js';

/**
 * The demo's dev server: MSW's worker at the root (it mocks the error-state feeds), and the built
 * bundles under /dist/, so that a snippet from the configurator works pasted into any page.
 */
export function demoServer(): Plugin {
  return {
    name: 'mf-demo-server',
    configureServer(server) {
      server.middlewares.use('/dist/', (req, res, next) => {
        const file = fromRoot(`./dist/${decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '')}`);
        if (!file.startsWith(fromRoot('./dist/'))) return next();
        void import('node:fs').then(({ existsSync, createReadStream }) => {
          if (!existsSync(file)) return next();
          res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'text/javascript');
          res.setHeader('Access-Control-Allow-Origin', '*');
          createReadStream(file).pipe(res);
        });
      });
      // The studio links the spreadsheet templates, which build:demo copies next to the pages.
      server.middlewares.use('/templates/', (req, res, next) => {
        const file = fromRoot(
          `./templates/${decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '')}`,
        );
        if (!file.startsWith(fromRoot('./templates/'))) return next();
        void import('node:fs').then(({ existsSync, createReadStream }) => {
          if (!existsSync(file)) return next();
          createReadStream(file).pipe(res);
        });
      });
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'application/javascript');
        res.setHeader('Service-Worker-Allowed', '/');
        void import('node:fs').then(({ createReadStream }) =>
          createReadStream(fromRoot('./node_modules/msw/lib/mockServiceWorker.js')).pipe(res),
        );
      });
    },
  };
}
