/**
 * The geographic view's data and drawing. The province outlines and the municipality list are
 * loaded only when the view is first shown (a separate chunk), decoded and projected once.
 *
 * Projection: a local equirectangular one centred on Flanders, in kilometres (x east, y south).
 * At Belgium's size the distortion is under 1 %, and it needs no library.
 */
import { quadtree, type Quadtree } from 'd3-quadtree';
import type { Actor, Network, ProvinceId } from '../../feed/types.js';
import { fold } from '../../feed/search.js';
import type { Camera } from './camera.js';
import { shapePath, type Palette } from './renderer.js';
import { runInSlices } from '../../shared/slices.js';
import type { Lang } from '../../i18n/locale.js';
import { ENGLISH_MUNICIPALITIES } from '../../i18n/municipality-label.js';

const LON0 = 4.4;
const LAT0 = 51.0;
const KX = Math.cos((LAT0 * Math.PI) / 180) * 111.32;
const KY = 110.57;

export function project(lon: number, lat: number): [number, number] {
  return [(lon - LON0) * KX, -(lat - LAT0) * KY];
}

export interface Province {
  readonly id: ProvinceId;
  readonly rings: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  readonly centre: readonly [number, number];
}

export interface Municipality {
  readonly key: string;
  /** The Dutch name. */
  readonly name: string;
  readonly nameFr: string;
  readonly province: ProvinceId;
  readonly x: number;
  readonly y: number;
}

export interface GeoData {
  readonly provinces: readonly Province[];
  readonly municipalities: readonly Municipality[];
  /** Folded Dutch and French names → municipality. */
  readonly byName: ReadonlyMap<string, Municipality>;
}

let geoData: Promise<GeoData> | undefined;

/** The boundaries and municipalities, fetched with the geo view's chunk on first use. */
export function loadGeo(): Promise<GeoData> {
  geoData ??= Promise.all([import('../../geo/provinces.js'), import('../../geo/municipalities.js')])
    .then(([{ PROVINCE_OUTLINES }, { MUNICIPALITIES }]) => {
      const provinces = PROVINCE_OUTLINES.map(([id, encoded]) => {
        const rings = encoded.split('|').flatMap((polygon) =>
          polygon.split(';').map((ring) => {
            const values = ring.split(',').map(Number);
            const points: Array<readonly [number, number]> = [];
            let lon = 0;
            let lat = 0;
            for (let i = 0; i + 1 < values.length; i += 2) {
              lon += values[i]!;
              lat += values[i + 1]!;
              points.push(project(lon / 1000, lat / 1000));
            }
            return points;
          }),
        );
        return { id, rings, centre: [0, 0] as readonly [number, number] };
      });
      const municipalities = MUNICIPALITIES.map(([nis, nameNl, nameFr, province, lat, lon]) => {
        const [x, y] = project(lon, lat);
        return { key: nis, name: nameNl, nameFr, province, x, y };
      });
      // A province's label and bubble sit on one of its own municipalities, the one nearest the
      // mean of them all: always inside it. Vlaams-Brabant rings Brussels, so its mean falls in
      // Brussels; municipalities that close to another province's centre are passed over.
      const means = provinces.map((province) => {
        const own = municipalities.filter((m) => m.province === province.id);
        return [
          own.reduce((sum, m) => sum + m.x, 0) / Math.max(1, own.length),
          own.reduce((sum, m) => sum + m.y, 0) / Math.max(1, own.length),
        ] as const;
      });
      const centred = provinces.map((province, index) => {
        const [mx, my] = means[index]!;
        const others = means.filter((_, i) => i !== index);
        const own = municipalities
          .filter((m) => m.province === province.id)
          .filter((m) => others.every(([ox, oy]) => Math.hypot(m.x - ox, m.y - oy) > 16));
        const best = own.sort((a, b) => Math.hypot(a.x - mx, a.y - my) - Math.hypot(b.x - mx, b.y - my))[0];
        const centre: readonly [number, number] = best ? [best.x, best.y] : [mx, my];
        return { ...province, centre };
      });
      const byName = new Map<string, Municipality>();
      MUNICIPALITIES.forEach(([nis, nameNl, nameFr], i) => {
        byName.set(fold(nameNl), municipalities[i]!);
        byName.set(fold(nameFr), municipalities[i]!);
        // A feed written in English ("Ghent", "Bruges") is placed too.
        const english = Object.hasOwn(ENGLISH_MUNICIPALITIES, nis) ? ENGLISH_MUNICIPALITIES[nis] : undefined;
        if (english) byName.set(fold(english), municipalities[i]!);
      });
      return { provinces: centred, municipalities, byName };
    })
    .catch((error: unknown) => {
      // Offline, or the chunk was not deployed: the next attempt (retry) starts afresh.
      geoData = undefined;
      throw error;
    });
  return geoData;
}

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
  readonly bounds: { readonly minX: number; readonly minY: number; readonly maxX: number; readonly maxY: number };
  readonly tree: Quadtree<GeoNode>;
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
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const province of data.provinces) {
    for (const ring of province.rings) {
      for (const [x, y] of ring) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
    }
  }
  yield;
  const byId = new Map(nodes.map((node) => [node.actor.id, node]));
  yield;
  return {
    data,
    nodes,
    byId,
    unplaced,
    bounds: { minX, minY, maxX, maxY },
    tree: quadtree<GeoNode>()
      .x((n) => n.x)
      .y((n) => n.y)
      .addAll(nodes),
  };
}

