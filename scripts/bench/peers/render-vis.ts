/**
 * What a partner writes to show the network with vis-network (its standalone build, which carries
 * vis-data and needs no peer packages): dots coloured and sized per node with their labels, and
 * either our positions with physics off, or vis-network's default physics and stabilisation.
 * Labels as for Cytoscape.js: 8 layout units tall, drawn once they are 8 px on screen.
 */
import { Network } from 'vis-network/standalone';
import type { PeerGraph } from './types.js';

export function renderVis(container: HTMLElement, data: PeerGraph, preset: boolean): Network {
  return new Network(
    container,
    {
      nodes: data.nodes.map((node) => ({
        id: node.id,
        label: node.label,
        color: node.color,
        size: node.size,
        ...(preset ? { x: node.x, y: node.y } : {}),
      })),
      edges: data.edges.map((edge) => ({ from: edge.source, to: edge.target })),
    },
    {
      nodes: { shape: 'dot', font: { size: 8 }, scaling: { label: { drawThreshold: 8 } } },
      ...(preset ? { physics: false } : {}),
    },
  );
}
