import type { Actor } from './types.js';

/** Whether the actor says where it is but not yet in which municipality and province. */
export function needsPlace(actor: Actor): boolean {
  const location = actor.location;
  if (!location || actor.type === 'network') return false;
  const hint = location.postcode ?? location.place ?? location.municipality;
  return hint !== undefined && (location.province === undefined || location.municipality === undefined);
}
