/**
 * `npm run bench:peers`, the data: two generated feeds (about 2,000 and 20,000 actors) become one
 * graph, the same nodes and edges for every library, with our layout's positions for the "preset"
 * runs. Both are written where the pages fetch them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSample, generateStress } from '../../../src/mocks/sample.js';
import { normaliseFeed } from '../../../src/feed/normalise.js';
import { computeLayout } from '../../../src/widgets/network-map/layout.js';
import { PATHS, type Size } from './options.js';
import type { PeerEdge, PeerGraph, PeerNode } from './types.js';

const { site } = PATHS;

export interface FeedFacts {
  actors: number;
  nodes: number;
  edges: number;
  memberships: number;
  links: number;
}

/** The feed as our element gets it, and the same network as the peers' graph (our layout's positions). */
export function prepare(size: Size): FeedFacts {
  const feed = size === '2k' ? generateSample({ associations: 1250, othersPerType: 80 }) : generateStress();
  const network = normaliseFeed(feed);
  const layout = computeLayout(network);
  const round = (n: number): number => Math.round(n * 100) / 100;
  const nodes: PeerNode[] = layout.nodes.map((node) => ({
    id: node.actor.id,
    label: node.actor.name,
    color: network.types.get(node.actor.type)?.color ?? '#4a5560',
    size: node.r,
    x: round(node.x),
    y: round(node.y),
  }));
  // Edges: every membership (actor → what it belongs to) and every link, once per pair of actors.
  const seen = new Set<string>();
  const edges: PeerEdge[] = [];
  let memberships = 0;
  let links = 0;
  const add = (source: string, target: string): boolean => {
    if (source === target || !layout.byId.has(source) || !layout.byId.has(target)) return false;
    const key = source < target ? `${source}\n${target}` : `${target}\n${source}`;
    if (seen.has(key)) return false;
    seen.add(key);
    edges.push({ source, target });
    return true;
  };
  for (const node of layout.nodes)
    for (const parent of node.actor.memberOf) if (add(node.actor.id, parent)) memberships++;
  for (const link of network.links) if (add(link.source, link.target)) links++;
  const graph: PeerGraph = { nodes, edges };
  mkdirSync(join(site, 'data'), { recursive: true });
  writeFileSync(join(site, `data/feed-${size}.json`), JSON.stringify(feed));
  writeFileSync(join(site, `data/graph-${size}.json`), JSON.stringify(graph));
  return { actors: network.actors.length, nodes: nodes.length, edges: edges.length, memberships, links };
}
