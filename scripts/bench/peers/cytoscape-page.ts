/**
 * Cytoscape.js (canvas 2D) for `npm run bench:peers`. Preset: our positions. Default: `cose` with its
 * defaults (Cytoscape's own default layout is `grid`, which no one uses for a network; `cose` is the
 * force-directed layout it ships).
 */
import type cytoscape from 'cytoscape';
import { cameraDriver, installBench, progress, signal } from './harness.js';
import { renderCytoscape } from './render-cytoscape.js';
import type { PeerGraph } from './types.js';

installBench((host, data, options) => {
  Object.assign(host.style, { width: `${options.width}px`, height: `${options.height}px` });
  const start = performance.now();
  let stopped = 0;
  const drawn = signal();
  const onStop = (): void => {
    stopped = performance.now();
    // The first frame cytoscape renders after the layout stopped is the complete picture. (The
    // preset layout stops inside the constructor, before `cy` is assigned: hence the microtask.)
    queueMicrotask(() => cy.one('render', () => drawn.resolve()));
  };
  const cy: cytoscape.Core = renderCytoscape(
    host,
    data as PeerGraph,
    options.mode === 'default' ? 'cose' : 'preset',
    onStop,
  );
  const constructed = performance.now();
  progress['constructor ms'] = constructed - start;
  let frames = 0;
  cy.on('render', () => {
    frames++;
    if (!stopped) progress['layout'] = `running: ${frames} frames drawn in ${Math.round(performance.now() - start)} ms`;
  });
  return {
    drawn: drawn.promise,
    driver: cameraDriver(
      'Cytoscape.js viewport API (panBy, zoom at a rendered position)',
      (_x, _y, dx, dy) => void cy.panBy({ x: dx, y: dy }),
      (x, y, factor) => void cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x, y } }),
    ),
    surface: () => ({ width: host.clientWidth, height: host.clientHeight }),
    extra: () => ({
      layout: options.mode === 'default' ? 'cose' : 'preset',
      constructor: constructed - start,
      layoutStop: stopped - start,
    }),
  };
});
