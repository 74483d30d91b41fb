/**
 * The one wait of the browser tests: until a positive signal holds (an element drew, an event
 * fired), or fail with what was awaited. The limits are generous on purpose: a wait ends the
 * moment its signal holds, so a long limit costs a passing test nothing, while the slowest engine
 * (WebKit drawing in software under Xvfb) on a busy 2-core CI machine needs the room. open-wc's
 * own default (1 s) is a race against the machine, not a check of the code.
 */
import { waitUntil } from '@open-wc/testing';

export const WAIT = {
  /** A render after data that is there or mocked: an update, an event, a redraw, a typed key. */
  render: 5_000,
  /**
   * Heavy work: the map's and the geo view's first draw, the 20,000-actor list, a feed of
   * megabytes, a framework app, a bundle from dist/ in a fresh page, a story.
   */
  heavy: 30_000,
} as const;

/**
 * Resolves once `condition()` is truthy; fails with `message` after `timeout` ms. `interval` is
 * how often it looks, for the tests that sample an animation as it runs.
 */
export function waitFor(
  condition: () => unknown,
  message?: string,
  timeout: number = WAIT.render,
  interval = 20,
): Promise<void> {
  return waitUntil(condition, message, { timeout, interval });
}
