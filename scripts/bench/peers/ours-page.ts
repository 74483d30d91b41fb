/**
 * `<mf-network-map>` for `npm run bench:peers`, from the built `dist/mf-network-map.js` (what partners
 * load), fed the raw feed: it validates, normalises, lays out and draws it itself.
 */
import '../../../dist/mf-network-map.js';
import { installBench, until, ZOOM_STEP } from './harness.js';

interface MapElement extends HTMLElement {
  feed: unknown;
  inspect(): { nodes: readonly unknown[]; view: { x: number; y: number; k: number } };
}

installBench((host, feed) => {
  const el = document.createElement('mf-network-map') as MapElement;
  el.style.setProperty('--mf-map-height', '700px');
  el.style.width = '1100px';
  el.style.display = 'block';
  let loaded = 0;
  el.addEventListener('mf-load', () => (loaded = performance.now()), { once: true });
  const t0 = performance.now();
  el.feed = feed;
  host.append(el);
  const canvas = (): HTMLCanvasElement => {
    const found = el.shadowRoot?.querySelector('canvas');
    if (!found) throw new Error('no canvas in mf-network-map');
    return found;
  };
  let drawnAt = 0;
  const drawn = until(() => el.inspect().nodes.length > 0).then(() => void (drawnAt = performance.now()));
  const at = (x: number, y: number): { clientX: number; clientY: number } => {
    const rect = canvas().getBoundingClientRect();
    return { clientX: rect.left + x, clientY: rect.top + y };
  };
  const base = { pointerId: 1, pointerType: 'mouse', bubbles: true, composed: true, button: 0 };
  const pointer = (type: string, x: number, y: number): void =>
    void canvas().dispatchEvent(
      new PointerEvent(type, { ...base, buttons: type === 'pointerup' ? 0 : 1, ...at(x, y) }),
    );
  return {
    drawn,
    driver: {
      via: 'synthetic pointer drag and Ctrl + wheel events on the canvas',
      down: (x, y) => pointer('pointerdown', x, y),
      move: (x, y) => pointer('pointermove', x, y),
      up: (x, y) => pointer('pointerup', x, y),
      zoom: (x, y, factor) =>
        void canvas().dispatchEvent(
          // Our map zooms by e^(-0.0025 deltaY): 40 px of wheel is one step of the script.
          new WheelEvent('wheel', {
            deltaY: (-Math.log(factor) / ZOOM_STEP) * 40,
            ctrlKey: true,
            bubbles: true,
            cancelable: true,
            composed: true,
            ...at(x, y),
          }),
        ),
    },
    surface: () => {
      const rect = canvas().getBoundingClientRect();
      return { width: rect.width, height: rect.height };
    },
    extra: () => ({
      mfLoadToFirstFrame: loaded ? drawnAt - loaded : -1,
      feedToMfLoad: loaded ? loaded - t0 : -1,
      fitZoom: el.inspect().view.k,
      nodesDrawn: el.inspect().nodes.length,
    }),
  };
});
