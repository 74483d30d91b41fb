/**
 * sigma.js (WebGL) for `npm run bench:peers`. Preset: our positions. Default: ForceAtlas2
 * (`layout-fa2.ts`) first, on the clock.
 */
import { cameraDriver, installBench, until } from './harness.js';
import { FA2_ITERATIONS, layoutFa2 } from './layout-fa2.js';
import { renderSigma, sigmaGraph } from './render-sigma.js';
import type { PeerGraph } from './types.js';

installBench((host, data, options) => {
  Object.assign(host.style, { width: `${options.width}px`, height: `${options.height}px` });
  const start = performance.now();
  const graph = sigmaGraph(data as PeerGraph);
  const built = performance.now();
  if (options.mode === 'default') layoutFa2(graph);
  const laidOut = performance.now();
  // Sigma's constructor processes the graph and renders at once (constructor → refresh() → render()).
  const renderer = renderSigma(host, graph);
  const constructed = performance.now();
  let renders = 1;
  renderer.on('afterRender', () => renders++);
  const camera = renderer.getCamera();
  const stage = renderer.getStageCanvas();
  const context = stage.getContext('webgl2') ?? stage.getContext('webgl');
  const info = context?.getExtension('WEBGL_debug_renderer_info');
  const glRenderer = info && context ? String(context.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
  return {
    drawn: until(() => renders > 0),
    driver: cameraDriver(
      "sigma camera API (setState, the same arithmetic as sigma's own drag and wheel handlers)",
      (_x, _y, dx, dy) => {
        const state = camera.getState();
        const from = renderer.viewportToFramedGraph({ x: 0, y: 0 });
        const to = renderer.viewportToFramedGraph({ x: dx, y: dy });
        camera.setState({ x: state.x + from.x - to.x, y: state.y + from.y - to.y });
      },
      (x, y, factor) => {
        camera.setState(renderer.getViewportZoomedState({ x, y }, camera.getState().ratio / factor));
      },
    ),
    surface: () => ({ width: host.clientWidth, height: host.clientHeight }),
    extra: () => ({
      graphologyBuild: built - start,
      ...(options.mode === 'default' ? { fa2Iterations: FA2_ITERATIONS, fa2Layout: laidOut - built } : {}),
      sigmaConstructor: constructed - laidOut,
      webgl: glRenderer,
      renders,
    }),
  };
});
