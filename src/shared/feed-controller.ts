import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, FeedFormatError, isAbortError, isFeedError } from '../feed/errors.js';
import type * as Loader from '../feed/loader.js';
import type { Reading } from '../feed/loader.js';
import { onFeedReload, resolveFeedUrl } from '../feed/reload.js';
import type { Network } from '../feed/types.js';
import { emit } from './events.js';
import { loadStates } from './states-loader.js';

/** The loader and the validator come with the first feed, not with the element. */
const loader = (): Promise<typeof Loader> => import('../feed/loader.js');

/** What an element shows, derived from its `src` / `feed` and the load. */
export type FeedState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly network: Network;
      readonly url?: string;
      /** When this copy was fetched (for a stale copy: when it was first fetched). */
      readonly loadedAt: Date;
      readonly stale?: { readonly savedAt: Date; readonly error: FeedError };
      /** A refresh is under way; the data stays on screen meanwhile. */
      readonly refreshing?: boolean;
    }
  | { readonly status: 'error'; readonly error: FeedError };

export interface FeedSource {
  src?: string | undefined;
  feed?: unknown;
}

type Host = ReactiveControllerHost & HTMLElement & FeedSource;

/**
 * Gives its host the feed named by `src` (fetched through the shared loader) or set as `feed`,
 * fires `mf-load` / `mf-error`, and offers `retry()`. A retry in one element refreshes every
 * element on the page that shows the same URL. A change of `src` or `feed` aborts the load in
 * flight (its request stops when no other element waits for it).
 *
 * (It does what `@lit/task` would, in a third of the bytes: the counter's budget is 10 KB.)
 */
export class FeedController implements ReactiveController {
  state: FeedState = { status: 'idle' };
  #source?: { src: string | undefined; feed: unknown };
  #abort?: AbortController;
  #reloadNext = false;
  /** This element started the reload that is being announced: it already waits for it. */
  #ownReload = false;
  #stopListening?: () => void;

  readonly #host: Host;
  readonly #reading: Reading;

  /** `reading`: what the host shows of the feed; `counts` loads the smaller counting reader (see loader.ts). */
  constructor(host: Host, reading: Reading = 'full') {
    this.#host = host;
    this.#reading = reading;
    host.addController(this);
  }

  hostConnected(): void {
    this.#stopListening = onFeedReload((url) => {
      const src = this.#host.src;
      if (this.#host.feed != null || !src || this.#ownReload) return;
      let mine: string;
      try {
        mine = resolveFeedUrl(src);
      } catch {
        return;
      }
      if (mine === url) this.#run(true);
    });
    // Reconnected after a removal (a framework moved it): pick up where it was, a refresh included.
    if (this.#source && this.state.status === 'loading') this.#run();
    else if (this.state.status === 'ready' && this.state.refreshing) {
      this.#reloadNext = true;
      this.#run(true);
    }
  }

  hostDisconnected(): void {
    this.#stopListening?.();
    this.#abort?.abort();
  }

  hostUpdate(): void {
    const { src, feed } = this.#host;
    if (this.#source && this.#source.src === src && this.#source.feed === feed) return;
    this.#source = { src, feed };
    this.#run();
  }

  /** The network when there is one to show (fresh or stale). */
  get network(): Network | undefined {
    return this.state.status === 'ready' ? this.state.network : undefined;
  }

  /** Loads again from the network (not from this page's cache) and refreshes every element on that URL. */
  retry(): void {
    this.#reloadNext = true;
    this.#run(true);
  }

  #set(state: FeedState): void {
    this.state = state;
    this.#host.requestUpdate();
  }

