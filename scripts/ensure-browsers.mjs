/**
 * Run before the browser tests: makes sure a Chrome or Chromium is there. On Debian or Ubuntu as
 * root it installs Debian's `chromium` with apt; elsewhere it says exactly what to install.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from './chrome.mjs';

const found = findChrome();
if (found) {
  console.log(`Browser tests use ${found}`);
  process.exit(0);
}
if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but that is not an executable file.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("No Chrome or Chromium found: installing Debian's chromium (apt-get install chromium)…");
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
      shell: '/bin/sh',
    });
  } catch {
    console.error('apt-get could not install chromium.');
  }
  const installed = findChrome();
  if (installed) {
    console.log(`Browser tests use ${installed}`);
    process.exit(0);
  }
}

console.error(`The browser tests need Chrome or Chromium, and none was found.
Install one of:
  Debian/Ubuntu:  sudo apt-get install chromium      (Ubuntu: chromium-browser)
  Fedora:         sudo dnf install chromium
  macOS:          brew install --cask chromium        (or install Google Chrome)
or point CHROME_PATH at an installed Chrome/Chromium binary:
  CHROME_PATH=/path/to/chrome npm test`);
process.exit(1);
