import './lit-warnings.js';
import { setupWorker } from 'msw/browser';
import { handlers } from '../../src/mocks/handlers.js';
import { clearFeedCache } from '../../src/feed/loader.js';
import { forgetSavedFeeds } from '../../src/feed/store.js';

export const worker = setupWorker(...handlers);
let started: Promise<unknown> | undefined;

/** Starts MSW once per test page; the project's handlers serve every `/mock-feeds/` URL. */
export function startMocks(): Promise<unknown> {
  started ??= worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
    onUnhandledFrame: 'bypass',
  });
  return started;
}

/** Records the URLs of requests that reach MSW (mocked or not) until `stop()`. */
export function recordRequests(): { urls: string[]; stop: () => void } {
  const urls: string[] = [];
  const listener = ({ request }: { request: Request }): void => {
    urls.push(request.url);
  };
  worker.events.on('request:start', listener);
  return { urls, stop: () => worker.events.removeListener('request:start', listener) };
}

/** A fresh start for each test: no feed in memory or in the browser's storage, only the project's handlers. */
export async function resetFeeds(): Promise<void> {
  clearFeedCache();
  await forgetSavedFeeds();
  worker.resetHandlers();
}

/** A mocked response that the test lets through, instead of one delayed by a guess of how slow the machine is. */
export interface Gate {
  /** Resolves once a request has reached the handler (the element is waiting for it). */
  arrived: Promise<void>;
  /** For the handler: waits until the test calls `release()`. */
  hold: () => Promise<void>;
  release: () => void;
}

export function gate(): Gate {
  let release!: () => void;
  let arrive!: () => void;
  const open = new Promise<void>((resolve) => (release = resolve));
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return {
    arrived,
    release,
    hold: () => {
      arrive();
      return open;
    },
  };
}
