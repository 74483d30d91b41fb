/** The map's hit-testing grid (src/widgets/network-map/grid.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PointGrid } from '../../src/widgets/network-map/grid.js';

interface Point {
  readonly id: number;
  readonly x: number;
  readonly y: number;
}

/** A small deterministic generator (mulberry32): the same points on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function scatter(count: number, spread: number, seed = 1): Point[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, id) => ({
    id,
    x: (next() - 0.5) * spread,
    y: (next() - 0.5) * spread,
  }));
}

const within = (points: readonly Point[], x: number, y: number, reach: number): Point[] =>
  points.filter((p) => Math.hypot(p.x - x, p.y - y) <= reach);

test('near finds every point within reach, wherever the query falls (cells of either sign, edges)', () => {
  const points = scatter(3000, 2000);
  // Points on cell edges, and on the origin.
  points.push({ id: -1, x: 0, y: 0 }, { id: -2, x: 32, y: -32 }, { id: -3, x: -64, y: 64 });
  const grid = new PointGrid(points, 32);
  const next = random(7);
  for (let i = 0; i < 500; i++) {
    const [x, y] = [(next() - 0.5) * 2200, (next() - 0.5) * 2200];
    const reach = next() * 80;
    const found = [...grid.near(x, y, reach)];
    const ids = new Set(found.map((p) => p.id));
    assert.equal(ids.size, found.length, 'no point twice');
    for (const point of within(points, x, y, reach)) {
      assert.ok(ids.has(point.id), `point ${point.id} at (${point.x}, ${point.y}) within ${reach} of (${x}, ${y})`);
    }
  }
  for (const point of points.slice(-3)) {
    assert.ok([...grid.near(point.x, point.y, 0)].includes(point), `a point on a cell edge, reach 0: ${point.id}`);
  }
});

test('near looks only at nearby cells when the reach is small', () => {
  const points = scatter(2000, 4000, 3);
  const grid = new PointGrid(points, 32);
  const found = [...grid.near(0, 0, 10)];
  // A reach of 10 touches at most 2 × 2 cells of 32: far fewer points than the whole grid.
  assert.ok(found.length < 50, `${found.length} points yielded`);
  for (const point of found) {
    assert.ok(Math.abs(point.x) < 64 + 10 && Math.abs(point.y) < 64 + 10, 'only points from nearby cells');
  }
});

test('a reach spanning more cells than there are yields every point once', () => {
  const points = scatter(40, 10_000, 5);
  const grid = new PointGrid(points, 16);
  for (const reach of [5_000, 1e7]) {
    const found = [...grid.near(0, 0, reach)];
    assert.equal(found.length, points.length, `reach ${reach}`);
    assert.deepEqual(new Set(found), new Set(points));
  }
  // Exactly at the switch: a reach whose square spans as many cells as the grid holds still finds all.
  const few = [
    { id: 1, x: 0, y: 0 },
    { id: 2, x: 100, y: 100 },
  ];
  const small = new PointGrid(few, 10);
  assert.deepEqual(new Set(small.near(50, 50, 80)), new Set(few));
});

test('an empty grid yields nothing', () => {
  const grid = new PointGrid<Point>([]);
  assert.deepEqual([...grid.near(0, 0, 100)], []);
  assert.deepEqual([...grid.near(0, 0, 0)], []);
});
