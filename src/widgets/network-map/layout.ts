/**
 * The graph view's layout: deterministic (the same feed always gives the same picture), computed
 * from the network's known structure rather than simulated, so it costs a few milliseconds even
 * for 20,000 actors and never moves under the reader's eyes.
 *
 * - The network's hub sits in the middle.
 * - Federations sit on a ring around it, each at the centre of its cluster: its associations on a
 *   sunflower spiral (even spacing, centre left free for the federation itself).
 * - Other actors that belong to a federation, or link to one, hang just outside its cluster, on
 *   the side facing away from the hub.
 * - Everything else gets a sector of its type on an outer ring; at overview zoom each sector is
 *   one group with its count, opening on zoom or click as the clusters do.
 */
import type { Actor, Network } from '../../feed/types.js';
import { federationOf } from '../../feed/relations.js';
import { runAtOnce, runInSlices, yieldToPage } from '../../util/slices.js';
import { boundsOf, type Bounds } from './camera.js';
import { PointGrid } from './grid.js';

export type NodeKind = 'hub' | 'federation' | 'member' | 'satellite' | 'sector';

export interface LayoutNode {
  readonly actor: Actor;
  readonly kind: NodeKind;
  readonly x: number;
  readonly y: number;
  /** Radius in world units. */
  readonly r: number;
  /** The federation whose cluster holds this node (members), or that it hangs off (satellites). */
  readonly federation?: string;
}

export interface LayoutCluster {
  readonly federation: LayoutNode;
  readonly x: number;
  readonly y: number;
  /** Radius of the associations' disc. */
  readonly r: number;
  readonly members: readonly LayoutNode[];
}

/** The actors of one type on the outer ring (experts, employers…). */
export interface LayoutSector {
  readonly type: string;
  /** The middle of its actors. */
  readonly x: number;
  readonly y: number;
  /** The radius of its bubble when closed, as a cluster of as many associations would have. */
  readonly r: number;
  readonly members: readonly LayoutNode[];
}

export interface Layout {
  readonly nodes: readonly LayoutNode[];
  readonly byId: ReadonlyMap<string, LayoutNode>;
  readonly clusters: ReadonlyMap<string, LayoutCluster>;
  /** The outer ring's groups, by type. */
  readonly sectors: ReadonlyMap<string, LayoutSector>;
  readonly bounds: Bounds;
  /** The nodes by place, for hit-testing. */
  readonly grid: PointGrid<LayoutNode>;
}

export const RADIUS = { hub: 16, federation: 10, member: 3.5, satellite: 5, sector: 5 } as const;
const SPIRAL = 5.2; // sunflower scale: neighbours about 10 units apart
const HOLE = 8; // spiral positions left free around a federation
const GOLDEN = Math.PI * (3 - Math.sqrt(5));
const ROW = 12; // distance between rows of satellites and sector actors
const GAP = 28; // between neighbouring clusters on the ring

const cache = new WeakMap<Network, Promise<Layout>>();

/**
 * The layout of a network, computed once per network object (re-renders, filters and view
 * switches reuse it), in slices so that no main-thread task runs long. The first slice waits for
 * a task of its own: it is asked for in the update that first renders the map, a long task already.
 */
export function layoutFor(network: Network): Promise<Layout> {
  let layout = cache.get(network);
  if (!layout) {
    layout = yieldToPage().then(() => runInSlices(layoutSteps(network)));
    cache.set(network, layout);
  }
  return layout;
}

export function computeLayout(network: Network): Layout {
  return runAtOnce(layoutSteps(network));
}

function byName(a: Actor, b: Actor): number {
  // Code-point order, not a collator: the picture must not depend on the browser's locale data.
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1;
}

/** Places `count` points in rows along an arc band, starting at `radius`, centred on `angle`. */
function arcRows(
  count: number,
  radius: number,
  angle: number,
  maxSpan: number,
  spacing = ROW,
): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  let row = 0;
  while (points.length < count) {
    const r = radius + row * spacing;
    const capacity = Math.max(1, Math.floor((maxSpan * r) / spacing));
    const inRow = Math.min(capacity, count - points.length);
    const span = ((inRow - 1) * spacing) / r;
    for (let i = 0; i < inRow; i++) {
      const a = angle - span / 2 + (inRow === 1 ? 0 : (i * span) / (inRow - 1));
      points.push([Math.cos(a) * r, Math.sin(a) * r]);
    }
    row++;
  }
  return points;
}