/** How the actors are gathered at the current zoom. */
export type GeoLevel = 'province' | 'municipality' | 'actor';

/** Pixels per kilometre at which bubbles open: provinces into municipalities, then into actors. */
export const MUNICIPALITY_AT = 6;
export const ACTOR_AT = 24;

export function geoLevel(camera: Camera): GeoLevel {
  const { k } = camera.view;
  return k < MUNICIPALITY_AT ? 'province' : k < ACTOR_AT ? 'municipality' : 'actor';
}

/** One thing drawn on the geo view that can be pointed at or travelled to. */
export interface GeoTarget {
  readonly id: string;
  readonly kind: 'province' | 'municipality' | 'actor';
  readonly label: string;
  readonly count: number;
  /** Screen position (CSS px) and radius. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** World position, for zooming in. */
  readonly wx: number;
  readonly wy: number;
}

/**
 * A municipality's name in `lang`, from the geo data's own Dutch and French names: in en the
 * English name where there is one, else the French name in Brussels (as English writes them).
 */
export function municipalityName(municipality: Municipality, lang: Lang): string {
  if (lang === 'fr') return municipality.nameFr;
  if (lang === 'en') {
    const english = Object.hasOwn(ENGLISH_MUNICIPALITIES, municipality.key)
      ? ENGLISH_MUNICIPALITIES[municipality.key]
      : undefined;
    return english ?? (municipality.province === 'brussel' ? municipality.nameFr : municipality.name);
  }
  return municipality.name;
}

export interface GeoDrawInput {
  readonly layout: GeoLayout;
  readonly camera: Camera;
  readonly palette: Palette;
  readonly surface: string;
  readonly font: string;
  readonly isShown: (node: GeoNode) => boolean;
  readonly province?: string;
  readonly provinceName: (id: string) => string;
  readonly municipalityName: (municipality: Municipality) => string;
  readonly formatCount: (count: number) => string;
  readonly selected?: string;
  readonly focused?: string;
  readonly highlight?: ReadonlySet<string>;
}

export interface GeoDrawResult {
  readonly level: GeoLevel;
  readonly provinces: string[];
  readonly targets: GeoTarget[];
  readonly paths: ReadonlyMap<string, Path2D>;
}

