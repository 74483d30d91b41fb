/**
 * What a partner writes to show the network with Cytoscape.js: elements with data (and positions
 * for the preset layout), a small stylesheet, and a layout: `preset` or `cose`. Node size and label
 * size follow the layout's units (an association is 7 units wide, its label 8 units tall), and
 * labels show once they are 8 px on screen: no one ships thousands of overlapping labels.
 */
import cytoscape from 'cytoscape';
import type { PeerGraph } from './types.js';

/** Label height in layout units, for Cytoscape.js and vis-network alike. */
export const LABEL_SIZE = 8;

export function renderCytoscape(
  container: HTMLElement,
  data: PeerGraph,
  layout: 'preset' | 'cose',
  stop?: () => void,
): cytoscape.Core {
  return cytoscape({
    container,
    elements: {
      nodes: data.nodes.map((node) => ({
        data: { id: node.id, label: node.label, color: node.color, size: node.size * 2 },
        ...(layout === 'preset' ? { position: { x: node.x, y: node.y } } : {}),
      })),
      edges: data.edges.map((edge, i) => ({ data: { id: `e${i}`, source: edge.source, target: edge.target } })),
    },
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          width: 'data(size)',
          height: 'data(size)',
          label: 'data(label)',
          'font-size': LABEL_SIZE,
          'min-zoomed-font-size': 8,
        },
      },
    ],
    layout: { name: layout, ...(stop ? { stop } : {}) },
  });
}
