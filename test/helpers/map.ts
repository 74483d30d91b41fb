/**
 * The network map as its tests drive it: when it has drawn, a frame, a click on its canvas, and
 * what it drew (`inspect()`, the element's internal view of its canvas).
 */
import type { MapInspection } from '../../src/widgets/network-map/views/map-view.js';
import type { MfNetworkMap } from '../../src/widgets/network-map/network-map.js';
import { isSettled, q } from './shadow.js';
import { WAIT, waitFor } from './wait.js';

/** Resolves after the next frame has been drawn (two animation frames: the one asked for, then one after it). */
export const frame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** The geo view's part of the inspection (fails a test that reads it in another view). */
export const geo = (el: MfNetworkMap): NonNullable<MapInspection['geo']> => el.inspect().geo!;

/** The ids of the actors on the canvas now. */
export const drawnIds = (el: MfNetworkMap): Set<string> => new Set(el.inspect().nodes.map((n) => n.id));

/** Whether the map has drawn its view: the graph's nodes, the geo view's bubbles, or its list. */
export function mapDrawn(el: MfNetworkMap): boolean {
  if (el.view === 'list') return Boolean(q(el, 'mf-actor-list'));
  const seen = el.inspect();
  return el.view === 'geo' ? (seen.geo?.targets.length ?? 0) > 0 : seen.nodes.length > 0;
}

/** Whether a widget has settled, and a map has drawn too (a map in an error or empty state has settled). */
export function widgetSettled(el: Element): boolean {
  if (!isSettled(el)) return false;
  if (el.localName !== 'mf-network-map' || q(el, '[part="state"]')) return true;
  return mapDrawn(el as MfNetworkMap);
}

/** Resolves once the graph view has drawn actors. */
export const graphDrawn = (el: MfNetworkMap): Promise<void> =>
  waitFor(() => el.inspect().nodes.length > 0, 'the map drew nothing', WAIT.heavy);

/** Resolves once the geo view has drawn bubbles. */
export const geoDrawn = (el: MfNetworkMap): Promise<void> =>
  waitFor(() => (el.inspect().geo?.targets.length ?? 0) > 0, 'the geo view drew nothing', WAIT.heavy);

/** Client coordinates of the point (x, y) of the map's canvas (CSS pixels from its top left). */
export function canvasPoint(el: MfNetworkMap, x: number, y: number): { clientX: number; clientY: number } {
  const rect = q<HTMLCanvasElement>(el, 'canvas')!.getBoundingClientRect();
  return { clientX: rect.left + x, clientY: rect.top + y };
}

/** A mouse click (pointer down and up) at (x, y) of the map's canvas. */
export function click(el: MfNetworkMap, x: number, y: number): void {
  const canvas = q<HTMLCanvasElement>(el, 'canvas')!;
  const at = { ...canvasPoint(el, x, y), pointerId: 1, pointerType: 'mouse', bubbles: true, button: 0 };
  canvas.dispatchEvent(new PointerEvent('pointerdown', at));
  canvas.dispatchEvent(new PointerEvent('pointerup', at));
}

/** A key pressed on the map's canvas, as a keydown event (no focus needed). Returns the event. */
export function keydown(el: MfNetworkMap, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  q<HTMLCanvasElement>(el, 'canvas')!.dispatchEvent(event);
  return event;
}

/**
 * The view switch's buttons, in order: graph, geo, list. The switch has no part of its own: it
 * is the toolbar's button group (`role="group"`, named "Weergave" in Dutch).
 */
export const viewButtons = (el: MfNetworkMap): HTMLButtonElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toolbar"] [role="group"] button'),
];
