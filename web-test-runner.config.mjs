import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
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
 * The e2e tests' partner pages (test/helpers/pages.ts), each served from a same-origin URL of its
 * own: a test registers the HTML with the `mf-page` command and loads the address it gets back in
 * an iframe. Not `srcdoc`: Firefox applies a page's `script-src 'self'` to a srcdoc document as if
 * nothing were its own, and blocks even the page's probe script. Served as written, ahead of the
 * dev server's transforms (a hostile page's inline scripts stay as the page has them), never cached.
 */
function testPages() {
  const pages = new Map();
  const PATH = /^\/__mf-pages\/(\d+)\.html$/;
  return {
    plugin: {
      name: 'test-pages',
      executeCommand({ command, payload }) {
        if (command !== 'mf-page') return undefined;
        if (typeof payload?.html !== 'string') throw new Error('mf-page: { html } is a string');
        const id = String(pages.size + 1);
        pages.set(id, payload.html);
        return `/__mf-pages/${id}.html`;
      },
    },
    middleware(context, next) {
      const id = PATH.exec(context.path)?.[1];
      if (id === undefined) return next();
      const html = pages.get(id);
      if (html === undefined) {
        context.status = 404;
        return undefined;
      }
      context.set('Cache-Control', 'no-store');
      context.type = 'html';
      context.body = html;
      return undefined;
    },
  };
}
const pages = testPages();

/**
 * Real network faults, for test/hardening/faulty-network.test.ts: MSW's service worker cannot
 * break a connection halfway through a body in every engine (WebKit has no transferable streams,
 * and Firefox leaves a mocked body that errors hanging). `/__mf-faults/half.json?id=…` answers
 * 200 with the first half of test/e2e/feed.json (its full length announced) and holds the
 * connection; the `mf-fault` command ({ id, action: 'reset' }) then breaks it with a TCP reset, at
 * a moment the test picks (once the page reads the body). Left alone, the body stalls until the
 * browser gives up (or 2 minutes pass).
 */
function networkFaults() {
  const feed = readFileSync(new URL('./test/e2e/feed.json', import.meta.url));
  const half = feed.subarray(0, Math.floor(feed.length / 2));
  const held = new Map();
  return {
    plugin: {
      name: 'network-faults',
      executeCommand({ command, payload }) {
        if (command !== 'mf-fault') return undefined;
        const socket = held.get(String(payload?.id));
        if (!socket) throw new Error(`mf-fault: no connection held for ${JSON.stringify(payload?.id)}`);
        if (payload.action !== 'reset') throw new Error(`mf-fault: unknown action ${JSON.stringify(payload.action)}`);
        socket.resetAndDestroy();
        return true;
      },
    },
    middleware(context, next) {
      if (context.path !== '/__mf-faults/half.json') return next();
      const id = String(context.query.id ?? '');
      const { res } = context;
      const socket = context.req.socket;
      context.respond = false;
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(feed.length),
        'cache-control': 'no-store',
      });
      res.write(half);
      held.set(id, socket);
      const timer = setTimeout(() => socket.destroy(), 120_000).unref();
      socket.once('close', () => {
        clearTimeout(timer);
        if (held.get(id) === socket) held.delete(id);
      });
      return undefined;
    },
  };
}
const faults = networkFaults();

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

/**
 * Writes the test files that failed to MF_FAILED_OUT when the run ends (a JSON array of paths), so
 * that scripts/test-browsers.mjs can run just those again in a fresh browser and say so.
 */
function failedFilesReporter(out) {
  return {
    stop({ sessions }) {
      if (!out) return;
      const failed = new Set(sessions.filter((session) => !session.passed).map((session) => session.testFile));
      writeFileSync(out, JSON.stringify([...failed].map((file) => relative(process.cwd(), file))));
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  // browserStartTimeout stays at its 30 s: when a browser stops opening pages, every later file
  // waits that long before it fails, and scripts/test-browsers.mjs runs them again in a fresh one.
  reporters: [defaultReporter(), failedFilesReporter(process.env.MF_FAILED_OUT)],
  // Per engine run: WebKit drawing in software is the slowest of the three.
  testsFinishTimeout: 20 * 60_000,
  // Above test/helpers/wait.ts' WAIT.heavy, so that a slow wait fails with its own message.
  testFramework: { config: { timeout: 60_000 } },
  plugins: [
    hardeningTally(),
    pages.plugin,
    faults.plugin,
    umdAsModule(['papaparse']),
    engineCommands(engine),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  middleware: [
    pages.middleware,
    faults.middleware,
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
