/**
 * `npm run storybook:smoke` (CI): starts `storybook dev` as a designer does and opens one story of
 * each element and the theming page in Chromium. Each must render its widget with content and log
 * no error. (The static build compiles stories and the test suite runs them; only this catches a
 * dev server that serves them broken, as happened once.)
 */
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome } from './chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// A free port, and --exact-port: never a Storybook left running by someone else.
const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address() as AddressInfo;
    probe.close(() => resolve(free));
  });
});
const stories = [
  ['widgets-member-counter--associations', 'mf-member-counter'],
  ['widgets-actor-card--federation', 'mf-actor-card'],
  ['widgets-network-map--whole-network', 'mf-network-map'],
  ['widgets-actor-list--whole-network', 'mf-actor-list'],
  ['docs-theming--custom-tokens', 'mf-member-counter'],
] as const;

const server = spawn('npx', ['storybook', 'dev', '-p', String(port), '--exact-port', '--no-open', '--ci'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  detached: true,
});
let output = '';
server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
const stop = (): void => {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
};

const problems: string[] = [];
try {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${port}/index.json`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`storybook dev did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    for (const [id, tag] of stories) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        // Failed requests are reported with their URL below.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
          errors.push(message.text());
        if (message.text().includes('Multiple versions of Lit')) errors.push(message.text());
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && !response.url().endsWith('favicon.ico'))
          errors.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'load' });
      const rendered = await page
        .waitForFunction(
          (selector: string) => {
            const el = document.querySelector(selector);
            const text = el?.shadowRoot?.textContent?.trim() ?? '';
            return text.length > 0 && !el!.shadowRoot!.querySelector('[aria-busy="true"]');
          },
          { timeout: 30_000 },
          tag,
        )
        .then(
          () => true,
          () => false,
        );
      if (!rendered) problems.push(`${id}: <${tag}> did not render`);
      problems.push(...errors.map((error) => `${id}: ${error}`));
      console.log(`${rendered && errors.length === 0 ? 'ok  ' : 'FAIL'} ${id}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
} finally {
  stop();
}
if (problems.length > 0) {
  console.error(`Storybook dev: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Storybook dev: ${stories.length} stories render`);
process.exit(0);
