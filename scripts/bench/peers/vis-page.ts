/**
 * vis-network (canvas 2D) for `npm run bench:peers`. Preset: our positions, physics off. Default:
 * its default physics (Barnes-Hut) with the default stabilisation (up to 1,000 iterations before
 * the first picture); the first complete frame is the first one drawn after stabilisation.
 */
import { cameraDriver, installBench, progress, signal } from './harness.js';
import { renderVis } from './render-vis.js';
import type { PeerGraph } from './types.js';

installBench((host, data, options) => {
  Object.assign(host.style, { width: `${options.width}px`, height: `${options.height}px` });
  const preset = options.mode !== 'default';
  const start = performance.now();
  const network = renderVis(host, data as PeerGraph, preset);
  const constructed = performance.now();
  const drawn = signal();
  let stabilised = preset ? constructed : 0;
  let iterations = 0;
  progress['constructor ms'] = constructed - start;
  network.on('stabilizationProgress', (params: { iterations?: number; total?: number }) => {
    iterations = params.iterations ?? 0;
    progress['stabilisation'] =
      `${iterations}/${params.total ?? '?'} iterations after ${Math.round(performance.now() - start)} ms`;
  });
  network.on('stabilizationIterationsDone', () => (stabilised = performance.now()));
  network.on('afterDrawing', () => {
    if (stabilised) drawn.resolve();
  });
  return {
    drawn: drawn.promise,
    driver: cameraDriver(
      'vis-network view API (moveTo without animation)',
      (_x, _y, dx, dy) => {
        const scale = network.getScale();
        const centre = network.getViewPosition();
        network.moveTo({ position: { x: centre.x - dx / scale, y: centre.y - dy / scale }, scale, animation: false });
      },
      (x, y, factor) => {
        const scale = network.getScale() * factor;
        const world = network.DOMtoCanvas({ x, y });
        const position = {
          x: world.x - (x - host.clientWidth / 2) / scale,
          y: world.y - (y - host.clientHeight / 2) / scale,
        };
        network.moveTo({ position, scale, animation: false });
      },
    ),
    surface: () => ({ width: host.clientWidth, height: host.clientHeight }),
    extra: () => ({
      constructor: constructed - start,
      ...(preset ? {} : { stabilised: stabilised - start, stabilisationIterations: iterations }),
    }),
  };
});
