/**
 * The map's camera (src/widgets/network-map/camera.ts) without a browser: what fits, how far it
 * zooms, and that screen and world coordinates convert both ways.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  boundsOf,
  Camera,
  MIN_ZOOM_FACTOR,
  REST_MS,
  type Bounds,
  type View,
} from '../../src/widgets/network-map/camera.js';

// Camera.go cancels a running animation first, even when it does not animate; Node has no frames.
globalThis.cancelAnimationFrame ??= () => undefined;

const close = (actual: number, expected: number, message?: string): void =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${message ?? ''} ${actual} ≠ ${expected}`.trim());

function camera(width = 800, height = 600, maxZoom?: number): { camera: Camera; changes: () => number } {
  let changes = 0;
  const result = new Camera(() => changes++, maxZoom);
  result.setSize(width, height);
  return { camera: result, changes: () => changes };
}

/** Where the corners of `bounds` land on screen under `view`. */
function corners(view: View, bounds: Bounds): Array<[number, number]> {
  return [
    [bounds.minX, bounds.minY],
    [bounds.maxX, bounds.maxY],
  ].map(([x, y]) => [x! * view.k + view.x, y! * view.k + view.y]);
}

test('fitView shows the bounds whole, centred, touching the padding on the tighter side', () => {
  const { camera: cam } = camera(800, 600);
  const wide: Bounds = { minX: -100, minY: 20, maxX: 300, maxY: 120 };
  const view = cam.fitView(wide, 24);
  // 400 × 100 world units in 752 × 552 pixels: the width decides.
  close(view.k, 752 / 400);
  const [[left, top], [right, bottom]] = corners(view, wide) as [[number, number], [number, number]];
  close(left, 24, 'left edge at the padding');
  close(right, 800 - 24, 'right edge at the padding');
  close((top + bottom) / 2, 300, 'centred vertically');
  assert.ok(top >= 24 && bottom <= 600 - 24, 'the other side fits inside the padding');

  const tall: Bounds = { minX: 0, minY: 0, maxX: 10, maxY: 1000 };
  const tallView = cam.fitView(tall, 0);
  close(tallView.k, 600 / 1000, 'the height decides');
  const [[, tallTop], [, tallBottom]] = corners(tallView, tall) as [[number, number], [number, number]];
  close(tallTop, 0);
  close(tallBottom, 600);
});

test('fitView of a single point or a padding wider than the canvas stays finite and positive', () => {
  const { camera: cam } = camera(100, 100);
  const point = cam.fitView({ minX: 5, minY: 5, maxX: 5, maxY: 5 });
  assert.ok(Number.isFinite(point.k) && point.k > 0);
  close(5 * point.k + point.x, 50, 'the point is in the middle');
  const squeezed = cam.fitView({ minX: 0, minY: 0, maxX: 10, maxY: 10 }, 80);
  close(squeezed.k, 1e-3, 'the smallest scale, not a negative one');
});

test('zoomAt stops at the closest zoom and at half the zoom that fits everything', () => {
  const { camera: cam, changes } = camera(800, 600, 12);
  const bounds: Bounds = { minX: 0, minY: 0, maxX: 1000, maxY: 1000 };
  cam.setHome(bounds);
  const fitK = cam.fitView(bounds).k;
  cam.view = cam.fitView(bounds);

  cam.zoomAt(400, 300, 1e6);
  close(cam.view.k, 12, 'the closest zoom');
  cam.zoomAt(400, 300, 2);
  close(cam.view.k, 12, 'no closer');

  cam.zoomAt(400, 300, 1e-6);
  close(cam.view.k, fitK * MIN_ZOOM_FACTOR, 'the farthest zoom');
  cam.zoomAt(400, 300, 0.5);
  close(cam.view.k, fitK * MIN_ZOOM_FACTOR, 'no farther');
  assert.equal(changes(), 4, 'each zoom tells the map once');

  close(cam.clampK(1e9), 12);
  close(cam.clampK(0), fitK * MIN_ZOOM_FACTOR);
  close(cam.clampK(0.4), 0.4, 'a scale within the limits is kept');
});

