/**
 * Runs in Chromium for `npm run bench`: reads a feed the way the widgets do and times each step.
 */
import { normaliseFeedAsync, parseFeedText } from '../../src/feed/normalise.js';

export interface Timing {
  parse: number;
  normalise: number;
  total: number;
  actors: number;
  /** The longest main-thread task seen during the read (the long-task API reports tasks over 50 ms). */
  longestTask: number;
}

async function once(text: string): Promise<Timing> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  const raw = parseFeedText(text);
  const t1 = performance.now();
  const network = await normaliseFeedAsync(raw);
  const t2 = performance.now();
  // Long-task entries arrive after the task: give them a moment.
  await new Promise((resolve) => setTimeout(resolve, 20));
  observer.disconnect();
  return {
    parse: t1 - t0,
    normalise: t2 - t1,
    total: t2 - t0,
    actors: network.actors.length,
    longestTask: Math.max(0, ...tasks),
  };
}

async function benchFeed(url: string, runs: number): Promise<Timing[]> {
  const text = await (await fetch(url)).text();
  await once(text); // warm-up: JIT and caches, as on a page where a second widget reads the feed
  const timings: Timing[] = [];
  for (let i = 0; i < runs; i++) timings.push(await once(text));
  return timings;
}

Object.assign(window, { benchFeed });
