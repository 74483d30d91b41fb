/**
 * The three engines as @web/test-runner browsers, each with what Debian provides and nothing
 * downloaded:
 *
 * - Chromium through puppeteer-core over CDP (@web/test-runner-chrome);
 * - Firefox ESR through the same launcher given puppeteer-core with `browser: 'firefox'`, over
 *   WebDriver BiDi. This is all @web/test-runner-puppeteer does, but that package depends on the
 *   full `puppeteer`, whose install step downloads a browser, and its 1.x needs Node 22;
 * - WebKitGTK's MiniBrowser through WebKitWebDriver (@web/test-runner-webdriver + webdriverio),
 *   in an Xvfb display started here on a free display number, with xsettingsd playing the
 *   desktop's settings (colour scheme, animations) that WebKitGTK reads.
 *
 * `engineCommands()` gives the tests the same few server commands in every engine
 * (test/helpers/browser.ts): media emulation, viewport size and device pixel ratio. The stock
 * commands of @web/test-runner-commands for the first two speak CDP or Playwright only.
 */
import { spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { INSTALL_HINTS, LABELS, findChrome, findFirefox, findWebKit } from './browsers.mjs';

/** What each engine shows before a test asks otherwise: light, with animations, 800 × 600 (Chromium's default). */
const DEFAULT_MEDIA = { colorScheme: 'light', reducedMotion: 'no-preference' };
const DEFAULT_VIEWPORT = { width: 800, height: 600 };

function missing(engine, what) {
  return new Error(
    `${LABELS[engine]} is not installed (${what}). Run \`node scripts/ensure-browsers.mjs --browsers ${engine}\`, or install:\n${INSTALL_HINTS[engine]}`,
  );
}

/** Polls `check` until it returns true, for up to `timeout` ms, then fails with `message`. */
async function until(check, message, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The page's own view of the media features, to know an emulation has taken effect. */
const MEDIA_PROBE = `return [matchMedia('(prefers-color-scheme: dark)').matches, matchMedia('(prefers-reduced-motion: reduce)').matches]`;
const mediaMatches = ([dark, reduce], media) =>
  dark === (media.colorScheme === 'dark') && reduce === (media.reducedMotion === 'reduce');

function chromium() {
  const executablePath = findChrome();
  if (!executablePath) throw missing('chromium', 'no chromium or chrome binary');
  const media = new WeakMap();
  return {
    name: 'chromium',
    launcher: chromeLauncher({
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
    async emulateMedia(session, payload) {
      const page = session.browser.getPage(session.id);
      // CDP replaces every emulated feature at once: keep the ones this call does not name.
      const next = { ...(media.get(page) ?? DEFAULT_MEDIA), ...payload };
      media.set(page, next);
      await page.emulateMediaFeatures([
        { name: 'prefers-color-scheme', value: next.colorScheme },
        { name: 'prefers-reduced-motion', value: next.reducedMotion },
      ]);
    },
    setViewport: puppeteerViewport,
    setPixelRatio: puppeteerPixelRatio,
  };
}

async function puppeteerViewport(session, { width, height }) {
  const page = session.browser.getPage(session.id);
  await page.setViewport({ width, height, deviceScaleFactor: page.viewport()?.deviceScaleFactor ?? 1 });
}

async function puppeteerPixelRatio(session, ratio) {
  const page = session.browser.getPage(session.id);
  const { width, height } = page.viewport() ?? DEFAULT_VIEWPORT;
  await page.setViewport({ width, height, deviceScaleFactor: ratio });
}

function firefox() {
  const executablePath = findFirefox();
  if (!executablePath) throw missing('firefox', 'no firefox-esr or firefox binary');
  // Firefox has the two media preferences as prefs, read live; WebDriver BiDi has no command for
  // them. With --remote-allow-system-access, BiDi may evaluate in the browser's own (chrome)
  // window, where Services.prefs sets them.
  const PREF_COLOR = 'layout.css.prefers-color-scheme.content-override'; // 0 dark, 1 light
  const PREF_MOTION = 'ui.prefersReducedMotion'; // 1 reduce, 0 no preference
  const prefs = (media) => ({
    [PREF_COLOR]: media.colorScheme === 'dark' ? 0 : 1,
    [PREF_MOTION]: media.reducedMotion === 'reduce' ? 1 : 0,
  });
  const state = { ...DEFAULT_MEDIA };
  let chromeContext;
  return {
    name: 'firefox',
    launcher: chromeLauncher({
      puppeteer,
      // Between two test files the runner sends the page to about:blank. Firefox on a loaded
      // machine has taken over puppeteer's 30 s for it after the first file (its cold start), and a
      // navigation cut off there left Firefox opening no page at all for the rest of the run.
      async createPage({ context }) {
        const page = await context.newPage();
        page.setDefaultNavigationTimeout(120_000);
        return page;
      },
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          ...prefs(DEFAULT_MEDIA),
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.reportingpolicy.firstRun': false,
        },
      },
    }),
    async emulateMedia(session, payload) {
      Object.assign(state, payload);
      const page = session.browser.getPage(session.id);
      const connection = page.browser().connection;
      if (!chromeContext) {
        const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
        chromeContext = result.contexts[0]?.context;
        if (!chromeContext) throw new Error('Firefox gave no chrome window to set media preferences in.');
      }
      const sets = Object.entries(prefs(state))
        .map(([name, value]) => `Services.prefs.setIntPref(${JSON.stringify(name)}, ${value});`)
        .join(' ');
      const { result } = await connection.send('script.evaluate', {
        expression: `${sets} true`,
        target: { context: chromeContext },
        awaitPromise: false,
      });
      if (result.type !== 'success')
        throw new Error(`Firefox refused the media preferences: ${JSON.stringify(result)}`);
      const probe = new Function(MEDIA_PROBE);
      await until(
        async () => mediaMatches(await page.evaluate(probe), state),
        `Firefox did not apply ${JSON.stringify(state)}`,
      );
    },
    setViewport: puppeteerViewport,
    setPixelRatio: puppeteerPixelRatio,
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `command` and resolves once `ready(output)` holds for what it printed on `stream`. */
function startProcess(command, args, { env, stdio, ready, stream, what }) {
  const child = spawn(command, args, { env, stdio });
  const done = new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start in 10 s:\n${output}`)), 10_000);
    child.on('error', (error) => reject(new Error(`${what} could not start: ${error.message}`)));
    child.on('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready:\n${output}`)));
    child.stdio[stream].on('data', (chunk) => {
      output += String(chunk);
      const value = ready(output);
      if (value !== undefined) {
        clearTimeout(timer);
        resolve(value);
      }
    });
  });
  return { child, done };
}

