import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placesNamed, placesStartingWith } from '../../src/geo/places.js';
import { byDistance, likeliest, whereIs } from '../../src/feed/place-search.js';
import { normaliseFeed } from '../../src/feed/normalise.js';

const named = (text: string): string[] =>
  placesNamed(text).map(({ municipality, place }) => (place ? `${place} (${municipality.name})` : municipality.name));

test('a search names a place by postcode, postcode and place, or name in Dutch, French or English', () => {
  assert.deepEqual(named('2140'), ['Borgerhout (Antwerpen)']);
  assert.deepEqual(named(' B-2140 '), ['Borgerhout (Antwerpen)']);
  assert.deepEqual(named('2140 Borgerhout'), ['Borgerhout (Antwerpen)']);
  assert.deepEqual(named('Borgerhout, 2140'), ['Borgerhout (Antwerpen)']);
  assert.deepEqual(named('Borgerhout'), ['Borgerhout (Antwerpen)']);
  assert.deepEqual(named('Anvers'), ['Antwerpen']);
  assert.deepEqual(named('gand'), ['Gent']);
  assert.deepEqual(named('Ghent'), ['Gent']);
  assert.deepEqual(named('sint genesius rode'), ['Sint-Genesius-Rode']);
  assert.deepEqual(named('Rhode-St-Genèse'), ['Sint-Genesius-Rode']);
  assert.deepEqual(named('Laeken'), ['Laeken (Brussel)']);
});

test('a shared name names every municipality it can mean; other text names none', () => {
  assert.deepEqual(named('Deurne').sort(), ['Deurne (Antwerpen)', 'Deurne (Diest)']);
  assert.deepEqual(named('Vzw Gentse Vrienden'), []);
  assert.deepEqual(named('90000'), []);
  assert.deepEqual(named('4000'), [], 'Liège is not in the table');
  assert.deepEqual(named('Antw'), [], 'a beginning is not a place');
  assert.deepEqual(named('   '), []);
});

test('suggestions: municipalities before postal places, whole names first, at least two letters', () => {
  const suggested = (text: string): string[] =>
    placesStartingWith(text, 3).map(({ municipality, place }) => place ?? municipality.name);
  assert.deepEqual(suggested('antw'), ['Antwerpen']);
  assert.equal(suggested('gent')[0], 'Gent');
  assert.equal(suggested('borger')[0], 'Borgerhout');
  assert.deepEqual(suggested('a'), []);
  assert.deepEqual(suggested('21'), [], 'digits are postcodes, named whole');
  assert.ok(suggested('sint j').includes('Sint-Jans-Molenbeek'));
});

const network = normaliseFeed({
  version: 1,
  actors: [
    { id: 'net', type: 'network', name: 'Net' },
    {
      id: 'borgerhout',
      type: 'association',
      name: 'B',
      location: { postcode: '2140', municipality: 'Antwerpen', lat: 51.2125, lon: 4.4397 },
    },
    { id: 'antwerpen', type: 'association', name: 'A', location: { municipality: 'Antwerpen' } },
    { id: 'mortsel', type: 'association', name: 'M', location: { municipality: 'Mortsel' } },
    { id: 'gent', type: 'association', name: 'G', location: { municipality: 'Gent' } },
    { id: 'brugge', type: 'association', name: 'Br', location: { municipality: 'Brugge' } },
    { id: 'nowhere', type: 'association', name: 'N' },
    { id: 'point', type: 'association', name: 'P', location: { lat: 51.06, lon: 3.73 } },
  ],
});
const actors = network.actors.filter((a) => a.type !== 'network');

test('from a place: its municipality first (same postcode first), then by distance, the unplaced last', () => {
  const from = placesNamed('2140')[0]!;
  const near = byDistance(actors, from);
  const ids = near.actors.map((a) => a.id);
  assert.deepEqual(ids.slice(0, 3), ['borgerhout', 'antwerpen', 'mortsel']);
  assert.deepEqual(ids.slice(3, 5).sort(), ['gent', 'point'], 'Gent, and a point by Gent, before Brugge');
  assert.deepEqual(ids.slice(5), ['brugge', 'nowhere']);
  assert.equal(near.inside, 2);
  const km = (id: string): number => near.distance[ids.indexOf(id)]!;
  assert.ok(Number.isNaN(km('borgerhout')) && Number.isNaN(km('antwerpen')), 'none for those inside');
  assert.ok(Number.isNaN(km('nowhere')), 'none without a place');
  const mortsel = Math.round(km('mortsel'));
  assert.ok(mortsel >= 3 && mortsel <= 8, `Mortsel is a few km from the actors in Borgerhout (${mortsel})`);
  const gent = km('gent');
  assert.ok(gent > 45 && gent < 60, `Gent is about 50 km from Antwerpen (${gent})`);
});

test('from a point: everyone by distance; a name that means two places takes the one with actors', () => {
  const near = byDistance(actors, { lat: 51.05, lon: 3.72 });
  assert.deepEqual(
    near.actors.slice(0, 2).map((a) => a.id),
    ['point', 'gent'],
  );
  assert.equal(near.inside, 0);
  assert.equal(near.actors.at(-1)!.id, 'nowhere');
  assert.equal(likeliest(placesNamed('Deurne'), actors)?.municipality.name, 'Antwerpen');
  assert.equal(whereIs(network.byId.get('point')!).nis, undefined, 'a point alone has no municipality');
});
