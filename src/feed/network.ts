import type { Actor, Network } from './types.js';
import { own } from './own.js';

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

/** The federation an actor belongs to (its first `memberOf` that is a federation). */
export function federationOf(network: Network, actor: Actor): Actor | undefined {
  for (const id of actor.memberOf) {
    const parent = network.byId.get(id);
    if (parent?.type === 'federation') return parent;
  }
  return undefined;
}

/** Actors one step away: what it belongs to, its members, and both ends of its links. */
export function neighbours(network: Network, id: string): Set<string> {
  const result = new Set<string>();
  const actor = network.byId.get(id);
  if (!actor) return result;
  for (const parent of actor.memberOf) result.add(parent);
  for (const member of network.members.get(id) ?? []) result.add(member.id);
  for (const link of network.linksOf.get(id) ?? []) result.add(link.source === id ? link.target : link.source);
  result.delete(id);
  return result;
}

/** A `types` attribute ("expert, academic") as a set; undefined when it names none (every type shown). */
export function typeSet(types: string | undefined): Set<string> | undefined {
  const list = types
    ?.split(',')
    .map((type) => type.trim())
    .filter(Boolean);
  return list && list.length > 0 ? new Set(list) : undefined;
}

export interface ActorFilter {
  /** Type ids to show; undefined shows every type. */
  readonly types?: ReadonlySet<string> | undefined;
  /** Only this federation and its members. */
  readonly federation?: string | undefined;
  /** Only actors in this province. */
  readonly province?: string | undefined;
}

/** Whether an actor passes the `types`, `federation` and `province` filters: one rule for every view. */
export function passes(actor: Actor, filter: ActorFilter, province = actor.location?.province): boolean {
  if (filter.types && !filter.types.has(actor.type)) return false;
  if (filter.federation && actor.id !== filter.federation && !actor.memberOf.includes(filter.federation)) return false;
  return !filter.province || province === filter.province;
}

/** An actor's members counted per type, the largest group first ("182 associations, 7 experts…"). */
export function membersByType(network: Network, id: string): Array<[type: string, count: number]> {
  const counts = new Map<string, number>();
  for (const member of network.members.get(id) ?? []) counts.set(member.type, (counts.get(member.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
