import { own } from '../../util/own.js';
import { prefersReducedMotion } from '../../util/motion.js';
import { ARROWS } from './navigation.js';
import type { MapViewStrategy } from './views/map-view.js';

/**
 * The map's keys, the same in every view: arrows travel, Enter or Space chooses, Escape closes the
 * selection (then whatever the view has to close), plus and minus zoom, 0 shows everything, Home
 * goes back to the start.
 */
export function handleMapKey(
  event: KeyboardEvent,
  view: MapViewStrategy,
  /** Escape closes what is selected (or chosen); false when there was nothing. */
  escape: () => boolean,
): void {
  if (!view.keysReady) return;
  const { camera } = view;
  const zoom = (factor: number): void =>
    camera.zoomAt(camera.width / 2, camera.height / 2, factor, !prefersReducedMotion());
  const direction = own(ARROWS, event.key);
  let handled = true;
  if (direction) handled = view.move(direction[0], direction[1]);
  else if (event.key === 'Enter' || event.key === ' ') handled = view.activate();
  else if (event.key === 'Escape') {
    if (!escape()) handled = view.escape();
  } else if (event.key === '+' || event.key === '=') zoom(1.5);
  else if (event.key === '-' || event.key === '_') zoom(1 / 1.5);
  else if (event.key === '0') view.fit(true);
  else if (event.key === 'Home') handled = view.home();
  else handled = false;
  if (handled) event.preventDefault();
}