async function webkit() {
  const parts = findWebKit();
  if (parts.missing.length > 0) throw missing('webkit', `missing: ${parts.missing.join(', ')}`);
  const children = [];
  const dir = mkdtempSync(join(tmpdir(), 'mf-webkit-'));
  const stop = () => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => {
      console.error(`\nWebKit run stopped by ${signal}: Xvfb, xsettingsd and WebKitWebDriver ended.`);
      stop();
      process.exit(130);
    });

  // -displayfd: Xvfb picks a free display number itself and writes it to fd 3.
  const xvfb = startProcess(parts.xvfb, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    stream: 3,
    ready: (output) => (/^\d+\n/.test(output) ? `:${output.trim()}` : undefined),
    what: 'Xvfb',
  });
  children.push(xvfb.child);
  const display = await xvfb.done;
  xvfb.child.stdio[3].destroy();
  const env = { ...process.env, DISPLAY: display };
  delete env.WAYLAND_DISPLAY;

  const settings = join(dir, 'xsettingsd.conf');
  const writeSettings = (media) =>
    writeFileSync(
      settings,
      `Gtk/EnableAnimations ${media.reducedMotion === 'reduce' ? 0 : 1}\nNet/ThemeName "${media.colorScheme === 'dark' ? 'Adwaita-dark' : 'Adwaita'}"\n`,
    );
  writeSettings(DEFAULT_MEDIA);
  const xsettingsd = startProcess(parts.xsettingsd, ['-c', settings], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    stream: 2,
    ready: (output) => (output.includes('Took ownership') ? true : undefined),
    what: 'xsettingsd',
  });
  children.push(xsettingsd.child);
  await xsettingsd.done;

  const port = await freePort();
  const driver = startProcess(parts.driver, [`--port=${port}`, '--host=127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    stream: 1,
    ready: (output) => (output.length > 0 ? true : undefined),
    what: 'WebKitWebDriver',
  });
  children.push(driver.child);
  driver.done.catch(() => undefined);
  await until(
    () =>
      fetch(`http://127.0.0.1:${port}/status`).then(
        (response) => response.ok,
        () => false,
      ),
    `WebKitWebDriver did not answer on port ${port}`,
  );

  const state = { ...DEFAULT_MEDIA };
  const chrome = { width: 0, height: 0, measured: false };
  /** Sizes the window so that the page (not the window) is width × height. */
  async function resize(browser, { width, height }) {
    if (!chrome.measured) {
      const [innerWidth, innerHeight, outerWidth, outerHeight] = await browser.execute(
        'return [innerWidth, innerHeight, outerWidth, outerHeight]',
      );
      Object.assign(chrome, { width: outerWidth - innerWidth, height: outerHeight - innerHeight, measured: true });
    }
    await browser.setWindowRect(null, null, width + chrome.width, height + chrome.height);
    await until(async () => {
      const [w, h] = await browser.execute('return [innerWidth, innerHeight]');
      return w === width && h === height;
    }, `MiniBrowser's page did not become ${width} × ${height}`);
  }

  class WebKitLauncher extends WebdriverLauncher {
    async startSession(id, url) {
      // As the puppeteer launchers do: every test file starts at 800 × 600.
      await this.ensureManagerInitialized();
      await resize(this.driver, DEFAULT_VIEWPORT);
      return super.startSession(id, url);
    }
    async stop() {
      await super.stop();
      stop();
    }
  }

  return {
    name: 'webkit',
    launcher: new WebKitLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks WebDriver classic only: no BiDi session to ask for.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: parts.miniBrowser, args: ['--automation'] },
      },
    }),
    async emulateMedia(session, payload) {
      Object.assign(state, payload);
      writeSettings(state);
      xsettingsd.child.kill('SIGHUP');
      const browser = session.browser.driver;
      await until(
        async () => mediaMatches(await browser.execute(MEDIA_PROBE), state),
        `WebKitGTK did not apply ${JSON.stringify(state)} through xsettingsd`,
      );
    },
    async setViewport(session, size) {
      await resize(session.browser.driver, size);
    },
    setPixelRatio: undefined,
  };
}

