/**
 * Errors of the feed layer, in a module of their own so that code which only tells them apart
 * does not pull in the validator (which loads lazily, with the first feed).
 */

import type { FailureReason } from './types.js';

export class FeedError extends Error {
  constructor(
    readonly reason: FailureReason,
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** A whole-feed failure: the feed cannot be read at all. */
export class FeedFormatError extends Error {
  constructor(
    readonly reason: 'parse' | 'schema',
    message: string,
    readonly pointer = '',
  ) {
    super(message);
    this.name = 'FeedFormatError';
  }
}

/**
 * Whether `error` is a FeedError, from this copy of the bundle or another one on the page (their
 * classes differ, so `instanceof` is not enough).
 */
export function isFeedError(error: unknown): error is FeedError {
  return (
    error instanceof FeedError ||
    (error instanceof Error && error.name === 'FeedError' && typeof (error as Partial<FeedError>).reason === 'string')
  );
}
