/**
 * sigma.js's usual layout: ForceAtlas2 from graphology-layout-forceatlas2, synchronously, with its
 * inferred settings (Barnes-Hut above 2,000 nodes) from seeded random positions.
 */
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export const FA2_ITERATIONS = 100;

export function layoutFa2(graph: Graph, iterations = FA2_ITERATIONS): void {
  // mulberry32: the same start on every run.
  let seed = 2026;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: random() * 1000, y: random() * 1000 }));
  forceAtlas2.assign(graph, { iterations, settings: forceAtlas2.inferSettings(graph) });
}
