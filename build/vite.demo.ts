import type { UserConfig } from 'vite';
import { fromRoot } from './paths.js';
import { demoServer } from './plugins/demo-server.js';

/**
 * The demo (`npm start`, `npm run build:demo`): the partner page, the configurator and the feed
 * studio from demo/, served with the built elements under /dist/, or built into dist-demo/.
 */
export function demoConfig(): UserConfig {
  return {
    root: fromRoot('./demo'),
    publicDir: fromRoot('./demo/public'),
    plugins: [demoServer()],
    // Any origin may fetch the sample feed: a pasted snippet works from any page.
    server: { port: 5173, cors: { origin: '*' }, fs: { allow: [fromRoot('.')] } },
    preview: { port: 4173 },
    build: {
      outDir: fromRoot('./dist-demo'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: {
        input: {
          index: fromRoot('./demo/index.html'),
          configurator: fromRoot('./demo/configurator.html'),
          studio: fromRoot('./demo/studio.html'),
        },
      },
    },
    // The studio's builder worker loads chunks of its own (the postcode table, the catalogs):
    // only ES module workers may be split.
    worker: { format: 'es' },
  };
}
