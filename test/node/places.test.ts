import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePlace, placeKeys, type PlaceQuery } from '../../src/geo/places.js';
import { applyPlaces } from '../../src/feed/apply-places.js';
import { normaliseFeed } from '../../src/feed/normalise.js';

/** "Borgerhout (Antwerpen)", "Antwerpen", or "—" when nothing was placed. */
function where(query: PlaceQuery): string {
  const { resolved } = resolvePlace(query);
  if (!resolved) return '—';
  const { municipality, place } = resolved;
  return place ? `${place} (${municipality.name})` : municipality.name;
}
const codes = (query: PlaceQuery): string[] => resolvePlace(query).problems.map((p) => p.code);

test('postcode and name first: 3290 Deurne is Diest, 2100 Deurne is Antwerpen', () => {
  assert.equal(where({ postcode: '3290', place: 'Deurne' }), 'Deurne (Diest)');
  assert.equal(where({ postcode: '2100', place: 'Deurne' }), 'Deurne (Antwerpen)');
  assert.equal(resolvePlace({ postcode: '3290', place: 'Deurne' }).resolved?.municipality.province, 'vlaams-brabant');
});

test('the postcode alone names the postal place when it has only one', () => {
  assert.equal(where({ postcode: '2140' }), 'Borgerhout (Antwerpen)');
  assert.equal(where({ postcode: 2140 }), 'Borgerhout (Antwerpen)', 'a number, as a spreadsheet cell gives it');
  assert.equal(where({ postcode: 'B-1020', place: 'Laeken' }), 'Laeken (Brussel)');
  assert.equal(where({ postcode: '2140', municipality: 'Antwerpen' }), 'Borgerhout (Antwerpen)');
  assert.equal(where({ postcode: '9000' }), 'Gent');
});

test('a name alone: municipalities in Dutch, French or English, postal places, old municipalities', () => {
  assert.equal(where({ place: 'Laeken' }), 'Laeken (Brussel)');
  assert.equal(where({ municipality: 'Rhode-Saint-Genèse' }), 'Sint-Genesius-Rode');
  assert.equal(where({ municipality: 'sint genesius rode' }), 'Sint-Genesius-Rode');
  assert.equal(where({ municipality: 'ST-GENESIUS-RODE' }), 'Sint-Genesius-Rode');
  assert.equal(where({ municipality: 'Anvers' }), 'Antwerpen');
  assert.equal(where({ municipality: 'Gand' }), 'Gent');
  assert.equal(where({ municipality: 'Ghent' }), 'Gent');
  assert.equal(where({ municipality: 'Molenbeek' }), 'Sint-Jans-Molenbeek');
  assert.equal(where({ municipality: 'Nevele' }), 'Nevele (Deinze)', 'merged into Deinze in 2025');
  assert.equal(where({ place: 'Ledeberg' }), 'Ledeberg (Gent)');
  // A municipality's own name wins over a postal place of the same name elsewhere (Aalst in Sint-Truiden).
  assert.equal(where({ municipality: 'Aalst' }), 'Aalst');
});

test('an ambiguous name is a warning, narrowed by the municipality when there is one', () => {
  assert.equal(where({ place: 'Deurne' }), '—');
  assert.deepEqual(codes({ place: 'Deurne' }), ['name-ambiguous']);
  assert.equal(where({ place: 'Deurne', municipality: 'Antwerpen' }), 'Deurne (Antwerpen)');
  assert.deepEqual(codes({ place: 'Deurne', municipality: 'Antwerpen' }), []);
});

test('postcodes outside Flanders and Brussels, and names that do not fit', () => {
  assert.deepEqual(codes({ postcode: '90000' }), ['postcode-invalid']);
  assert.deepEqual(codes({ postcode: '4000', place: 'Liège' }), ['postcode-unknown', 'name-unknown']);
  assert.equal(where({ postcode: '9000', place: 'Borgerhout' }), 'Gent', 'the postcode wins');
  assert.deepEqual(codes({ postcode: '9000', place: 'Borgerhout' }), ['name-not-in-postcode']);
  assert.deepEqual(codes({ postcode: '1040' }), ['postcode-ambiguous']);
  assert.equal(where({ postcode: '1040' }), 'Etterbeek');
  assert.equal(where({ postcode: '1040', place: 'Brussel' }), 'Brussel');
});

test('placeKeys: case, accents, hyphens, spaces and St', () => {
  assert.ok(placeKeys('Sint-Genesius-Rode').some((k) => placeKeys('st genesius rode').includes(k)));
  assert.ok(placeKeys('Rhode-Saint-Genèse').some((k) => placeKeys('rhode st genese').includes(k)));
  assert.deepEqual(placeKeys('  '), []);
});

test('a feed: actors with only a postcode, a place or a French name are completed and counted', () => {
  const network = applyPlaces(
    normaliseFeed({
      version: 1,
      actors: [
        { id: 'a', type: 'association', name: 'A', location: { postcode: '2140' } },
        { id: 'b', type: 'association', name: 'B', location: { place: 'Laeken' } },
        { id: 'c', type: 'association', name: 'C', location: { municipality: 'Gand' } },
        { id: 'd', type: 'association', name: 'D', location: { place: 'Deurne' } },
        { id: 'e', type: 'association', name: 'E', location: { municipality: 'Gent', province: 'oost-vlaanderen' } },
      ],
    }),
  );
  assert.deepEqual(network.byId.get('a')!.location, {
    postcode: '2140',
    place: 'Borgerhout',
    municipality: 'Antwerpen',
    province: 'antwerpen',
  });
  assert.equal(network.byId.get('b')!.location!.municipality, 'Brussel');
  assert.equal(network.byId.get('c')!.location!.province, 'oost-vlaanderen');
  assert.deepEqual(Object.fromEntries(network.countsByProvince), { antwerpen: 1, brussel: 1, 'oost-vlaanderen': 2 });
  assert.deepEqual(
    network.issues.map((i) => `${i.severity} ${i.pointer}`),
    ['warning /actors/3/location/place'],
  );
  assert.match(network.issues[0]!.message, /Deurne.*Antwerpen, Diest.*postcode/);
});
