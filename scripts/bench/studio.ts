/**
 * The feed studio as the staff use it: the built demo (dist-demo/), the sample network as a CSV and
 * an XLSX picked in the file input, timed from the pick to the preview's four elements showing the
 * result, with the longest task on the page meanwhile (the builder runs in a worker).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ElementHandle } from 'puppeteer-core';
import { normaliseFeed } from '../../src/feed/normalise.js';
import { generateSample } from '../../src/mocks/sample.js';
import { toCsv, toSheet, toXlsx } from '../../src/sheet/export.js';
import { makeLookups } from '../../src/sheet/lookups.js';
import { serveFiles } from './setup.js';

export async function benchStudio(root: string, out: string, browser: Browser): Promise<void> {
  execFileSync('npm', ['run', 'build:demo', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const site = join(root, 'dist-demo');
  const dir = join(out, 'studio');
  mkdirSync(dir, { recursive: true });
  const sheet = toSheet(normaliseFeed(generateSample()), await makeLookups());
  const files = { csv: join(dir, 'netwerk.csv'), xlsx: join(dir, 'netwerk.xlsx') };
  writeFileSync(files.csv, toCsv(sheet.actors));
  writeFileSync(files.xlsx, toXlsx(sheet));

  const server = await serveFiles({ mounts: [{ prefix: '/', dir: site }] });
  console.log(
    `\nFeed studio (dist-demo/studio.html), the sample's ${sheet.actors.length - 1} actors: pick → preview drawn (ms; target ≤ 1500) and the page's longest task (target ≤ 200)`,
  );
  try {
    for (const [format, file] of Object.entries(files)) {
      for (const run of ['first', 'again']) {
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        await page.evaluateOnNewDocument(() => {
          const w = window as unknown as { __tasks: Array<[number, number]> };
          w.__tasks = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) w.__tasks.push([entry.startTime, entry.duration]);
          }).observe({ type: 'longtask', buffered: true });
        });
        await page.goto(`${server.origin}/studio.html`, { waitUntil: 'networkidle0' });
        const input = (await page.waitForSelector('#sheet-file')) as ElementHandle<HTMLInputElement> | null;
        // "again": a second pick in the same page, with the worker and its chunks already there.
        if (run === 'again') {
          await input!.uploadFile(file);
          await page.waitForFunction(
            () =>
              document.querySelector('mf-actor-list') &&
              !document.querySelector('.status')?.textContent?.includes('Bezig'),
            { timeout: 30_000 },
          );
        }
        const start = await page.evaluate(() => performance.now());
        await input!.uploadFile(file);
        // Done when the status no longer says "reading" and the preview shows the result.
        // No named helper inside: tsx would wrap it in a __name() call that the page does not have.
        await page.waitForFunction(
          () =>
            !(document.querySelector('.status')?.textContent ?? '').includes('Bezig') &&
            (document.querySelector('mf-member-counter')?.shadowRoot?.textContent ?? '').includes('verenigingen') &&
            (document.querySelector('mf-actor-list')?.shadowRoot?.textContent ?? '').includes('actoren') &&
            (document.querySelector('mf-network-map')?.shadowRoot?.textContent ?? '').includes('Netwerkkaart'),
          { timeout: 60_000, polling: 50 },
        );
        const end = await page.evaluate(() => performance.now());
        const longest = await page.evaluate(
          (from: number) =>
            Math.max(
              0,
              ...(window as unknown as { __tasks: Array<[number, number]> }).__tasks
                .filter(([at]) => at >= from)
                .map(([, duration]) => duration),
            ),
          start,
        );
        console.log(
          `${`${format}, ${run} pick`.padEnd(20)}${(end - start).toFixed(0).padStart(8)}${longest.toFixed(0).padStart(10)}`,
        );
        await page.close();
      }
    }
  } finally {
    server.close();
  }
}
