/**
 * How actors relate (membership, links, filters): what the card, the map and the directory need,
 * apart from network.ts so that the counter does not carry it.
 */
import type { Actor, Network } from './types.js';

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
