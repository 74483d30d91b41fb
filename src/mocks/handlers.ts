/**
 * MSW handlers for every feed state, shared by the tests (`@web/test-runner`), Storybook
 * (`msw-storybook-addon`) and the demo. URLs live under `/mock-feeds/`.
 */
import { delay, http, HttpResponse } from 'msw';
import { generateStress } from './sample.js';
import { hostileFeed, partlyBrokenFeed, sampleFeed, smallFeed } from './feeds.js';
import { resolveFeedUrl } from '../feed/reload.js';
import { saveFeed } from '../feed/store.js';

export const FEEDS = {
  sample: '/mock-feeds/sample.json',
  small: '/mock-feeds/small.json',
  slow: '/mock-feeds/slow.json',
  hanging: '/mock-feeds/hanging.json',
  missing: '/mock-feeds/missing.json',
  serverError: '/mock-feeds/server-error.json',
  notJson: '/mock-feeds/not-json.json',
  wrongShape: '/mock-feeds/wrong-shape.json',
  empty: '/mock-feeds/empty.json',
  partlyBroken: '/mock-feeds/partly-broken.json',
  hostile: '/mock-feeds/hostile.json',
  stress: '/mock-feeds/stress.json',
  /** Down (503), with a copy from three hours ago in this browser once `keepStaleCopy()` ran. */
  stale: '/mock-feeds/stale-copy.json',
} as const;

/**
 * Puts a copy of the sample feed, three hours old, in this browser's storage for `FEEDS.stale`:
 * the widgets then show it with its age (a Storybook loader calls this before the story).
 */
export function keepStaleCopy(): void {
  saveFeed(resolveFeedUrl(FEEDS.stale), JSON.stringify(sampleFeed()), new Date(Date.now() - 3 * 3_600_000));
}

let stress: ReturnType<typeof generateStress> | undefined;

export const handlers = [
  http.get(FEEDS.sample, () => HttpResponse.json(sampleFeed())),
  http.get(FEEDS.small, () => HttpResponse.json(smallFeed())),
  http.get(FEEDS.slow, async ({ request }) => {
    await delay(Number(new URL(request.url).searchParams.get('ms') ?? 1500));
    return HttpResponse.json(smallFeed());
  }),
  http.get(FEEDS.hanging, async () => {
    await delay('infinite');
    return HttpResponse.json(smallFeed());
  }),
  http.get(FEEDS.missing, () => new HttpResponse('Not Found', { status: 404, statusText: 'Not Found' })),
  http.get(
    FEEDS.serverError,
    () => new HttpResponse('Internal Server Error', { status: 500, statusText: 'Internal Server Error' }),
  ),
  http.get(FEEDS.notJson, () =>
    HttpResponse.html('<!doctype html><title>Oops</title><p>This is a web page, not a feed.</p>'),
  ),
  http.get(FEEDS.wrongShape, () => HttpResponse.json({ version: 1, members: [{ id: 'a' }] })),
  http.get(FEEDS.empty, () => HttpResponse.json({ version: 1, actors: [] })),
  http.get(FEEDS.partlyBroken, () => HttpResponse.json(partlyBrokenFeed())),
  http.get(FEEDS.hostile, () => HttpResponse.json(hostileFeed())),
  http.get(FEEDS.stale, () => new HttpResponse('Service Unavailable', { status: 503 })),
  http.get(FEEDS.stress, () => {
    stress ??= generateStress();
    return HttpResponse.json(stress);
  }),
];
