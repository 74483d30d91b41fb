/**
 * Finding by place: which place a search names, where each actor is, and the actors ordered by
 * distance from a place or a point. It carries the postcode table (through ../geo/places.js):
 * widgets load it lazily, when the reader first searches (see ./near.ts).
 */
import {
  distanceKm,
  placesNamed,
  placesStartingWith,
  resolvePlace,
  type Municipality,
  type ResolvedPlace,
} from '../geo/places.js';
import { runInSlices } from '../util/slices.js';
import type { Actor, Network } from './types.js';

export type { Municipality, ResolvedPlace };
export { placesNamed, placesStartingWith };

export interface Point {
  readonly lat: number;
  readonly lon: number;
}

/** Where an actor is: its municipality (NIS), postcode and postal place when known, and a point. */
interface Where {
  readonly nis?: string;
  readonly postcode?: string;
  readonly place?: string;
  readonly point?: Point;
}

const byActor = new WeakMap<Actor, Where>();
const byLocation = new Map<string, Omit<Where, 'point'> & { readonly centre?: Point }>();

/** Where an actor is, from its own point or else its municipality's; once per actor. */
export function whereIs(actor: Actor): Where {
  let where = byActor.get(actor);
  if (where) return where;
  const { place, municipality, postcode, lat, lon } = actor.location ?? {};
  const key = `${postcode ?? ''}|${place ?? ''}|${municipality ?? ''}`;
  let found = byLocation.get(key);
  if (!found) {
    const { resolved } = key === '||' ? {} : resolvePlace({ postcode, place, municipality });
    const m = resolved?.municipality;
    found = m
      ? {
          nis: m.nis,
          centre: { lat: m.lat, lon: m.lon },
          ...(resolved.postcode ? { postcode: resolved.postcode } : {}),
          ...(resolved.place ? { place: resolved.place } : {}),
        }
      : {};
    byLocation.set(key, found);
  }
  const point = lat !== undefined && lon !== undefined ? { lat, lon } : found.centre;
  where = {
    ...(found.nis ? { nis: found.nis } : {}),
    ...(found.postcode ? { postcode: found.postcode } : {}),
    ...(found.place ? { place: found.place } : {}),
    ...(point ? { point } : {}),
  };
  byActor.set(actor, where);
  return where;
}

/**
 * Finds where each actor is ahead of the first search, in slices between which the page breathes,
 * so that the keystroke that first names a place does not pay for 20,000 look-ups.
 */
export function prepare(network: Network): Promise<void> {
  return runInSlices(
    (function* () {
      for (const actor of network.actors) {
        whereIs(actor);
        yield;
      }
    })(),
  );
}

/** The actors in a municipality. */
export function actorsIn(actors: readonly Actor[], nis: string): Actor[] {
  return actors.filter((actor) => whereIs(actor).nis === nis);
}

/** Of the places a name can mean (Deurne), the one with the most of these actors; the first on a tie. */
export function likeliest(places: readonly ResolvedPlace[], actors: readonly Actor[]): ResolvedPlace | undefined {
  if (places.length <= 1) return places[0];
  const counts = new Map<string, number>();
  for (const actor of actors) {
    const nis = whereIs(actor).nis;
    if (nis) counts.set(nis, (counts.get(nis) ?? 0) + 1);
  }
  return [...places].sort((a, b) => (counts.get(b.municipality.nis) ?? 0) - (counts.get(a.municipality.nis) ?? 0))[0];
}

/**
 * Where distances from a place are measured: the middle of its actors' own points (those of the
 * same postal place when there are), else the municipality's geometric centre, which for a large
 * municipality lies far from its town (Antwerpen's is in the port).
 */
function centreOf(place: ResolvedPlace, actors: readonly Actor[]): Point {
  const nis = place.municipality.nis;
  let [lat, lon, count, latPlace, lonPlace, countPlace] = [0, 0, 0, 0, 0, 0];
  for (const actor of actors) {
    const { lat: a, lon: o } = actor.location ?? {};
    if (a === undefined || o === undefined) continue;
    const where = whereIs(actor);
    if (where.nis !== nis) continue;
    [lat, lon, count] = [lat + a, lon + o, count + 1];
    if ((place.postcode && where.postcode === place.postcode) || (place.place && where.place === place.place))
      [latPlace, lonPlace, countPlace] = [latPlace + a, lonPlace + o, countPlace + 1];
  }
  if (countPlace > 0) return { lat: latPlace / countPlace, lon: lonPlace / countPlace };
  return count > 0 ? { lat: lat / count, lon: lon / count } : place.municipality;
}

export interface Nearby {
  /** The actors: those in the place's municipality first, then the rest by distance, then those without a place. */
  readonly actors: readonly Actor[];
  /** How many come first because they are in the place's municipality. */
  readonly inside: number;
  /** Kilometres from the place or point, by position in `actors`; NaN inside the place and without a place. */
  readonly distance: Float64Array;
}

/**
 * Orders `actors` (already in name order, which is kept among equals) from a place: first its
 * municipality's actors (those of the same postal place or postcode before the others), then the
 * rest by distance from the municipality's centre, nearest first. From a point (the reader's
 * position), everyone by distance.
 */
export function byDistance(actors: readonly Actor[], from: ResolvedPlace | Point): Nearby {
  const place = 'municipality' in from ? from : undefined;
  const origin: Point = place ? centreOf(place, actors) : (from as Point);
  const n = actors.length;
  // One number per actor, sorted natively (no comparator: 20,000 actors in a millisecond or two):
  // its rank (inside, same postal place first; then metres away; the unplaced last), times n, plus
  // its place in `actors`, which keeps the name order among equals and says which actor it is.
  const keys = new Float64Array(n);
  const km = new Float64Array(n);
  const unplaced = 2 + 1e6;
  let inside = 0;
  for (let i = 0; i < n; i++) {
    const actor = actors[i]!;
    const where = whereIs(actor);
    let rank: number;
    if (place && where.nis === place.municipality.nis) {
      inside++;
      const same =
        (place.postcode !== undefined && where.postcode === place.postcode) ||
        (place.place !== undefined && where.place === place.place);
      rank = same || (place.postcode === undefined && place.place === undefined) ? 0 : 1;
    } else if (where.point) {
      km[i] = distanceKm(origin, where.point);
      rank = 2 + Math.min(Math.round(km[i]! * 1000), unplaced - 3);
    } else {
      rank = unplaced;
    }
    if (rank < 2) km[i] = NaN;
    else if (rank === unplaced) km[i] = NaN;
    keys[i] = rank * n + i;
  }
  keys.sort();
  const order: Actor[] = new Array<Actor>(n);
  const distance = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = keys[k]! % n;
    order[k] = actors[i]!;
    distance[k] = km[i]!;
  }
  return { actors: order, inside, distance };
}
