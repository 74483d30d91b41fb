/**
 * Fetches feeds: one request per distinct URL per page, however many elements ask (a module-level
 * map of in-flight and settled promises, as Shoelace's `include/request.ts`). Every failure is
 * classified; when a load fails and this browser kept an earlier good copy, that copy is served as
 * stale data together with the error.
 */
import { FeedError, FeedFormatError, isAbortError } from './errors.js';
import { announceReload, resolveFeedUrl } from './reload.js';

export { FeedError, isAbortError } from './errors.js';
export { onFeedReload, resolveFeedUrl } from './reload.js';
import { withPlaces } from './places.js';
import { reportIssues } from './report.js';
import { loadSavedFeed, saveFeed } from './store.js';
import type { FeedIssue, Network } from './types.js';

export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * What an element reads of a feed: `full` (every field, relations, places) or `counts` (the
 * actors' ids, types and names, the feed's types and stats: what a counter shows, with a reader of
 * half the size). A full read serves counts too.
 */
export type Reading = 'full' | 'counts';

export interface FeedResult {
  readonly url: string;
  readonly network: Network;
  /** When this copy was fetched (for a stale copy: when it was saved). */
  readonly loadedAt: Date;
  /** Set when the load failed and an earlier copy is shown instead. */
  readonly stale?: { readonly savedAt: Date; readonly error: FeedError };
}

export interface LoadOptions {
  /** Aborts this consumer's wait; the request itself stops when no consumer is left. */
  readonly signal?: AbortSignal;
  readonly timeout?: number;
  /** Fetch again (bypassing the HTTP cache's freshness), even if this page already has the feed. */
  readonly reload?: boolean;
  /** `full` unless said otherwise. */
  readonly reading?: Reading;
}

interface Entry {
  /** The response's text: one request, whatever is read from it. */
  readonly text: Promise<string>;
  readonly controller: AbortController;
  /** What was read from it, by reading. */
  readonly reads: { full?: Promise<FeedResult>; counts?: Promise<FeedResult> };
  /** The console lines already written about it: a full read after a counting one adds only what is new. */
  readonly said: Set<string>;
  saved: boolean;
  consumers: number;
  settled: boolean;
}

/**
 * One request per URL per page, even when two copies of the bundles meet on it (a theme loads the
 * classic script, a plugin the loader): the map lives on the page, under a shared symbol.
 */
const shared = globalThis as { [key: symbol]: Map<string, Entry> | undefined };
const KEY = Symbol.for('mf-widgets.feeds.v2');
const entries: Map<string, Entry> = (shared[KEY] ??= new Map<string, Entry>());

function abortError(): DOMException {
  return new DOMException('The feed load was aborted.', 'AbortError');
}

/** A reader: text → value, and value → network in slices (no long task). */
export interface Reader {
  readonly parseFeedText: (text: string) => unknown;
  readonly read: (input: unknown, options?: { url?: string }) => Promise<Network>;
}

/**
 * The readers (the feed schema and its rules) are the biggest part of the data layer: one loads
 * with the first feed, in parallel with the request, not with the element.
 */
const readers: { [R in Reading]?: Promise<Reader> } = {};
export function feedReader(reading: Reading = 'full'): Promise<Reader> {
  // A failed chunk load (offline, or a redeploy that renamed the chunks) is tried again next time.
  return (readers[reading] ??= (
    reading === 'counts'
      ? import('./count.js').then(({ parseFeedText, countFeedAsync }) => ({ parseFeedText, read: countFeedAsync }))
      : import('./normalise.js').then(({ parseFeedText, normaliseFeedAsync }) => ({
          parseFeedText,
          read: normaliseFeedAsync,
        }))
  ).catch((error: unknown) => {
    delete readers[reading];
    throw error;
  }));
}

/** Text → network, with whole-feed failures as `FeedError`s. Reads in slices (no long task). */
async function readFeed(text: string, url: string, reading: Reading): Promise<Network> {
  let reader: Reader;
  try {
    reader = await feedReader(reading);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new FeedError('network', url, `the widgets' code for reading feeds did not load (${detail})`);
  }
  try {
    const network = await reader.read(reader.parseFeedText(text), { url });
    return reading === 'full' ? await withPlaces(network) : network;
  } catch (error) {
    if (error instanceof FeedFormatError) throw new FeedError(error.reason, url, error.message);
    // Not the network's fault, even when it is a bug of ours: say so, with what happened.
    throw new FeedError(
      'schema',
      url,
      `the feed could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** Reports the issues not reported yet for this source (see `Entry.said`). */
function reportNew(said: Set<string>, source: string, issues: readonly FeedIssue[]): void {
  const fresh: FeedIssue[] = [];
  for (const issue of issues) {
    const line = `${issue.pointer} ${issue.message}`;
    if (said.has(line)) continue;
    said.add(line);
    fresh.push(issue);
  }
  reportIssues(source, fresh);
}

function start(url: string, options: LoadOptions): Entry {
  void feedReader(options.reading);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout ?? DEFAULT_TIMEOUT_MS);

  const load = async (): Promise<string> => {
    try {
      const response = await fetch(url, {
        signal: controller.signal,
        // Public data: no cookies, even for a feed on the page's own site.
        credentials: 'omit',
        ...(options.reload ? { cache: 'no-cache' as const } : {}),
      });
      if (!response.ok) {
        throw new FeedError('http', url, `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
      }
      return await response.text();
    } catch (error) {
      // Ours only when we aborted: Firefox rejects a body whose connection was reset with an
      // AbortError too, which is the network's failure, not a consumer leaving.
      if (isAbortError(error) && controller.signal.aborted && !timedOut) throw error;
      if (error instanceof FeedError) throw error;
      if (timedOut) throw new FeedError('timeout', url, `no answer within ${options.timeout ?? DEFAULT_TIMEOUT_MS} ms`);
      const detail = error instanceof Error ? error.message : String(error);
      throw new FeedError(
        'network',
        url,
        `the request failed (${detail}); offline, blocked by CORS, or a wrong address`,
      );
    } finally {
      clearTimeout(timer);
    }
  };

  const entry: Entry = {
    controller,
    reads: {},
    said: new Set(),
    saved: false,
    consumers: 0,
    settled: false,
    text: load().finally(() => {
      entry.settled = true;
    }),
  };
  // A consumer may never await (all aborted); the rejection is still handled.
  entry.text.catch(() => undefined);
  return entry;
}

