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
import type * as Normalise from './normalise.js';
import { withPlaces } from './places.js';
import { reportIssues } from './report.js';
import { loadSavedFeed, saveFeed } from './store.js';
import type { FailureReason, Network } from './types.js';

export const DEFAULT_TIMEOUT_MS = 15_000;

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
}

interface Entry {
  readonly promise: Promise<FeedResult>;
  readonly controller: AbortController;
  consumers: number;
  settled: boolean;
}

/**
 * One request per URL per page, even when two copies of the bundles meet on it (a theme loads the
 * classic script, a plugin the loader): the map lives on the page, under a shared symbol.
 */
const shared = globalThis as { [key: symbol]: Map<string, Entry> | undefined };
const KEY = Symbol.for('mf-widgets.feeds.v1');
const entries: Map<string, Entry> = (shared[KEY] ??= new Map<string, Entry>());

function abortError(): DOMException {
  return new DOMException('The feed load was aborted.', 'AbortError');
}

/**
 * The validator (the feed schema and its rules) is the biggest part of the data layer: it loads with
 * the first feed, in parallel with the request, not with the element.
 */
let reader: Promise<typeof Normalise> | undefined;
export function feedReader(): Promise<typeof Normalise> {
  // A failed chunk load (offline, or a redeploy that renamed the chunks) is tried again next time.
  reader ??= import('./normalise.js').catch((error: unknown) => {
    reader = undefined;
    throw error;
  });
  return reader;
}

/** Text → network, with whole-feed failures as `FeedError`s. Normalises in slices (no long task). */
export async function readFeed(text: string, url: string): Promise<Network> {
  const { normaliseFeedAsync, parseFeedText } = await feedReader();
  try {
    return await withPlaces(await normaliseFeedAsync(parseFeedText(text), { url }));
  } catch (error) {
    if (error instanceof FeedFormatError) throw new FeedError(error.reason, url, error.message);
    throw error;
  }
}

function start(url: string, options: LoadOptions): Entry {
  void feedReader();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout ?? DEFAULT_TIMEOUT_MS);

  const fail = (error: unknown, fallback: FailureReason): FeedError => {
    if (error instanceof FeedError) return error;
    if (timedOut) return new FeedError('timeout', url, `no answer within ${options.timeout ?? DEFAULT_TIMEOUT_MS} ms`);
    const detail = error instanceof Error ? error.message : String(error);
    return new FeedError(fallback, url, `the request failed (${detail}); offline, blocked by CORS, or a wrong address`);
  };

  const load = async (): Promise<FeedResult> => {
    let text: string;
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
      text = await response.text();
    } catch (error) {
      // Ours only when we aborted: Firefox rejects a body whose connection was reset with an
      // AbortError too, which is the network's failure, not a consumer leaving.
      if (isAbortError(error) && controller.signal.aborted && !timedOut) throw error;
      throw fail(error, 'network');
    }
    try {
      await feedReader();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new FeedError('network', url, `the widgets' code for reading feeds did not load (${detail})`);
    }
    let network: Network;
    try {
      network = await readFeed(text, url);
    } catch (error) {
      // Not the network's fault, even when it is a bug of ours: say so, with what happened.
      if (error instanceof FeedError) throw error;
      throw new FeedError(
        'schema',
        url,
        `the feed could not be read (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    reportIssues(url, network.issues);
    saveFeed(url, text);
    return { url, network, loadedAt: new Date() };
  };

  const entry: Entry = {
    controller,
    consumers: 0,
    settled: false,
    promise: load()
      .catch(async (error: unknown) => {
        if (isAbortError(error)) throw error;
        const feedError = fail(error, 'network');
        console.error(`[mf-widgets] feed ${url}: ${feedError.reason}: ${feedError.message}`);
        const saved = await loadSavedFeed(url);
        if (saved) {
          try {
            const network = await readFeed(saved.text, url);
            return { url, network, loadedAt: saved.savedAt, stale: { savedAt: saved.savedAt, error: feedError } };
          } catch {
            // The kept copy is unreadable too: report the original failure.
          }
        }
        throw feedError;
      })
      .finally(() => {
        clearTimeout(timer);
        entry.settled = true;
      }),
  };
  // A consumer may never await (all aborted); the rejection is still handled.
  entry.promise.catch(() => undefined);
  return entry;
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
  return consume(url, entry, options.signal);
}

function consume(url: string, entry: Entry, signal: AbortSignal | undefined): Promise<FeedResult> {
  if (signal?.aborted) return Promise.reject(abortError());
  entry.consumers++;
  if (!signal) return entry.promise;
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
    entry.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Forgets every feed this page loaded (the browser's kept copies stay). */
export function clearFeedCache(): void {
  for (const entry of entries.values()) if (!entry.settled) entry.controller.abort();
  entries.clear();
}

const objectNetworks = new WeakMap<object, Promise<Network>>();

/**
 * The network for a feed object set through the `feed` property. Frameworks may pass a reactive
 * proxy (Vue does): it is only read, never cloned or posted. Reported and normalised once per object.
 */
export function networkFromObject(feed: object, source: string): Promise<Network> {
  let network = objectNetworks.get(feed);
  if (!network) {
    network = feedReader()
      .then(({ normaliseFeedAsync }) => normaliseFeedAsync(feed))
      .then(withPlaces)
      .then(
        (result) => {
          reportIssues(source, result.issues);
          return result;
        },
        (error: unknown) => {
          throw error instanceof FeedFormatError ? new FeedError(error.reason, '', error.message) : error;
        },
      );
    objectNetworks.set(feed, network);
  }
  return network;
}