function* layoutSteps(network: Network): Generator<void, Layout> {
  let work = 0;
  const nodes: LayoutNode[] = [];
  const hub = network.hub;
  const federations = network.actors.filter((a) => a.type === 'federation');
  const federationIds = new Set(federations.map((f) => f.id));

  // Who hangs where.
  const members = new Map<string, Actor[]>();
  const satellites = new Map<string, Actor[]>();
  const sectors = new Map<string, Actor[]>();
  const push = (map: Map<string, Actor[]>, key: string, actor: Actor): void => {
    const list = map.get(key);
    if (list) list.push(actor);
    else map.set(key, [actor]);
  };
  for (const actor of network.actors) {
    if (++work % 512 === 0) yield;
    if (actor === hub || actor.type === 'federation') continue;
    const federation = federationOf(network, actor);
    if (actor.type === 'association' && federation) {
      push(members, federation.id, actor);
      continue;
    }
    const linked =
      federation?.id ??
      (network.linksOf.get(actor.id) ?? [])
        .map((link) => (link.source === actor.id ? link.target : link.source))
        .find((id) => federationIds.has(id));
    if (linked) push(satellites, linked, actor);
    else push(sectors, actor.type, actor);
  }

  // Cluster sizes, then the ring they sit on.
  const sizes = federations.map((federation) => {
    const count = members.get(federation.id)?.length ?? 0;
    const disc = SPIRAL * Math.sqrt(count + HOLE) + RADIUS.member + 4;
    const sats = satellites.get(federation.id)?.length ?? 0;
    // Satellites fill rows on a half circle outside the disc.
    let depth = 0;
    for (let placed = 0, row = 0; placed < sats; row++) {
      placed += Math.max(1, Math.floor((Math.PI * (disc + 14 + row * ROW)) / ROW));
      depth = 14 + row * ROW + RADIUS.satellite;
    }
    return { disc, extent: disc + depth };
  });
  const circumference = sizes.reduce((sum, s) => sum + 2 * s.extent + GAP, 0);
  const ring = Math.max(RADIUS.hub + 60 + Math.max(0, ...sizes.map((s) => s.extent)), circumference / (2 * Math.PI));

  if (hub) nodes.push({ actor: hub, kind: 'hub', x: 0, y: 0, r: RADIUS.hub });

  const clusters = new Map<string, LayoutCluster>();
  let angle = -Math.PI / 2 - (sizes[0] ? (2 * sizes[0].extent + GAP) / ring / 2 : 0);
  const scale = circumference > 0 ? Math.min(1, (2 * Math.PI * ring) / circumference) : 1;
  const spare = circumference > 0 ? (2 * Math.PI - (circumference * scale) / ring) / federations.length : 0;
  for (const [index, federation] of federations.entries()) {
    yield;
    const size = sizes[index]!;
    const span = ((2 * size.extent + GAP) * scale) / ring + spare;
    const theta = angle + span / 2;
    angle += span;
    const cx = Math.cos(theta) * ring;
    const cy = Math.sin(theta) * ring;
    const fedNode: LayoutNode = { actor: federation, kind: 'federation', x: cx, y: cy, r: RADIUS.federation };
    nodes.push(fedNode);
    const list = (members.get(federation.id) ?? []).sort(byName);
    yield;
    const clusterMembers: LayoutNode[] = list.map((actor, i) => {
      const k = i + HOLE;
      const r = SPIRAL * Math.sqrt(k);
      const a = k * GOLDEN;
      return {
        actor,
        kind: 'member',
        x: cx + Math.cos(a) * r,
        y: cy + Math.sin(a) * r,
        r: RADIUS.member,
        federation: federation.id,
      };
    });
    nodes.push(...clusterMembers);
    clusters.set(federation.id, { federation: fedNode, x: cx, y: cy, r: size.disc, members: clusterMembers });

    const sats = (satellites.get(federation.id) ?? []).sort((a, b) =>
      a.type === b.type ? byName(a, b) : a.type < b.type ? -1 : 1,
    );
    yield;
    arcRows(sats.length, size.disc + 14, theta, Math.PI).forEach(([x, y], i) => {
      nodes.push({
        actor: sats[i]!,
        kind: 'satellite',
        x: cx + x,
        y: cy + y,
        r: RADIUS.satellite,
        federation: federation.id,
      });
    });
  }

  // The outer ring: one sector per type, its width by the number of actors in it.
  const outer = ring + Math.max(40, ...sizes.map((s) => s.extent)) + 48;
  const types = [...network.types.keys()].filter((type) => sectors.has(type));
  const weights = types.map((type) => Math.max(sectors.get(type)!.length, 6));
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  let start = -Math.PI / 2;
  const groups = new Map<string, LayoutSector>();
  for (const [index, type] of types.entries()) {
    yield;
    const span = (2 * Math.PI * weights[index]!) / totalWeight;
    const list = sectors.get(type)!.sort(byName);
    yield;
    const placed: LayoutNode[] = arcRows(list.length, outer, start + span / 2, span * 0.86).map(([x, y], i) => ({
      actor: list[i]!,
      kind: 'sector',
      x,
      y,
      r: RADIUS.sector,
    }));
    nodes.push(...placed);
    const x = placed.reduce((sum, node) => sum + node.x, 0) / placed.length;
    const y = placed.reduce((sum, node) => sum + node.y, 0) / placed.length;
    groups.set(type, { type, x, y, r: SPIRAL * Math.sqrt(list.length + HOLE) + RADIUS.member + 4, members: placed });
    start += span;
  }

  // The indexes over every node (20,000 of them) in slices too: the last slice runs with the
  // element's update and first fit in one task.
  yield;
  const byId = new Map<string, LayoutNode>();
  const grid = new PointGrid<LayoutNode>([]);
  for (const node of nodes) {
    if (++work % 1024 === 0) yield;
    byId.set(node.actor.id, node);
    grid.add(node);
  }
  yield;
  const bounds: Bounds =
    nodes.length === 0 ? { minX: -50, minY: -50, maxX: 50, maxY: 50 } : boundsOf(nodes, (n) => [n.x, n.y, n.r]);
  yield;
  return { nodes, byId, clusters, sectors: groups, bounds, grid };
}
