/**
 * Counts for the hardening summary that `web-test-runner` prints at the end (see the
 * `hardening-tally` plugin in web-test-runner.config.mjs): what was tried, and what went wrong.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface Tally {
  /** Hostile (payload, place) pairs in feeds, times the elements and views that rendered them. */
  vectors?: number;
  /** Generated inputs given to the feed parser by the property tests. */
  properties?: number;
  /** Network faults played against an element. */
  faults?: number;
  /** Hostile host pages. */
  hosts?: number;
  /** Payloads that ran (`__mfPwned()` calls). */
  executed?: number;
  /** Unsafe attributes or URLs in a shadow root, requests to other origins, styles or globals leaking into the host. */
  escaped?: number;
  /** Good data that did not show (valid actors dropped, a last good copy not kept). */
  lost?: number;
}

export async function tally(counts: Tally): Promise<void> {
  await executeServerCommand('hardening-tally', counts);
}
