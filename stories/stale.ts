import { FEEDS, keepStaleCopy } from '../src/mocks/handlers.js';

/**
 * The same story for every element: the server is down, and the copy this browser kept three
 * hours ago is shown, with its age and a retry.
 */
export function staleCopyStory<Args>(args: Partial<Args> = {}): {
  name: string;
  args: Partial<Args>;
  loaders: Array<() => Promise<Record<string, never>>>;
} {
  return {
    name: 'Stale copy (server down)',
    args: { src: FEEDS.stale, ...args },
    loaders: [
      () => {
        keepStaleCopy();
        return Promise.resolve({});
      },
    ],
  };
}
