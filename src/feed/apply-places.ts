/**
 * The part of completing places that needs the postcode table: a lazy chunk (see places.ts), and
 * the CLI's.
 */
import { resolvePlace, type PlaceProblem } from '../geo/places.js';
import { comparePointers } from './normalise.js';
import { needsPlace } from './needs-place.js';
import { NORMALISED, type Actor, type ActorLocation, type FeedIssue, type Network } from './types.js';
import type { ProvinceId } from './ids.js';

/** What a place problem means, in the console's language (English), for the feed's JSON pointer. */
export function placeProblemMessage(problem: PlaceProblem): string {
  switch (problem.code) {
    case 'postcode-invalid':
      return `${JSON.stringify(problem.postcode)} is not a Belgian postcode`;
    case 'postcode-unknown':
      return `postcode ${problem.postcode} is not in Flanders or Brussels`;
    case 'postcode-ambiguous':
      return `postcode ${problem.postcode} covers ${[problem.chosen, ...problem.others].join(' and ')}; placed in ${problem.chosen} (add the place to be sure)`;
    case 'name-not-in-postcode':
      return `${JSON.stringify(problem.name)} is not in postcode ${problem.postcode}; placed by the postcode in ${problem.chosen}`;
    case 'name-unknown':
      return `no place in Flanders or Brussels is called ${JSON.stringify(problem.name)}`;
    case 'name-ambiguous':
      return `${JSON.stringify(problem.name)} is a place in ${problem.candidates.join(', ')}; add the postcode`;
    case 'place-not-in-municipality':
      return `${JSON.stringify(problem.place)} is not in ${problem.municipality}; placed in ${problem.chosen}`;
  }
}

/** Where in the feed a problem is: the field it is about. */
function fieldOf(problem: PlaceProblem): keyof ActorLocation {
  if (problem.code.startsWith('postcode')) return 'postcode';
  if (problem.code === 'place-not-in-municipality') return 'place';
  return 'municipality';
}

/** The location completed by the resolver, and what it could not understand. */
export function completeLocation(location: ActorLocation): {
  location: ActorLocation;
  problems: readonly PlaceProblem[];
} {
  const { resolved, problems } = resolvePlace(location);
  if (!resolved) return { location, problems };
  const { municipality } = resolved;
  return {
    location: {
      ...location,
      ...(resolved.place && location.place === undefined ? { place: resolved.place } : {}),
      municipality: municipality.name,
      ...(resolved.postcode && location.postcode === undefined ? { postcode: resolved.postcode } : {}),
      province: location.province ?? municipality.province,
    },
    problems,
  };
}

function problemPointer(actor: Actor, problem: PlaceProblem): string {
  const field = fieldOf(problem);
  const at = `${actor.pointer}/location`;
  const has = actor.location?.[field] !== undefined;
  // A place or municipality problem may come from either name; point at the one that is there.
  if (has) return `${at}/${field}`;
  for (const other of ['place', 'municipality', 'postcode'] as const)
    if (actor.location?.[other] !== undefined) return `${at}/${other}`;
  return at;
}

/** The network with every incomplete place completed; the rest is kept as it was. */
export function applyPlaces(network: Network): Network {
  const replaced = new Map<Actor, Actor>();
  const issues: FeedIssue[] = [];
  for (const actor of network.actors) {
    if (!needsPlace(actor)) continue;
    const { location, problems } = completeLocation(actor.location!);
    for (const problem of problems) {
      issues.push({
        pointer: problemPointer(actor, problem),
        message: placeProblemMessage(problem),
        severity: 'warning',
      });
    }
    if (location !== actor.location) replaced.set(actor, { ...actor, location, [NORMALISED]: true });
  }
  if (replaced.size === 0 && issues.length === 0) return network;

  const swap = (actor: Actor): Actor => replaced.get(actor) ?? actor;
  const actors = network.actors.map(swap);
  const countsByProvince = new Map<ProvinceId, number>();
  for (const actor of actors) {
    const province = actor.location?.province;
    if (actor.type !== 'network' && province) countsByProvince.set(province, (countsByProvince.get(province) ?? 0) + 1);
  }
  return {
    ...network,
    ...(network.hub ? { hub: swap(network.hub) } : {}),
    actors,
    byId: new Map(actors.map((actor) => [actor.id, actor])),
    members: new Map([...network.members].map(([id, list]) => [id, list.map(swap)])),
    countsByProvince,
    // Still in document order.
    issues: [...network.issues, ...issues].sort((a, b) => comparePointers(a.pointer, b.pointer)),
  };
}
