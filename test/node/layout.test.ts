/** The graph view's layout (src/widgets/network-map/layout.ts), for the small and the sample feed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseFeed } from '../../src/feed/normalise.js';
import { federationOf } from '../../src/feed/relations.js';
import type { Network } from '../../src/feed/types.js';
import { sampleFeed, smallFeed } from '../../src/mocks/feeds.js';
import { computeLayout, RADIUS, type Layout } from '../../src/widgets/network-map/layout.js';

const networks: Array<[string, Network]> = [
  ['small', normaliseFeed(smallFeed())],
  ['sample', normaliseFeed(sampleFeed())],
];

for (const [name, network] of networks) {
  const layout: Layout = computeLayout(network);

  test(`${name}: every actor is placed exactly once`, () => {
    const placed = layout.nodes.map((node) => node.actor.id);
    assert.equal(placed.length, network.actors.length);
    assert.equal(new Set(placed).size, placed.length, 'no actor twice');
    assert.deepEqual(new Set(placed), new Set(network.actors.map((actor) => actor.id)));
    assert.equal(layout.byId.size, network.actors.length);
    for (const node of layout.nodes) {
      assert.equal(layout.byId.get(node.actor.id), node);
      assert.ok(Number.isFinite(node.x) && Number.isFinite(node.y), `${node.actor.id} has a position`);
      assert.equal(node.r, RADIUS[node.kind]);
    }
  });

  test(`${name}: the hub in the middle, one cluster per federation holding its associations`, () => {
    const hub = layout.byId.get(network.hub!.id)!;
    assert.deepEqual([hub.kind, hub.x, hub.y], ['hub', 0, 0]);
    const federations = network.actors.filter((actor) => actor.type === 'federation');
    assert.ok(federations.length > 0);
    assert.deepEqual(new Set(layout.clusters.keys()), new Set(federations.map((f) => f.id)));
    for (const federation of federations) {
      const cluster = layout.clusters.get(federation.id)!;
      const node = layout.byId.get(federation.id)!;
      assert.equal(cluster.federation, node);
      assert.equal(node.kind, 'federation');
      assert.deepEqual([cluster.x, cluster.y], [node.x, node.y], 'the federation at its cluster’s centre');
      const expected = network.actors
        .filter((actor) => actor.type === 'association' && federationOf(network, actor) === federation)
        .map((actor) => actor.id);
      assert.deepEqual(new Set(cluster.members.map((member) => member.actor.id)), new Set(expected));
      for (const member of cluster.members) {
        assert.equal(member.kind, 'member');
        assert.equal(member.federation, federation.id);
        assert.equal(layout.byId.get(member.actor.id), member);
        assert.ok(
          Math.hypot(member.x - cluster.x, member.y - cluster.y) + member.r <= cluster.r,
          `${member.actor.id} inside ${federation.id}'s disc`,
        );
      }
    }
    // Every member node belongs to a cluster.
    const clustered = new Set([...layout.clusters.values()].flatMap((c) => c.members));
    for (const node of layout.nodes.filter((n) => n.kind === 'member')) assert.ok(clustered.has(node));
  });

  test(`${name}: the clusters do not overlap`, () => {
    const clusters = [...layout.clusters.values()];
    for (const [i, a] of clusters.entries()) {
      for (const b of clusters.slice(i + 1)) {
        assert.ok(
          Math.hypot(a.x - b.x, a.y - b.y) >= a.r + b.r,
          `${a.federation.actor.id} and ${b.federation.actor.id}`,
        );
      }
    }
  });

  test(`${name}: the bounds hold every node whole, and touch the outermost`, () => {
    const { minX, minY, maxX, maxY } = layout.bounds;
    for (const node of layout.nodes) {
      assert.ok(
        node.x - node.r >= minX && node.x + node.r <= maxX && node.y - node.r >= minY && node.y + node.r <= maxY,
        `${node.actor.id} at (${node.x}, ${node.y})`,
      );
    }
    assert.equal(minX, Math.min(...layout.nodes.map((n) => n.x - n.r)));
    assert.equal(maxX, Math.max(...layout.nodes.map((n) => n.x + n.r)));
    assert.equal(minY, Math.min(...layout.nodes.map((n) => n.y - n.r)));
    assert.equal(maxY, Math.max(...layout.nodes.map((n) => n.y + n.r)));
  });

  test(`${name}: the same network gives the same picture, and the grid finds every node`, () => {
    const again = computeLayout(normaliseFeed(name === 'small' ? smallFeed() : sampleFeed()));
    assert.deepEqual(
      again.nodes.map((n) => [n.actor.id, n.x, n.y]),
      layout.nodes.map((n) => [n.actor.id, n.x, n.y]),
    );
    for (const node of layout.nodes) assert.ok([...layout.grid.near(node.x, node.y, 0)].includes(node));
  });
}

test('an empty network: no nodes, no clusters, a box around the origin', () => {
  const layout = computeLayout(normaliseFeed({ version: 1, actors: [] }));
  assert.equal(layout.nodes.length, 0);
  assert.equal(layout.clusters.size, 0);
  assert.deepEqual(layout.bounds, { minX: -50, minY: -50, maxX: 50, maxY: 50 });
});
