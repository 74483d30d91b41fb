/** sigma.js with its default-layout companion: the bytes of the "default layout" sigma setup. */
import { renderSigma, sigmaGraph } from './render-sigma.js';
import { layoutFa2 } from './layout-fa2.js';
import type { PeerGraph } from './types.js';

export function renderSigmaFa2(container: HTMLElement, data: PeerGraph): ReturnType<typeof renderSigma> {
  const graph = sigmaGraph(data);
  layoutFa2(graph);
  return renderSigma(container, graph);
}
