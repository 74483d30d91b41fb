/**
 * Completes the actors' places: an actor with only a postcode, a postal place or a municipality
 * in French gets its 2025 municipality and province, so that it is placed on the map, counted in
 * its province and shown as "Borgerhout (Antwerpen)".
 *
 * The postcode table is a lazy chunk: a page loads it only when a feed has such an actor. A feed
 * made by `mf-feed build` carries every place complete and never needs it.
 */
import type * as Apply from './apply-places.js';
import { needsPlace } from './needs-place.js';
import { NORMALISED, type Actor, type Network } from './types.js';

export { needsPlace };

type Resolver = typeof Apply;

export function needsPlaces(network: Network): boolean {
  return network.actors.some(needsPlace);
}

let resolver: Promise<Resolver> | undefined;

function loadResolver(): Promise<Resolver> {
  resolver ??= import('./apply-places.js').catch((error: unknown) => {
    resolver = undefined;
    throw error;
  });
  return resolver;
}

const unloaded = (error: unknown): void =>
  console.error('[mf-widgets] could not load the table of postcodes; actors placed by postcode stay unplaced', error);

/**
 * `applyPlaces` with the postcode table loaded on first need. When the chunk cannot load
 * (offline, a redeploy), the network is shown as it is: nothing is lost, the places stay unplaced.
 */
export async function withPlaces(network: Network): Promise<Network> {
  if (!needsPlaces(network)) return network;
  try {
    return (await loadResolver()).applyPlaces(network);
  } catch (error) {
    unloaded(error);
    return network;
  }
}

/** One actor (the card's `actor` property) with its place completed, the same way. */
export async function withPlace(actor: Actor): Promise<Actor> {
  if (!needsPlace(actor)) return actor;
  try {
    const { location } = (await loadResolver()).completeLocation(actor.location!);
    return { ...actor, location, [NORMALISED]: true };
  } catch (error) {
    unloaded(error);
    return actor;
  }
}
