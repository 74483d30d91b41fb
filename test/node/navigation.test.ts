/** Spatial navigation (src/widgets/network-map/navigation.ts): the arrow keys' "nearest ahead". */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARROWS, nearestInDirection } from '../../src/widgets/network-map/navigation.js';

interface Point {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}
const at = (id: string, x: number, y: number): Point => ({ id, x, y });
const ids = (point: Point | undefined): string | undefined => point?.id;

test('the arrows are unit steps on screen, y downwards', () => {
  assert.deepEqual(ARROWS, { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] });
});

test('each arrow picks the nearest candidate ahead of it, never one behind or level', () => {
  const from = at('o', 0, 0);
  const points = [
    from,
    at('right', 10, 0),
    at('far-right', 30, 0),
    at('left', -5, 0),
    at('up', 0, -7),
    at('down', 1, 9),
  ];
  const step = (key: string): string | undefined => {
    const [dx, dy] = ARROWS[key]!;
    return ids(nearestInDirection(from, points, dx, dy));
  };
  assert.equal(step('ArrowRight'), 'right');
  assert.equal(step('ArrowLeft'), 'left');
  assert.equal(step('ArrowUp'), 'up');
  assert.equal(step('ArrowDown'), 'down');
  // Straight above, neither left nor right of it: not a candidate for either.
  assert.equal(ids(nearestInDirection(from, [from, at('above', 0, -3)], 1, 0)), undefined);
  assert.equal(ids(nearestInDirection(from, [from, at('above', 0, -3)], -1, 0)), undefined);
});

test('nothing ahead, or only itself: no candidate', () => {
  const from = at('o', 0, 0);
  assert.equal(nearestInDirection(from, [], 1, 0), undefined);
  assert.equal(nearestInDirection(from, [from], 1, 0), undefined);
  assert.equal(nearestInDirection(from, [from, at('behind', -1, 0)], 1, 0), undefined);
});

test('straying sideways costs twice as much as going forward', () => {
  const from = at('o', 0, 0);
  // 10 ahead (score 10) beats 4 ahead and 4 aside (4 + 2 × 4 = 12)…
  assert.equal(ids(nearestInDirection(from, [at('straight', 10, 0), at('aside', 4, 4)], 1, 0)), 'straight');
  // …but not 4 ahead and 2 aside (4 + 2 × 2 = 8).
  assert.equal(ids(nearestInDirection(from, [at('straight', 10, 0), at('aside', 4, -2)], 1, 0)), 'aside');
  // The same rule upwards, where "aside" is x.
  assert.equal(ids(nearestInDirection(from, [at('straight', 0, -10), at('aside', 2, -4)], 0, -1)), 'aside');
  assert.equal(ids(nearestInDirection(from, [at('straight', 0, -10), at('aside', 4, -4)], 0, -1)), 'straight');
});

test('a weight below 1 favours a candidate, and the first of equal scores wins', () => {
  const from = at('o', 0, 0);
  const near = at('near', 5, 0);
  const linked = at('linked', 8, 0);
  assert.equal(ids(nearestInDirection(from, [near, linked], 1, 0)), 'near');
  const favour = (point: Point): number => (point === linked ? 0.5 : 1);
  assert.equal(ids(nearestInDirection(from, [near, linked], 1, 0, favour)), 'linked');
  assert.equal(ids(nearestInDirection(from, [at('a', 5, 1), at('b', 5, -1)], 1, 0)), 'a');
});

test('walking right along a row visits every point in order', () => {
  const row = Array.from({ length: 8 }, (_, i) => at(`p${i}`, i * 10 + (i % 2), i % 3));
  const visited = [row[0]!.id];
  for (let current = row[0]; ;) {
    const next = nearestInDirection(current!, row, 1, 0);
    if (!next) break;
    visited.push(next.id);
    current = next;
  }
  assert.deepEqual(
    visited,
    row.map((point) => point.id),
  );
});
