/**
 * Where the geo view puts each actor: its own coordinates, or its municipality's centre (found by
 * name, or by the place resolver for postcodes, postal places and old municipalities).
 */
import type { Actor, Network } from '../../feed/types.js';
import { fold } from '../../feed/search.js';
import { runInSlices } from '../../util/slices.js';
import { boundsOf, type Bounds } from './camera.js';
import { project, type GeoData, type Municipality } from './geo-data.js';

export interface GeoNode {
  readonly actor: Actor;
  readonly x: number;
  readonly y: number;
  readonly municipality: Municipality;
}

export interface GeoLayout {
  readonly data: GeoData;
  readonly nodes: readonly GeoNode[];
  readonly byId: ReadonlyMap<string, GeoNode>;
  /** Actors with no usable location: counted in a note, not drawn. */
  readonly unplaced: readonly Actor[];
  readonly bounds: Bounds;
}

const GOLDEN = Math.PI * (3 - Math.sqrt(5));
const layouts = new WeakMap<Network, Promise<GeoLayout>>();

function nearest(data: GeoData, x: number, y: number): Municipality {
  let best = data.municipalities[0]!;
  let distance = Infinity;
  for (const m of data.municipalities) {
    const d = (m.x - x) ** 2 + (m.y - y) ** 2;
    if (d < distance) [best, distance] = [m, d];
  }
  return best;
}

/**
 * Where each actor goes: its own coordinates when they fall in or near Flanders and Brussels, else
 * its municipality's centre (by Dutch or French name), spread on a small spiral so that actors of
 * one municipality do not cover each other. Cached per network.
 */
export function geoLayoutFor(network: Network, data: GeoData): Promise<GeoLayout> {
  let layout = layouts.get(network);
  if (!layout) {
    layout = placesOutsideTable(network, data).then((extra) => runInSlices(geoLayoutSteps(network, data, extra)));
    layouts.set(network, layout);
  }
  return layout;
}

/**
 * Actors whose municipality is not a 2025 name (an old municipality such as Nevele, a postal place
 * such as Borgerhout, a postcode): the place resolver, loaded only when a feed has one, finds them.
 */
async function placesOutsideTable(network: Network, data: GeoData): Promise<ReadonlyMap<Actor, Municipality>> {
  const misses = network.actors.filter((actor) => {
    const location = actor.location;
    if (!location || actor.type === 'network') return false;
    if (location.municipality !== undefined && data.byName.has(fold(location.municipality))) return false;
    return (location.postcode ?? location.place ?? location.municipality) !== undefined;
  });
  const found = new Map<Actor, Municipality>();
  if (misses.length === 0) return found;
  try {
    const { resolvePlace } = await import('../../geo/places.js');
    const byNis = new Map(data.municipalities.map((m) => [m.key, m]));
    for (const actor of misses) {
      const nis = resolvePlace(actor.location!).resolved?.municipality.nis;
      const municipality = nis === undefined ? undefined : byNis.get(nis);
      if (municipality) found.set(actor, municipality);
    }
  } catch (error) {
    console.error('[mf-widgets] could not load the table of postcodes; some actors stay off the map', error);
  }
  return found;
}

function* geoLayoutSteps(
  network: Network,
  data: GeoData,
  extra: ReadonlyMap<Actor, Municipality>,
): Generator<void, GeoLayout> {
  let work = 0;
  const nodes: GeoNode[] = [];
  const unplaced: Actor[] = [];
  const crowd = new Map<string, number>();
  for (const actor of network.actors) {
    if (++work % 256 === 0) yield;
    const location = actor.location;
    const { lat, lon } = location ?? {};
    if (lat !== undefined && lon !== undefined && lat > 50.5 && lat < 51.6 && lon > 2.4 && lon < 6.0) {
      const [x, y] = project(lon, lat);
      const named =
        (location?.municipality ? data.byName.get(fold(location.municipality)) : undefined) ?? extra.get(actor);
      nodes.push({ actor, x, y, municipality: named ?? nearest(data, x, y) });
      continue;
    }
    const municipality =
      (location?.municipality ? data.byName.get(fold(location.municipality)) : undefined) ?? extra.get(actor);
    if (!municipality) {
      unplaced.push(actor);
      continue;
    }
    const index = crowd.get(municipality.key) ?? 0;
    crowd.set(municipality.key, index + 1);
    const r = 0.28 * Math.sqrt(index + 0.5);
    nodes.push({
      actor,
      x: municipality.x + Math.cos(index * GOLDEN) * r,
      y: municipality.y + Math.sin(index * GOLDEN) * r,
      municipality,
    });
  }
  yield;
  const bounds = boundsOf(
    data.provinces.flatMap((province) => province.rings.flat()),
    (point) => point,
  );
  yield;
  const byId = new Map(nodes.map((node) => [node.actor.id, node]));
  yield;
  return {
    data,
    nodes,
    byId,
    unplaced,
    bounds,
  };
}
