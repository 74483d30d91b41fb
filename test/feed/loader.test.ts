import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { clearFeedCache, FeedError, isAbortError, loadFeed, type FeedResult } from '../../src/feed/loader.js';
import { loadSavedFeed, saveFeed } from '../../src/feed/store.js';
import { FEEDS } from '../../src/mocks/handlers.js';
import { smallFeed } from '../../src/mocks/feeds.js';
import { gate, recordRequests, resetFeeds, startMocks, worker } from '../helpers/msw.js';
import { consoleOf } from '../helpers/console.js';
import { waitFor } from '../helpers/wait.js';

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('feed loader', () => {
  before(startMocks);
  beforeEach(resetFeeds);

  it('makes one request for 20 consumers of one URL', async () => {
    const recorder = recordRequests();
    const results = await Promise.all(Array.from({ length: 20 }, () => loadFeed(FEEDS.small)));
    recorder.stop();
    expect(recorder.urls.filter((url) => url.endsWith(FEEDS.small))).to.have.length(1);
    expect(new Set(results.map((r) => r.network)).size).to.equal(1);
    expect(results[0]?.network.actors.length).to.equal(smallFeed().actors.length);
  });

  it('treats relative and absolute spellings of one URL as one feed', async () => {
    const recorder = recordRequests();
    await Promise.all([
      loadFeed(FEEDS.small),
      loadFeed(new URL(FEEDS.small, location.href).href),
      loadFeed(`.${FEEDS.small}`),
    ]);
    recorder.stop();
    expect(recorder.urls).to.have.length(1);
  });

  it('classifies each failure', async () => {
    expect((await failure(loadFeed(FEEDS.missing))).reason).to.equal('http');
    expect((await failure(loadFeed(FEEDS.missing))).status).to.equal(404);
    expect((await failure(loadFeed(FEEDS.serverError))).reason).to.equal('http');
    expect((await failure(loadFeed(FEEDS.notJson))).reason).to.equal('parse');
    expect((await failure(loadFeed(FEEDS.wrongShape))).reason).to.equal('schema');
    worker.use(http.get('/mock-feeds/offline.json', () => HttpResponse.error()));
    expect((await failure(loadFeed('/mock-feeds/offline.json'))).reason).to.equal('network');
  });

  it('times out', async () => {
    const error = await failure(loadFeed(FEEDS.hanging, { timeout: 150 }));
    expect(error.reason).to.equal('timeout');
    expect(error.message).to.contain('150 ms');
  });

  it('lets a consumer abort without failing the others', async () => {
    const recorder = recordRequests();
    const controller = new AbortController();
    const url = `${FEEDS.slow}?ms=200`;
    const aborted = loadFeed(url, { signal: controller.signal });
    const kept = loadFeed(url);
    controller.abort();
    let abortName = '';
    await aborted.catch((error: DOMException) => (abortName = error.name));
    expect(abortName).to.equal('AbortError');
    expect((await kept).network.actors.length).to.be.greaterThan(0);
    recorder.stop();
    expect(recorder.urls).to.have.length(1);
  });

  it('retries with a new request', async () => {
    let calls = 0;
    worker.use(
      http.get('/mock-feeds/flaky.json', () => {
        calls++;
        return calls === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(smallFeed());
      }),
    );
    expect((await failure(loadFeed('/mock-feeds/flaky.json'))).reason).to.equal('http');
    // Without reload the page's answer stands; with reload it asks again.
    expect((await failure(loadFeed('/mock-feeds/flaky.json'))).status).to.equal(503);
    const result = await loadFeed('/mock-feeds/flaky.json', { reload: true });
    expect(calls).to.equal(2);
    expect(result.network.actors.length).to.equal(smallFeed().actors.length);
  });

  it('serves the last good copy, with its age, when a later load fails (across a reload)', async () => {
    const url = '/mock-feeds/sometimes.json';
    worker.use(http.get(url, () => HttpResponse.json(smallFeed())));
    await loadFeed(url);
    expect((await loadSavedFeed(new URL(url, location.href).href))?.text).to.contain('Federatie Atlas');

    // A new page visit: nothing in memory, the browser's copy remains; the server is down.
    clearFeedCache();
    worker.use(http.get(url, () => new HttpResponse(null, { status: 500 })));
    const result: FeedResult = await loadFeed(url);
    expect(result.stale?.error.reason).to.equal('http');
    expect(Date.now() - (result.stale?.savedAt.getTime() ?? 0)).to.be.lessThan(60_000);
    expect(result.network.byId.get('fed-01')?.name).to.equal('Federatie Atlas');
  });

  it('keeps working when storage is full or disabled; a copy that does not fit goes to IndexedDB', async () => {
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem');
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(saveFeed('https://x.example/full.json', '{"actors":[]}')).to.equal(false);
      const result = await loadFeed(FEEDS.small);
      expect(result.network.actors.length).to.be.greaterThan(0);
    } finally {
      if (original) Object.defineProperty(Storage.prototype, 'setItem', original);
    }
    await waitFor(async () => (await loadSavedFeed('https://x.example/full.json'))?.text === '{"actors":[]}');
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      clearFeedCache();
      expect(saveFeed('https://x.example/feed.json', '{}')).to.equal(false);
      expect(await loadSavedFeed('https://x.example/none.json')).to.equal(undefined);
      expect((await loadFeed(FEEDS.small)).network.actors.length).to.be.greaterThan(0);
    } finally {
      if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
    }
  });

  it('reports a partly broken feed once, grouped, with pointers', async () => {
    const { warn: lines, groupCollapsed: groups } = await consoleOf(['warn', 'groupCollapsed'], () =>
      Promise.all([loadFeed(FEEDS.partlyBroken), loadFeed(FEEDS.partlyBroken)]),
    );
    expect(groups).to.have.length(1);
    expect(groups[0]).to.contain('partly-broken.json');
    expect(lines).to.include('/actors/8/type: unknown type "spaceship"; skipped');
  });

  it('counts and a full read of one URL share one request; a full read, once there, answers counts too', async () => {
    const recorder = recordRequests();
    const counts = await loadFeed(FEEDS.small, { reading: 'counts' });
    const full = await loadFeed(FEEDS.small);
    const later = await loadFeed(FEEDS.small, { reading: 'counts' });
    recorder.stop();
    expect(recorder.urls.filter((url) => url.endsWith(FEEDS.small))).to.have.length(1);
    // The counting read keeps the very actors of the full one, with their types and the feed's figures.
    expect(counts.network.actors.map((a) => [a.id, a.type])).to.deep.equal(
      full.network.actors.map((a) => [a.id, a.type]),
    );
    expect([...counts.network.countsByType]).to.deep.equal([...full.network.countsByType]);
    expect([...counts.network.stats]).to.deep.equal([...full.network.stats]);
    // …and nothing a card would need: no links, no members.
    expect(full.network.links.length).to.be.greaterThan(0);
    expect(counts.network.links).to.deep.equal([]);
    expect(later.network).to.equal(full.network);
  });

  it('a full read after a counting one reports only what it adds', async () => {
    const { warn: lines, groupCollapsed: groups } = await consoleOf(['warn', 'groupCollapsed'], async () => {
      await loadFeed(FEEDS.partlyBroken, { reading: 'counts' });
      await loadFeed(FEEDS.partlyBroken);
    });
    expect(lines.filter((line) => line === '/actors/8/type: unknown type "spaceship"; skipped')).to.have.length(1);
    // The counting reader does not check a website; the full one does, and says so in a second group.
    expect(groups).to.have.length(2);
    expect(lines.some((line) => /website|logo|social/.test(line))).to.equal(true);
  });

  it('is not confused by slow responses to an old URL', async () => {
    const late = gate();
    worker.use(
      http.get('/mock-feeds/late.json', async () => {
        await late.hold();
        return HttpResponse.json({ version: 1, actors: [{ id: 'late', type: 'expert', name: 'Laat' }] });
      }),
    );
    // One consumer asks for the old URL and moves on to the new one; another keeps waiting for the old.
    const moved = new AbortController();
    const abandoned = loadFeed('/mock-feeds/late.json', { signal: moved.signal }).then(
      () => 'loaded',
      (error: unknown) => (isAbortError(error) ? 'aborted' : error),
    );
    const waiting = loadFeed('/mock-feeds/late.json');
    await late.arrived;
    moved.abort();
    const current = await loadFeed(FEEDS.small);
    // The old URL's response comes last.
    late.release();
    const old = await waiting;
    expect(await abandoned).to.equal('aborted');
    expect(current.url).to.match(/small\.json$/);
    expect(current.network.actors.map((a) => a.id)).to.deep.equal(smallFeed().actors.map((a) => a.id));
    expect(old.url).to.match(/late\.json$/);
    expect(old.network.actors.map((a) => a.id)).to.deep.equal(['late']);
    // Arriving last, it did not take the new URL's place.
    expect((await loadFeed(FEEDS.small)).network).to.equal(current.network);
  });
});
