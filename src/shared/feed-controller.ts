import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, isAbortError, loadFeed, networkFromObject, onFeedReload, resolveFeedUrl } from '../feed/loader.js';
import { parseFeedText, FeedFormatError } from '../feed/normalise.js';
import type { Network } from '../feed/types.js';
import { emit } from './events.js';

/** What an element shows, derived from its `src` / `feed` and the load. */
export type FeedState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly network: Network;
      readonly url?: string;
      readonly stale?: { readonly savedAt: Date; readonly error: FeedError };
    }
  | { readonly status: 'error'; readonly error: FeedError };

export interface FeedSource {
  src?: string | undefined;
  feed?: unknown;
}

type Host = ReactiveControllerHost & HTMLElement & FeedSource;

interface Loaded {
  readonly network: Network;
  readonly url?: string;
  readonly stale?: { readonly savedAt: Date; readonly error: FeedError };
}

/**
 * Gives its host the feed named by `src` (fetched through the shared loader) or set as `feed`,
 * fires `mf-load` / `mf-error`, and offers `retry()`. A retry in one element refreshes every
 * element on the page that shows the same URL.
 */
export class FeedController implements ReactiveController {
  private attempt = 0;
  private reloadNext = false;
  private stopListening?: () => void;
  private readonly task: Task<[string | undefined, unknown, number], Loaded | undefined>;

  constructor(private readonly host: Host) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [host.src, host.feed, this.attempt],
      task: async ([src, feed], { signal }) => {
        const reload = this.reloadNext;
        this.reloadNext = false;
        try {
          if (feed !== undefined && feed !== null) return await this.fromObject(feed);
          if (src === undefined || src.trim() === '') return undefined;
          const result = await loadFeed(src, { signal, reload });
          return { network: result.network, url: result.url, ...(result.stale ? { stale: result.stale } : {}) };
        } catch (error) {
          if (isAbortError(error)) throw error;
          throw this.asFeedError(error);
        }
      },
      onComplete: (loaded) => {
        if (!loaded) return;
        const { url, network, stale } = loaded;
        if (stale) {
          emit(host, 'mf-error', {
            ...(url ? { url } : {}),
            reason: stale.error.reason,
            message: stale.error.message,
            stale: true,
          });
        }
        emit(host, 'mf-load', {
          ...(url ? { url } : {}),
          actors: network.actors.length,
          ...(stale ? { stale: true } : {}),
        });
      },
      onError: (error) => {
        if (isAbortError(error)) return;
        const feedError = error as FeedError;
        emit(host, 'mf-error', {
          ...(feedError.url ? { url: feedError.url } : {}),
          reason: feedError.reason,
          message: feedError.message,
        });
      },
    });
  }

  hostConnected(): void {
    this.stopListening = onFeedReload((url) => {
      const src = this.host.src;
      if (this.host.feed != null || !src || this.reloadNext) return;
      let mine: string;
      try {
        mine = resolveFeedUrl(src);
      } catch {
        return;
      }
      if (mine === url) {
        this.attempt++;
        this.host.requestUpdate();
      }
    });
  }

  hostDisconnected(): void {
    this.stopListening?.();
  }

  get state(): FeedState {
    switch (this.task.status) {
      case TaskStatus.INITIAL:
        return this.host.feed != null || this.host.src ? { status: 'loading' } : { status: 'idle' };
      case TaskStatus.PENDING:
        return { status: 'loading' };
      case TaskStatus.COMPLETE: {
        const loaded = this.task.value;
        return loaded ? { status: 'ready', ...loaded } : { status: 'idle' };
      }
      case TaskStatus.ERROR:
      default:
        return isAbortError(this.task.error)
          ? { status: 'loading' }
          : { status: 'error', error: this.task.error as FeedError };
    }
  }

  /** The network when there is one to show (fresh or stale). */
  get network(): Network | undefined {
    const state = this.state;
    return state.status === 'ready' ? state.network : undefined;
  }

  /** Loads again from the network (not from this page's cache) and refreshes every element on that URL. */
  retry(): void {
    this.reloadNext = true;
    this.attempt++;
    this.host.requestUpdate();
  }

  private async fromObject(feed: unknown): Promise<Loaded> {
    const source = `<${this.host.localName}>.feed`;
    try {
      const value = typeof feed === 'string' ? parseFeedText(feed) : feed;
      if (typeof value !== 'object' || value === null) {
        throw new FeedError('schema', '', `the feed property must be a feed object (got ${typeof value})`);
      }
      return { network: await networkFromObject(value, source) };
    } catch (error) {
      const feedError =
        error instanceof FeedFormatError ? new FeedError(error.reason, '', error.message) : this.asFeedError(error);
      console.error(`[mf-widgets] ${source}: ${feedError.reason}: ${feedError.message}`);
      throw feedError;
    }
  }

  private asFeedError(error: unknown): FeedError {
    if (error instanceof FeedError) return error;
    // Not a feed problem but a bug of ours: still no exception into the host page.
    console.error('[mf-widgets] unexpected error while reading the feed', error);
    return new FeedError('schema', '', error instanceof Error ? error.message : String(error));
  }
}
