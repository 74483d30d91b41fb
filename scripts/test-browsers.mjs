/**
 * `npm run test:browser`: the browser tests in Chromium, Firefox and WebKit, one engine after the
 * other (a 2-core machine running two browsers' heavy tests at once makes both slow and flaky).
 * `--browsers firefox` (or `firefox,webkit`) picks engines for a quick loop; every other argument
 * goes to web-test-runner (test files, --watch…). Ends with a line per engine, and fails naming
 * the engines that failed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LABELS, parseBrowsers } from './browsers.mjs';

let engines;
let rest;
try {
  ({ engines, rest } = parseBrowsers(process.argv.slice(2)));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

/**
 * The tests that load the built bundles from dist/: the e2e suite, and the hostile hosts that embed
 * them. `npm test` builds dist/ first and runs them with the rest, once per engine. A `--watch`
 * loop rebuilds nothing, so unless it names its files (or a group) it leaves them out rather than
 * test a stale dist/: `npm run build:lib`, then name them to watch them.
 */
const DIST_TESTS = ['test/e2e/**', 'test/hardening/hostile-hosts.test.ts'];
// web-test-runner's options that take a value (a path after them is not a test file).
const VALUE_OPTIONS = new Set([
  '--root-dir',
  '--concurrent-browsers',
  '--concurrency',
  '--config',
  '--port',
  '--groups',
  '--esbuild-target',
]);

/** `rest` with the dist/ tests left out when it watches everything; unchanged otherwise. */
function withoutDistInWatch(args) {
  if (!args.includes('--watch')) return args;
  const namesFiles = args.some(
    (arg, i) =>
      arg === '--files' ||
      arg.startsWith('--files=') ||
      arg === '--group' ||
      arg.startsWith('--group=') ||
      (!arg.startsWith('-') && !VALUE_OPTIONS.has(args[i - 1] ?? '')),
  );
  if (namesFiles) return args;
  console.log(`--watch does not rebuild dist/: leaving out ${DIST_TESTS.join(', ')} (name them to run them).`);
  return [...args, '--files', 'test/**/*.test.ts', '!test/node/**', ...DIST_TESTS.map((glob) => `!${glob}`)];
}
rest = withoutDistInWatch(rest);

/**
 * Whether a failed run may be tried again for its failed files: a whole run (no test files named,
 * no watch), as CI and `npm test` run it. When one browser stops answering (a page that does not
 * open in a loaded machine's Firefox), every later file times out with it; the files run again in a
 * fresh browser tell that from a failing test. The summary names every file that needed it.
 */
const mayRetry =
  !rest.includes('--watch') && !rest.some((arg, i) => !arg.startsWith('-') && !VALUE_OPTIONS.has(rest[i - 1] ?? ''));

const bin = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const failedOut = join(mkdtempSync(join(tmpdir(), 'mf-wtr-')), 'failed.json');

/** Runs web-test-runner in `engine` with `args`; resolves with its exit code and the files that failed. */
function run(engine, args) {
  rmSync(failedOut, { force: true });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      stdio: 'inherit',
      env: { ...process.env, MF_BROWSERS: engine, MF_FAILED_OUT: failedOut },
    });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (exitCode, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      // Never a silent end: a run stopped from outside (a CI time limit, the OOM killer) says so.
      if (signal) console.error(`\nweb-test-runner (${LABELS[engine]}) was ended by ${signal}.`);
      else if (exitCode > 1) console.error(`\nweb-test-runner (${LABELS[engine]}) exited with code ${exitCode}.`);
      let failed = [];
      try {
        failed = JSON.parse(readFileSync(failedOut, 'utf8'));
      } catch {
        // No list (the run ended early): nothing can be retried.
      }
      resolve({ code: exitCode ?? (signal ? 1 : 0), failed });
    });
  });
}

const results = [];
for (const engine of engines) {
  console.log(`\n=== browser tests in ${LABELS[engine]} ===\n`);
  const started = Date.now();
  let { code, failed } = await run(engine, rest);
  const retried = [];
  if (code === 1 && mayRetry && failed.length > 0) {
    // Each file in a browser of its own: a file that stops the browser again costs only itself.
    console.log(`\n=== ${LABELS[engine]}: ${failed.length} failed file(s) again, each in a fresh browser ===\n`);
    code = 0;
    for (const file of failed) {
      const again = await run(engine, [...rest, file]);
      retried.push(`${file} (${again.code === 0 ? 'passed' : 'failed again'})`);
      if (again.code !== 0) code = again.code;
    }
  }
  results.push({ engine, code, retried, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log('\n=== browser tests per engine ===');
for (const { engine, code, retried, seconds } of results) {
  const time = `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
  console.log(`  ${code === 0 ? 'passed' : 'FAILED'}  ${LABELS[engine].padEnd(32)} ${time}`);
  if (retried.length > 0) console.log(`          failed at first, run again: ${retried.join(', ')}`);
}
const failed = results.filter((result) => result.code !== 0);
if (failed.length > 0) {
  const names = failed.map((result) => LABELS[result.engine]).join(', ');
  const only = failed.length < results.length ? ` only (${results.length - failed.length} other engine(s) passed)` : '';
  console.error(
    `\nBrowser tests failed in ${names}${only}. Run them again alone with:\n  npm run test:browser -- --browsers ${failed.map((r) => r.engine).join(',')}`,
  );
  process.exit(1);
}
