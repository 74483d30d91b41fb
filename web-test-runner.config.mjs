import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome } from './scripts/chrome.mjs';

const executablePath = findChrome();

/** `executeServerCommand('set-pixel-ratio', { ratio })`: a new devicePixelRatio, same viewport size. */
function pixelRatio() {
  return {
    name: 'set-pixel-ratio',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-pixel-ratio') return undefined;
      const page = session.browser.getPage(session.id);
      const { width, height } = page.viewport() ?? { width: 800, height: 600 };
      await page.setViewport({ width, height, deviceScaleFactor: payload.ratio });
      return true;
    },
  };
}

/**
 * Adds up what the hardening tests report (test/helpers/tally.ts) and prints it when the run
 * ends: how many vectors, faults and host scenarios were tried, and how many ran, escaped or lost data.
 */
function hardeningTally() {
  const totals = new Map();
  const print = () => {
    if (totals.size === 0) return;
    const get = (key) => totals.get(key) ?? 0;
    const lines = [
      '',
      'Hardening summary',
      `  hostile feed vectors × views   ${get('vectors')}  ((payload, place) pairs in a feed, each read by every element and view; values the rules drop count too)`,
      `  property-test inputs parsed    ${get('properties')}`,
      `  network faults played          ${get('faults')}`,
      `  hostile host scenarios         ${get('hosts')}`,
      `  executed                       ${get('executed')}`,
      `  escaped                        ${get('escaped')}`,
      `  lost                           ${get('lost')}`,
      '',
    ];
    console.log(lines.join('\n'));
    totals.clear();
  };
  return {
    name: 'hardening-tally',
    executeCommand({ command, payload }) {
      if (command !== 'hardening-tally') return undefined;
      for (const [key, value] of Object.entries(payload ?? {})) totals.set(key, (totals.get(key) ?? 0) + Number(value));
      return true;
    },
    serverStop: print,
  };
}
/**
 * papaparse ships only a UMD file (CommonJS to a bundler): Vite converts it, the test runner serves
 * files as they are. Given a `module` to fill, the UMD wrapper takes its CommonJS branch, and the
 * file becomes an ES module with a default export (as Vite's interop gives it).
 */
function umdAsModule(packages) {
  return {
    name: 'umd-as-module',
    transform(context) {
      if (!packages.some((name) => context.path.includes(`/node_modules/${name}/`))) return undefined;
      return {
        body: `const module = { exports: {} };\nconst exports = module.exports;\n${context.body}\nexport default module.exports;\n`,
      };
    },
  };
}
if (!executablePath) throw new Error('No Chrome or Chromium found: run `node scripts/ensure-chromium.mjs`.');

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  testsFinishTimeout: 5 * 60_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    hardeningTally(),
    umdAsModule(['papaparse']),
    pixelRatio(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  middleware: [
    // MSW's worker must be served from the root so that it controls every test page.
    function mockServiceWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.set('Service-Worker-Allowed', '/');
        context.path = '/node_modules/msw/lib/mockServiceWorker.js';
      }
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
};
