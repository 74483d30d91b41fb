/**
 * What every benchmark sets up in Node: a static file server on 127.0.0.1 (a free port) and a
 * headless Chromium driven by puppeteer-core, with the flags it is given (BENCH_FLAGS by default).
 * Used by `npm run bench` (scripts/bench.ts, scripts/bench/studio.ts) and `npm run bench:peers`.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChrome } from '../chrome.mjs';
import { BENCH_FLAGS } from './flags.js';
import { generateSample, generateStress } from '../../src/mocks/sample.js';

// ---------- server ----------

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** URLs under `prefix` ('/' or '/dist/') are files under `dir`. */
export interface Mount {
  readonly prefix: string;
  readonly dir: string;
}

export interface ServeOptions {
  /** Tried in order: the first whose prefix starts the path serves it (the last is usually '/'). */
  readonly mounts: readonly Mount[];
  /** A path ending in '/' gets its folder's index.html. */
  readonly index?: boolean;
  /** `cache-control: no-store` on every file, so that each cold page fetches everything again. */
  readonly noStore?: boolean;
}

export interface Served {
  readonly server: Server;
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly origin: string;
  close(): void;
}

/** Serves files as they are (no directory listings, nothing outside the mounts: 404). */
export async function serveFiles(options: ServeOptions): Promise<Served> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const mount = options.mounts.find((m) => pathname.startsWith(m.prefix));
    const path = mount ? join(mount.dir, pathname.slice(mount.prefix.length)) : '';
    const file = options.index && pathname.endsWith('/') ? join(path, 'index.html') : path;
    if (!mount || !file.startsWith(mount.dir) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...(options.noStore ? { 'cache-control': 'no-store' } : {}),
      })
      .end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return { server, origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

// ---------- browser ----------

/**
 * Headless Chromium with `flags`. BENCH_FLAGS (no GPU, frames not held to a display rate) unless a
 * caller asks for others, as a GPU run would (the same without --disable-gpu).
 */
export async function launchChromium(flags: readonly string[] = BENCH_FLAGS): Promise<Browser> {
  const executablePath = findChrome();
  if (!executablePath)
    throw new Error('No Chrome or Chromium: run node scripts/ensure-browsers.mjs --browsers chromium');
  return puppeteer.launch({ executablePath, headless: true, args: [...flags] });
}

/**
 * A page in a browser context of its own, so in a renderer process of its own: cold, as a visitor's
 * first visit is, and untouched by an earlier page's teardown. `open` navigates it and waits for
 * the page's `ready` global, and then for Chromium's own teardown after a navigation: a second
 * after it, the widget of the page's first document (about:blank) is shut down, and that task held
 * the main thread 0.3–1.3 s (under a millisecond of thread time) waiting for its compositor to
 * stop, in the middle of a measurement. Pages of one context share a renderer, where the previous
 * page's shutdown did the same. It asks for reduced motion (reduceMotion).
 */
export async function coldPage(
  browser: Browser,
  url: string,
  ready: string,
): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1200, height: 800 });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(`'${ready}' in window`);
  await new Promise((resolve) => setTimeout(resolve, 1_300));
  await reduceMotion(page);
  return { page, close: () => context.close() };
}

/**
 * Has the page ask for reduced motion, so that the loading pulse (a CSS animation) stands still.
 * The bench's frames are not held to a display rate (BENCH_FLAGS), so a running animation would
 * have the compositor draw frame after frame as fast as it can, and on two cores take most of the
 * time the main thread needs: the 20,000-actor feed was read in about 4.5 s instead of 0.5 s, and
 * the map's tasks ran two to five times their thread time. (On a real screen the pulse costs one
 * composite per display frame.) Nothing else measured changes: the map's drag and Ctrl + wheel zoom
 * are never animated, and its first fit neither. Holding the animations still through DevTools
 * instead was not reliable (a pulse paused as it started sometimes ran on in the compositor), and
 * slowing the whole timeline stops the clock requestAnimationFrame reports.
 */
export async function reduceMotion(page: Page): Promise<void> {
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
}

/** Closes the browser; one that does not answer within 10 s is killed. */
export async function shutdown(browser: Browser): Promise<void> {
  const process = browser.process();
  try {
    await within(browser.close(), 10_000, 'closing the browser');
  } catch {
    process?.kill('SIGKILL');
  }
}

/** A step that gave no answer in time (`within`). */
export class Timeout extends Error {}

/** `promise`, or a `Timeout` naming `what` after `ms`. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Timeout(`${what}: no answer within ${ms / 1000} s`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The bench's feeds in `dir`: the sample (about 3,200 actors), the stress feed (20,000) and the map's 2k. */
export function writeBenchFeeds(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'sample.json'), JSON.stringify(generateSample()));
  writeFileSync(join(dir, 'stress.json'), JSON.stringify(generateStress()));
  writeFileSync(join(dir, 'map-2k.json'), JSON.stringify(generateSample({ associations: 1250, othersPerType: 80 })));
}
