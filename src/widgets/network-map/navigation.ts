/** Arrow keys as unit directions on screen (y grows downwards). */
export const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/**
 * Spatial navigation: the candidate nearest ahead of `from` in direction (dx, dy), where straying
 * sideways costs twice as much as going forward. `weight` below 1 favours a candidate (the graph
 * view favours actors linked to the current one). Used by both the graph and the geo view; the
 * graph's tests walk every actor this way.
 */
export function nearestInDirection<T extends { readonly x: number; readonly y: number }>(
  from: T,
  candidates: Iterable<T>,
  dx: number,
  dy: number,
  weight: (candidate: T) => number = () => 1,
): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === from) continue;
    const vx = candidate.x - from.x;
    const vy = candidate.y - from.y;
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const score = (along + 2 * Math.abs(vx * dy - vy * dx)) * weight(candidate);
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}