test('zoomAt keeps the point under the pointer where it is, limits or not', () => {
  const { camera: cam } = camera(800, 600, 12);
  cam.setHome({ minX: 0, minY: 0, maxX: 1000, maxY: 1000 });
  cam.view = { x: 37, y: -12, k: 0.7 };
  for (const [px, py, factor] of [
    [120, 80, 1.5],
    [700, 500, 0.8],
    [10, 590, 1e6],
    [400, 10, 1e-6],
  ] as const) {
    const before = cam.toWorld(px, py);
    cam.zoomAt(px, py, factor);
    const after = cam.toWorld(px, py);
    close(after[0], before[0], `x under (${px}, ${py}) ×${factor}`);
    close(after[1], before[1], `y under (${px}, ${py}) ×${factor}`);
  }
});

test('toScreen and toWorld are each other’s inverse', () => {
  const { camera: cam } = camera();
  for (const view of [
    { x: 0, y: 0, k: 1 },
    { x: 400, y: 300, k: 2.5 },
    { x: -1234.5, y: 88.25, k: 0.013 },
    { x: 17, y: -3, k: 12 },
  ]) {
    cam.view = view;
    for (const [wx, wy] of [
      [0, 0],
      [12.5, -7],
      [-5000, 4200.125],
    ] as const) {
      const [px, py] = cam.toScreen(wx, wy);
      const [bx, by] = cam.toWorld(px, py);
      assert.ok(Math.abs(bx - wx) < 1e-6 && Math.abs(by - wy) < 1e-6, `(${wx}, ${wy}) at k ${view.k}`);
    }
    close(cam.toScreen(0, 0)[0], view.x, 'the world origin is at (x, y)');
    close(cam.toScreen(1, 0)[0] - cam.toScreen(0, 0)[0], view.k, 'one world unit is k pixels');
  }
});

test('setSize keeps the centre of the picture where it was', () => {
  const { camera: cam } = camera(800, 600);
  cam.view = { x: 100, y: 50, k: 2 };
  const centre = cam.toWorld(400, 300);
  cam.setSize(1000, 400);
  const moved = cam.toWorld(500, 200);
  close(moved[0], centre[0]);
  close(moved[1], centre[1]);
});

test('boundsOf takes every item with its radius', () => {
  const items = [
    { x: 0, y: 0, r: 1 },
    { x: 10, y: -4, r: 3 },
    { x: -2, y: 8 },
  ];
  assert.deepEqual(
    boundsOf(items, (item) => [item.x, item.y, item.r]),
    { minX: -2, minY: -7, maxX: 13, maxY: 8 },
  );
  assert.deepEqual(
    boundsOf([[4, 5]] as const, ([x, y]) => [x, y]),
    { minX: 4, minY: 5, maxX: 4, maxY: 5 },
  );
  // Nothing to hold: an empty box (min above max), which callers replace (the layout does).
  const empty = boundsOf([], () => [0, 0]);
  assert.ok(empty.minX > empty.maxX && empty.minY > empty.maxY);
});

test('a single jump is not a move; a run of changes less than REST_MS apart is, until the view rests', async () => {
  const camera = new Camera(() => undefined);
  camera.setSize(800, 600);
  camera.panBy(10, 0);
  assert.equal(camera.moving, false, 'one change alone');
  camera.panBy(10, 0);
  assert.equal(camera.moving, true, 'the second change of a run');
  await new Promise((resolve) => setTimeout(resolve, REST_MS + 20));
  assert.equal(camera.moving, false, 'rested');
  camera.zoomAt(400, 300, 1.1);
  assert.equal(camera.moving, false, 'a jump after a rest starts a new run');
});

test('a run goes on across a slow picture: REST_MS counts from when it was drawn', async () => {
  const camera = new Camera(() => undefined);
  camera.setSize(800, 600);
  camera.panBy(10, 0);
  // The picture for that change took longer than REST_MS to draw (a weak GPU).
  await new Promise((resolve) => setTimeout(resolve, REST_MS + 30));
  camera.painted();
  camera.panBy(10, 0);
  assert.equal(camera.moving, true);
});