  /** `refresh`: the same source again; what is on screen stays there until something better arrives. */
  #run(refresh = false): void {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const reload = this.#reloadNext;
    this.#reloadNext = false;
    this.#ownReload = reload;
    const { src, feed } = this.#host;
    if ((feed === undefined || feed === null) && (src === undefined || src.trim() === '')) {
      this.#set({ status: 'idle' });
      return;
    }
    const shown = refresh && this.state.status === 'ready' ? this.state : undefined;
    this.#set(shown ? { ...shown, refreshing: true } : { status: 'loading' });
    const load: Promise<{
      network: Network;
      loadedAt: Date;
      url?: string;
      stale?: { savedAt: Date; error: FeedError };
    }> =
      feed !== undefined && feed !== null
        ? this.#fromObject(feed).then((network) => ({ network, loadedAt: new Date() }))
        : loader().then(({ loadFeed }) => {
            try {
              return loadFeed(src!, { signal: abort.signal, reload, reading: this.#reading });
            } finally {
              this.#ownReload = false;
            }
          });
    load.then(
      async (result) => {
        if (abort.signal.aborted) return;
        const { url, stale } = result;
        // The stale note's text comes with the error states, loaded only now (states.ts).
        if (stale) await loadStates();
        if (abort.signal.aborted) return;
        if (shown && stale && shown.loadedAt.getTime() >= result.loadedAt.getTime()) {
          // Nothing newer than what is on screen: keep the very same network (the map keeps its
          // layout and camera, the list its scroll), only the note changes.
          this.#keepStale(shown, stale.error);
          return;
        }
        this.#set({
          status: 'ready',
          network: result.network,
          loadedAt: result.loadedAt,
          ...(url ? { url } : {}),
          ...(stale ? { stale } : {}),
        });
        if (stale) this.#emitStale(stale.error, result.network);
        else emit(this.#host, 'mf-load', { ...(url ? { url } : {}), actors: result.network.actors.length });
      },
      async (error: unknown) => {
        if (abort.signal.aborted || isAbortError(error)) return;
        const feedError = this.#asFeedError(error);
        await loadStates();
        if (abort.signal.aborted) return;
        // A refresh that fails never takes away what was shown: it stays, as a stale copy.
        if (shown) {
          this.#keepStale(shown, feedError);
          return;
        }
        this.#set({ status: 'error', error: feedError });
        emit(this.#host, 'mf-error', {
          ...(feedError.url ? { url: feedError.url } : {}),
          reason: feedError.reason,
          message: feedError.message,
        });
      },
    );
  }

  #keepStale(shown: Extract<FeedState, { status: 'ready' }>, error: FeedError): void {
    this.#set({ ...shown, refreshing: false, stale: { savedAt: shown.loadedAt, error } });
    this.#emitStale(error, shown.network);
  }

  /** A copy shown in place of a failed load: `mf-error` says why, `mf-load` that data is shown (both `stale`). */
  #emitStale(error: FeedError, network: Network): void {
    const url = error.url ? { url: error.url } : {};
    emit(this.#host, 'mf-error', { ...url, reason: error.reason, message: error.message, stale: true });
    emit(this.#host, 'mf-load', { ...url, actors: network.actors.length, stale: true });
  }

  async #fromObject(feed: unknown): Promise<Network> {
    const source = `<${this.#host.localName}>.feed`;
    try {
      const { feedReader, networkFromObject } = await loader();
      const value = typeof feed === 'string' ? (await feedReader(this.#reading)).parseFeedText(feed) : feed;
      if (typeof value !== 'object' || value === null) {
        throw new FeedError('schema', '', `the feed property must be a feed object (got ${typeof value})`);
      }
      return await networkFromObject(value, source, this.#reading);
    } catch (error) {
      const feedError =
        error instanceof FeedFormatError ? new FeedError(error.reason, '', error.message) : this.#asFeedError(error);
      console.error(`[mf-widgets] ${source}: ${feedError.reason}: ${feedError.message}`);
      throw feedError;
    }
  }

  #asFeedError(error: unknown): FeedError {
    if (isFeedError(error)) return error;
    // Not a feed problem but a bug of ours: still no exception into the host page.
    console.error('[mf-widgets] unexpected error while reading the feed', error);
    return new FeedError('schema', '', error instanceof Error ? error.message : String(error));
  }
}
