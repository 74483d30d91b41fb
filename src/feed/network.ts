import type { Network } from './types.js';
import { own } from '../util/own.js';

/** Metrics with their own name; any other metric is a type id. */
export const METRIC_TYPES: Readonly<Record<string, string>> = {
  associations: 'association',
  federations: 'federation',
};

/**
 * How many of `metric` the network has: the feed's `stats` value when it gives one, else a count.
 * `associations` and `federations` count their type, `actors` counts every actor but the network,
 * any other metric counts that type id. Unknown metrics count 0.
 */
export function countMetric(network: Network, metric: string): number {
  const stated = network.stats.get(metric);
  if (stated !== undefined) return stated;
  if (metric === 'actors') return network.actors.filter((actor) => actor.type !== 'network').length;
  return network.countsByType.get(metricType(network, metric) ?? '') ?? 0;
}

/** The type id a metric counts, or undefined for `actors`. */
export function metricType(network: Network, metric: string): string | undefined {
  if (metric === 'actors') return undefined;
  const type = own(METRIC_TYPES, metric) ?? metric;
  if (network.types.has(type)) return type;
  // The plural of a type id ("experts") reads naturally in an attribute too.
  const singular = type.replace(/s$/, '');
  return network.types.has(singular) ? singular : type;
}
