import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { engineCommands, engineLauncher } from './scripts/wtr-engines.mjs';
import { parseBrowsers } from './scripts/browsers.mjs';

/**
 * One engine per run: MF_BROWSERS names it (scripts/test-browsers.mjs runs each engine in turn, so
 * that a 2-core machine never hosts two browsers' heavy tests at once). Chromium by default.
 */
const { engines } = parseBrowsers([], { MF_BROWSERS: process.env.MF_BROWSERS || 'chromium' });
if (engines.length !== 1) {
  throw new Error(
    `web-test-runner runs one engine at a time: use npm run test:browser -- --browsers ${engines.join(',')}`,
  );
}
const engine = await engineLauncher(engines[0]);

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

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  // Per engine run: WebKit drawing in software is the slowest of the three.
  testsFinishTimeout: 20 * 60_000,
  // Above test/helpers/wait.ts' WAIT.heavy, so that a slow wait fails with its own message.
  testFramework: { config: { timeout: 60_000 } },
  plugins: [
    hardeningTally(),
    umdAsModule(['papaparse']),
    engineCommands(engine),
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
  browsers: [engine.launcher],
};
