import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateSample, generateStress } from '../../src/mocks/sample.js';
import { normaliseFeed } from '../../src/feed/normalise.js';
import { BUILTIN_TYPE_IDS } from '../../src/feed/schema.js';
import { MUNICIPALITIES } from '../../src/geo/municipalities.js';

test('the sample generator is deterministic', () => {
  assert.equal(JSON.stringify(generateSample()), JSON.stringify(generateSample()));
  assert.notEqual(JSON.stringify(generateSample({ seed: 1 })), JSON.stringify(generateSample({ seed: 2 })));
});

test('the sample network has the promised shape and is valid', () => {
  const network = normaliseFeed(generateSample());
  assert.deepEqual(network.issues, []);
  assert.equal(network.countsByType.get('network'), 1);
  assert.equal(network.countsByType.get('federation'), 10);
  assert.ok((network.countsByType.get('association') ?? 0) > 1800);
  // Every type but the hub, federations and associations: about 150 each.
  for (const type of BUILTIN_TYPE_IDS.filter((t) => !['network', 'federation', 'association'].includes(t))) {
    const count = network.countsByType.get(type) ?? 0;
    assert.ok(count >= 120 && count <= 180, `${type}: ${count}`);
  }
  // Every association belongs to a federation, every federation to the hub.
  for (const actor of network.actors) {
    if (actor.type === 'association') assert.equal(network.byId.get(actor.memberOf[0] ?? '')?.type, 'federation');
    if (actor.type === 'federation') assert.deepEqual(actor.memberOf, [network.hub?.id]);
  }
  assert.ok(network.links.length > 100);
  // Real municipalities, all six provinces, some descriptions in three languages.
  const names = new Set(MUNICIPALITIES.map((m) => m[1]));
  const located = network.actors.filter((a) => a.location?.municipality);
  assert.ok(located.every((a) => names.has(a.location?.municipality ?? '')));
  assert.equal(network.countsByProvince.size, 6);
  assert.ok(network.actors.some((a) => a.description?.has('fr') && a.description.has('en') && a.description.has('nl')));
  assert.ok(network.actors.every((a) => !a.website || new URL(a.website).hostname.endsWith('.example')));
});

test('the stress feed has about 20,000 actors', () => {
  const network = normaliseFeed(generateStress());
  assert.ok(network.actors.length >= 19_000 && network.actors.length <= 21_000, String(network.actors.length));
  assert.deepEqual(network.issues, []);
});