/** The launcher and the commands for `engine`: chromium, firefox or webkit. */
export async function engineLauncher(engine) {
  if (engine === 'chromium') return chromium();
  if (engine === 'firefox') return firefox();
  if (engine === 'webkit') return webkit();
  throw new Error(`Unknown engine ${engine}`);
}

/**
 * Server commands the tests use through test/helpers/browser.ts, the same in every engine:
 * `mf-send-keys` ({ type } or { press }),
 * `mf-emulate-media` ({ colorScheme?, reducedMotion? }, applied before it returns),
 * `mf-set-viewport` ({ width, height } of the page) and `set-pixel-ratio` ({ ratio }).
 */
export function engineCommands(engine) {
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'mf-engine') return engine.name;
      if (command === 'mf-emulate-media') {
        await engine.emulateMedia(session, payload);
        return true;
      }
      if (command === 'mf-send-keys') {
        if (session.browser.type === 'webdriver') {
          // webdriverio's keys() presses a whole string's keys down, then lets them all up: a
          // doubled letter ("ss") is typed once. One key at a time, as a person types.
          const keys = payload.type !== undefined ? [...payload.type] : [payload.press];
          for (const key of keys) await session.browser.sendKeys(session.id, [key]);
        } else {
          const page = session.browser.getPage(session.id);
          if (payload.type !== undefined) await page.keyboard.type(payload.type);
          // puppeteer over BiDi (Firefox) knows the space bar as ' ' only, not by its code name.
          else await page.keyboard.press(engine.name === 'firefox' && payload.press === 'Space' ? ' ' : payload.press);
        }
        return true;
      }
      if (command === 'mf-set-viewport') {
        await engine.setViewport(session, payload);
        return true;
      }
      if (command === 'set-pixel-ratio') {
        if (!engine.setPixelRatio)
          throw new Error(`set-pixel-ratio: ${LABELS[engine.name]} cannot change it while running.`);
        await engine.setPixelRatio(session, payload.ratio);
        return true;
      }
      return undefined;
    },
  };
}