/**
 * What `reading` makes of the entry's text, once per entry and reading (a full read, once asked
 * for, answers counts too). A failure falls back to the copy this browser kept, read the same way.
 */
function read(url: string, entry: Entry, reading: Reading): Promise<FeedResult> {
  const known = entry.reads.full ?? entry.reads[reading];
  if (known) return known;
  const result = entry.text
    .then(async (text): Promise<FeedResult> => {
      const network = await readFeed(text, url, reading);
      reportNew(entry.said, url, network.issues);
      if (!entry.saved) {
        entry.saved = true;
        saveFeed(url, text);
      }
      return { url, network, loadedAt: new Date() };
    })
    .catch(async (error: unknown) => {
      if (isAbortError(error)) throw error;
      const feedError =
        error instanceof FeedError
          ? error
          : new FeedError('network', url, error instanceof Error ? error.message : String(error));
      const line = `[mf-widgets] feed ${url}: ${feedError.reason}: ${feedError.message}`;
      if (!entry.said.has(line)) {
        entry.said.add(line);
        console.error(line);
      }
      const saved = await loadSavedFeed(url);
      if (saved) {
        try {
          const network = await readFeed(saved.text, url, reading);
          return { url, network, loadedAt: saved.savedAt, stale: { savedAt: saved.savedAt, error: feedError } };
        } catch {
          // The kept copy is unreadable too: report the original failure.
        }
      }
      throw feedError;
    });
  result.catch(() => undefined);
  entry.reads[reading] = result;
  return result;
}

/**
 * The feed at `src`. Every caller with the same absolute URL shares one request and one result,
 * failures included, until `reload` asks again.
 */
export function loadFeed(src: string, options: LoadOptions = {}): Promise<FeedResult> {
  let url: string;
  try {
    url = resolveFeedUrl(src);
  } catch {
    return Promise.reject(new FeedError('network', src, `not a valid URL: ${JSON.stringify(src)}`));
  }
  if (options.signal?.aborted) return Promise.reject(abortError());
  let entry = entries.get(url);
  if (!entry || options.reload) {
    entry = start(url, options);
    entries.set(url, entry);
    if (options.reload) announceReload(url);
  }
  return consume(url, entry, read(url, entry, options.reading ?? 'full'), options.signal);
}

function consume(
  url: string,
  entry: Entry,
  result: Promise<FeedResult>,
  signal: AbortSignal | undefined,
): Promise<FeedResult> {
  if (signal?.aborted) return Promise.reject(abortError());
  entry.consumers++;
  if (!signal) return result;
  return new Promise<FeedResult>((resolve, reject) => {
    const onAbort = (): void => {
      reject(abortError());
      entry.consumers--;
      // Nobody waits any more: stop the request and forget it, so the next caller starts afresh.
      if (entry.consumers === 0 && !entry.settled) {
        entry.controller.abort();
        if (entries.get(url) === entry) entries.delete(url);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    result.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Forgets every feed this page loaded (the browser's kept copies stay). */
export function clearFeedCache(): void {
  for (const entry of entries.values()) if (!entry.settled) entry.controller.abort();
  entries.clear();
}

const objectNetworks = new WeakMap<object, { full?: Promise<Network>; counts?: Promise<Network>; said: Set<string> }>();

/**
 * The network for a feed object set through the `feed` property. Frameworks may pass a reactive
 * proxy (Vue does): it is only read, never cloned or posted. Reported and read once per object
 * and reading.
 */
export function networkFromObject(feed: object, source: string, reading: Reading = 'full'): Promise<Network> {
  let reads = objectNetworks.get(feed);
  if (!reads) objectNetworks.set(feed, (reads = { said: new Set() }));
  const said = reads.said;
  return (
    reads.full ??
    reads[reading] ??
    (reads[reading] = feedReader(reading)
      .then(({ read: readInput }) => readInput(feed))
      .then((network) => (reading === 'full' ? withPlaces(network) : network))
      .then(
        (result) => {
          reportNew(said, source, result.issues);
          return result;
        },
        (error: unknown) => {
          throw error instanceof FeedFormatError ? new FeedError(error.reason, '', error.message) : error;
        },
      ))
  );
}
