/**
 * What a partner writes to show the network with sigma.js: a graphology graph with a position,
 * size, colour and label per node, and a renderer on a container. Nothing else (the bytes of
 * `npm run bench:peers` are this module built on its own).
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { PeerGraph } from './types.js';

export function sigmaGraph(data: PeerGraph): Graph {
  const graph = new Graph();
  for (const node of data.nodes) {
    graph.addNode(node.id, { x: node.x, y: node.y, size: node.size, color: node.color, label: node.label });
  }
  for (const edge of data.edges) graph.addEdge(edge.source, edge.target);
  return graph;
}

export function renderSigma(container: HTMLElement, graph: Graph): Sigma {
  return new Sigma(graph, container);
}
