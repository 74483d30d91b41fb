/**
 * The three engines the browser tests run in, found where Debian (and macOS for Chrome) puts them.
 * Nothing here downloads a browser: what is missing is installed by scripts/ensure-browsers.mjs
 * with apt-get, or named so that someone can install it.
 */
import { accessSync, constants } from 'node:fs';
import { findChrome } from './chrome.mjs';

export { findChrome };

/** Engine names as `--browsers` takes them, in the order `npm test` runs them. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** What an engine is called in messages. */
export const LABELS = { chromium: 'Chromium', firefox: 'Firefox ESR', webkit: 'WebKit (WebKitGTK MiniBrowser)' };

/** The Debian packages that provide each engine (installed with --no-install-recommends). */
export const DEBIAN_PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'xsettingsd'],
};

/** The variables that point at an engine installed elsewhere. */
export const ENV_PATHS = {
  chromium: ['CHROME_PATH'],
  firefox: ['FIREFOX_PATH'],
  webkit: ['WEBKIT_WEBDRIVER_PATH', 'WEBKIT_MINIBROWSER_PATH'],
};

/** How to install each engine where apt-get cannot be run by this script. */
export const INSTALL_HINTS = {
  chromium: `  Debian/Ubuntu:  sudo apt-get install chromium      (Ubuntu: chromium-browser)
  Fedora:         sudo dnf install chromium
  macOS:          brew install --cask chromium        (or install Google Chrome)
  or point CHROME_PATH at an installed Chrome/Chromium binary`,
  firefox: `  Debian/Ubuntu:  sudo apt-get install --no-install-recommends firefox-esr   (Ubuntu: firefox from Mozilla's apt repository, not the snap)
  Fedora:         sudo dnf install firefox
  or point FIREFOX_PATH at an installed Firefox (115 or newer: it is driven over WebDriver BiDi)`,
  webkit: `  Debian/Ubuntu:  sudo apt-get install --no-install-recommends webkit2gtk-driver xvfb xsettingsd
  Fedora:         sudo dnf install webkit2gtk4.1 xorg-x11-server-Xvfb xsettingsd
  (WebKitWebDriver drives WebKitGTK's MiniBrowser inside an Xvfb display; xsettingsd switches its
  colour scheme and reduced motion the way a desktop does. Safari on macOS is not driven here.)`,
};

function executable(path) {
  if (!path) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function firstExecutable(paths) {
  return paths.find(executable);
}

/** Firefox (ESR or release): `FIREFOX_PATH` wins. */
export function findFirefox() {
  if (process.env.FIREFOX_PATH) return executable(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : undefined;
  return firstExecutable([
    '/usr/bin/firefox-esr',
    '/usr/lib/firefox-esr/firefox-esr',
    '/usr/bin/firefox',
    '/usr/lib/firefox/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ]);
}

/**
 * WebKitGTK: its WebDriver, the MiniBrowser it drives, the Xvfb it runs in and the xsettingsd that
 * plays the desktop's settings. Returns what was found and the names of the parts that were not.
 */
export function findWebKit() {
  const parts = {
    driver:
      process.env.WEBKIT_WEBDRIVER_PATH ??
      firstExecutable(['/usr/bin/WebKitWebDriver', '/usr/libexec/webkit2gtk-4.1/WebKitWebDriver']),
    miniBrowser:
      process.env.WEBKIT_MINIBROWSER_PATH ??
      firstExecutable([
        '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
      ]),
    xvfb: firstExecutable(['/usr/bin/Xvfb']),
    xsettingsd: firstExecutable(['/usr/bin/xsettingsd']),
  };
  const missing = Object.entries(parts)
    .filter(([, path]) => !executable(path))
    .map(([name]) => name);
  return { ...parts, missing };
}

/** The path (or, for WebKit, the MiniBrowser) each engine will run, or undefined when it is missing. */
export function findEngine(engine) {
  if (engine === 'chromium') return findChrome();
  if (engine === 'firefox') return findFirefox();
  if (engine === 'webkit') {
    const webkit = findWebKit();
    return webkit.missing.length === 0 ? webkit.miniBrowser : undefined;
  }
  throw new Error(`Unknown engine "${engine}": use one of ${ENGINES.join(', ')}.`);
}

/**
 * The engines asked for on a command line (`--browsers firefox,webkit` or `--browsers firefox webkit`,
 * or MF_BROWSERS), and the other arguments. Every engine when none is named.
 */
export function parseBrowsers(argv, env = process.env) {
  const rest = [];
  let names;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--browsers' || arg === '--browser') {
      names = [];
      while (i + 1 < argv.length && !argv[i + 1].startsWith('-') && ENGINES.includes(argv[i + 1].split(',')[0])) {
        names.push(...argv[++i].split(','));
      }
    } else if (arg.startsWith('--browsers=') || arg.startsWith('--browser=')) {
      names = arg.slice(arg.indexOf('=') + 1).split(',');
    } else rest.push(arg);
  }
  names ??= env.MF_BROWSERS ? env.MF_BROWSERS.split(',') : ENGINES;
  names = names.map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(`Unknown browser ${unknown.join(', ') || '(none)'}: --browsers takes ${ENGINES.join(', ')}.`);
  }
  return { engines: [...new Set(names)], rest };
}