export function drawGeo(ctx: CanvasRenderingContext2D, input: GeoDrawInput): GeoDrawResult {
  const { layout, camera, palette } = input;
  const { width, height } = camera;
  const level = geoLevel(camera);
  ctx.clearRect(0, 0, width, height);

  // Provinces, in screen coordinates (their paths are kept for hit-testing).
  const paths = new Map<string, Path2D>();
  for (const province of layout.data.provinces) {
    const path = new Path2D();
    for (const ring of province.rings) {
      ring.forEach(([x, y], i) => {
        const [sx, sy] = camera.toScreen(x, y);
        if (i === 0) path.moveTo(sx, sy);
        else path.lineTo(sx, sy);
      });
      path.closePath();
    }
    paths.set(province.id, path);
    const chosen = input.province === province.id;
    ctx.globalAlpha = input.province && !chosen ? 0.45 : 1;
    ctx.fillStyle = input.surface;
    ctx.fill(path, 'evenodd');
    ctx.globalAlpha = 1;
    ctx.strokeStyle = chosen ? palette.accent : palette.muted;
    ctx.lineWidth = chosen ? 2.5 : 1;
    ctx.stroke(path);
  }

  const targets: GeoTarget[] = [];
  const shown = layout.nodes.filter(input.isShown);
  const onScreen = (x: number, y: number, r: number): boolean =>
    x + r > 0 && y + r > 0 && x - r < width && y - r < height;

  if (level === 'actor') {
    for (const node of shown) {
      const [x, y] = camera.toScreen(node.x, node.y);
      const r = 5;
      if (!onScreen(x, y, r)) continue;
      ctx.globalAlpha = input.highlight && !input.highlight.has(node.actor.id) ? 0.25 : 1;
      ctx.fillStyle = palette.type(node.actor.type);
      ctx.save();
      ctx.translate(x - r, y - r);
      ctx.scale((2 * r) / 24, (2 * r) / 24);
      ctx.fill(shapePath(node.actor.type), 'evenodd');
      ctx.restore();
      targets.push({
        id: node.actor.id,
        kind: 'actor',
        label: node.actor.name,
        count: 1,
        x,
        y,
        r,
        wx: node.x,
        wy: node.y,
      });
    }
    ctx.globalAlpha = 1;
  } else {
    // Bubbles: one per province or municipality, with the number of actors in it.
    const groups = new Map<string, { label: string; x: number; y: number; count: number }>();
    for (const node of shown) {
      const key = level === 'province' ? node.municipality.province : node.municipality.key;
      const group = groups.get(key);
      if (group) group.count++;
      else if (level === 'province') {
        const province = layout.data.provinces.find((p) => p.id === key);
        groups.set(key, {
          label: input.provinceName(key),
          x: province?.centre[0] ?? 0,
          y: province?.centre[1] ?? 0,
          count: 1,
        });
      } else {
        groups.set(key, {
          label: input.municipalityName(node.municipality),
          x: node.municipality.x,
          y: node.municipality.y,
          count: 1,
        });
      }
    }
    const accent = palette.accent;
    for (const [key, group] of groups) {
      const [x, y] = camera.toScreen(group.x, group.y);
      const r = Math.min(
        level === 'province' ? 46 : 30,
        (level === 'province' ? 9 : 6) + Math.sqrt(group.count) * (level === 'province' ? 1.2 : 1.6),
      );
      if (!onScreen(x, y, r)) continue;
      ctx.globalAlpha = 0.22;
      ctx.fillStyle = accent;
      ctx.beginPath();
      ctx.arc(x, y, r, 0, Math.PI * 2);
      ctx.fill();
      ctx.globalAlpha = 0.85;
      ctx.strokeStyle = accent;
      ctx.lineWidth = 1.5;
      ctx.stroke();
      ctx.globalAlpha = 1;
      targets.push({
        id: `${level}:${key}`,
        kind: level,
        label: group.label,
        count: group.count,
        x,
        y,
        r,
        wx: group.x,
        wy: group.y,
      });
    }
  }

  // Labels: counts in bubbles, then names where there is room.
  const placed: Array<[number, number, number, number]> = [];
  const free = (x0: number, y0: number, x1: number, y1: number): boolean =>
    !placed.some(([a, b, c, d]) => x0 < c && x1 > a && y0 < d && y1 > b);
  const label = (text: string, x: number, y: number, size: number, weight: number): void => {
    ctx.font = `${weight} ${size}px ${input.font}`;
    const w = ctx.measureText(text).width;
    const box: [number, number, number, number] = [x - w / 2 - 2, y - size / 2 - 2, x + w / 2 + 2, y + size / 2 + 2];
    if (!free(...box)) return;
    placed.push(box);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = palette.halo;
    ctx.strokeText(text, x, y);
    ctx.fillStyle = palette.text;
    ctx.fillText(text, x, y);
  };
  const sorted = [...targets].sort((a, b) => b.count - a.count);
  for (const target of sorted)
    if (target.kind !== 'actor') label(input.formatCount(target.count), target.x, target.y, 12, 700);
  for (const target of sorted.slice(0, 200)) {
    label(
      target.label.length > 32 ? `${target.label.slice(0, 30)}…` : target.label,
      target.x,
      target.y + target.r + 9,
      target.kind === 'province' ? 13 : 11,
      target.kind === 'province' ? 700 : 400,
    );
  }

  const ring = (id: string | undefined, color: string, gap: number, width: number): void => {
    const target = targets.find((t) => t.id === id);
    if (!target) return;
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.arc(target.x, target.y, target.r + gap, 0, Math.PI * 2);
    ctx.stroke();
  };
  ring(input.selected, palette.accent, 3, 2.5);
  ring(input.focused, palette.focus, 6, 2);
  return { level, provinces: [...paths.keys()], targets, paths };
}
