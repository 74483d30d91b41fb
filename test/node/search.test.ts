/** The search behind the map's and the list's search boxes (src/feed/search.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseFeed } from '../../src/feed/normalise.js';
import { fold, matches, queryWords, searchActors, searchIndex } from '../../src/feed/search.js';

test('fold: lower case without accents, and the letters that do not decompose', () => {
  assert.equal(fold('Associação'), 'associacao');
  assert.equal(fold('Şahin'), 'sahin');
  assert.equal(fold('ÉMILE Çelik'), 'emile celik');
  assert.equal(fold('Işık'), 'isik', 'the dotless ı of Turkish');
  assert.equal(fold('İstanbul'), 'istanbul', 'the dotted İ of Turkish');
  assert.equal(fold('Straße'), 'strasse');
  assert.equal(fold('Søren Bœuf Æther'), 'soren boeuf aether');
  assert.equal(fold('Nguyễn'), 'nguyen', 'stacked marks');
  assert.equal(fold('جمعية النور'), 'جمعية النور', 'scripts without case stay as they are');
  assert.equal(fold(''), '');
});

test('queryWords splits a folded query on any white space', () => {
  assert.deepEqual(queryWords('  Vereniging\tDE   brug '), ['vereniging', 'de', 'brug']);
  assert.deepEqual(queryWords('   '), []);
});

const network = normaliseFeed({
  version: 1,
  actors: [
    { id: 'a', type: 'association', name: 'Vereniging De Brug' },
    { id: 'b', type: 'association', name: 'Brugge Samen' },
    { id: 'c', type: 'association', name: 'Debrugge' },
    { id: 'd', type: 'association', name: 'Brug' },
    { id: 'e', type: 'association', name: 'Associação Cultural Saudade', shortName: 'ACS' },
    { id: 'f', type: 'expert', name: 'Şahin Brugman' },
    { id: 'g', type: 'expert', name: 'Bruges Deux' },
    { id: 'h', type: 'federation', name: 'Federatie Atlas', shortName: 'Atlas' },
  ],
});
const names = (query: string, limit?: number, accept?: Parameters<typeof searchActors>[3]): string[] =>
  searchActors(network, query, limit, accept).map((actor) => actor.name);

test('searchActors: names that start with the query, then a word that does, then the rest', () => {
  // Starts with "brug": Brug (shortest first), Bruges Deux, Brugge Samen; a word starting with it:
  // Şahin Brugman, Vereniging De Brug; inside a word: Debrugge.
  assert.deepEqual(names('brug'), [
    'Brug',
    'Bruges Deux',
    'Brugge Samen',
    'Şahin Brugman',
    'Vereniging De Brug',
    'Debrugge',
  ]);
});

test('searchActors: accents and case do not matter, every word must match, in any order', () => {
  assert.deepEqual(names('ASSOCIACAO'), ['Associação Cultural Saudade']);
  assert.deepEqual(names('sahin'), ['Şahin Brugman']);
  // The first word decides the rank: "brug" starts a word of the first only…
  assert.deepEqual(names('brug de'), ['Vereniging De Brug', 'Debrugge', 'Bruges Deux']);
  // …"de" a word of the first and the last.
  assert.deepEqual(names('de brug'), ['Bruges Deux', 'Vereniging De Brug', 'Debrugge']);
  assert.deepEqual(names('brug zzz'), []);
});

test('searchActors: the short name counts, as a start too', () => {
  assert.deepEqual(names('acs'), ['Associação Cultural Saudade']);
  assert.deepEqual(names('atl'), ['Federatie Atlas']);
});

test('searchActors: an empty query finds nothing; limit and accept narrow the result', () => {
  assert.deepEqual(names(''), []);
  assert.deepEqual(names('  \n '), []);
  assert.deepEqual(names('brug', 2), ['Brug', 'Bruges Deux']);
  assert.deepEqual(
    names('brug', 8, (actor) => actor.type === 'expert'),
    ['Bruges Deux', 'Şahin Brugman'],
  );
  const many = normaliseFeed({
    version: 1,
    actors: Array.from({ length: 12 }, (_, i) => ({ id: `x${i}`, type: 'expert', name: `Expert ${i}` })),
  });
  assert.equal(searchActors(many, 'expert').length, 8, 'the default limit');
  assert.equal(searchActors(many, 'expert', 20).length, 12);
});

test('searchIndex is made once per network; matches needs every word', () => {
  const index = searchIndex(network);
  assert.equal(searchIndex(network), index);
  assert.equal(index.length, network.actors.length);
  const entry = index.find((e) => e.actor.id === 'e')!;
  assert.deepEqual([entry.name, entry.short], ['associacao cultural saudade', 'acs']);
  assert.equal(matches(entry, queryWords('Cultural ACS')), true);
  assert.equal(matches(entry, queryWords('cultural brug')), false);
  assert.equal(matches(entry, []), true, 'no words: everything matches');
});
