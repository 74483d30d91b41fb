/**
 * The spreadsheet → feed builder as the network's staff meet it: their headers, their separators,
 * their mistakes, each named by row and column; and a feed written back to a sheet that builds
 * again to the same actors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFeed, type BuildResult } from '../../src/sheet/build.js';
import { readWorkbook, SheetRefusal } from '../../src/sheet/read.js';
import { toCsv, toSheet, toXlsx } from '../../src/sheet/export.js';
import { makeLookups } from '../../src/sheet/lookups.js';
import { writeXlsx } from '../../src/sheet/xlsx.js';
import { normaliseFeed } from '../../src/feed/normalise.js';
import { toFeed } from '../../src/feed/serialise.js';
import { generateSample } from '../../src/mocks/sample.js';

const NOW = new Date('2026-11-30T12:00:00Z');
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function build(text: string | Uint8Array, name = 'netwerk.csv', options = {}): Promise<BuildResult> {
  const workbook = await readWorkbook(typeof text === 'string' ? encode(text) : text, name);
  return buildFeed(workbook, { now: NOW, ...options });
}

/** A workbook as Excel would save it, written with the export's own writer. */
async function xlsx(sheets: Array<{ sheet: string; data: Array<Array<string | null>> }>): Promise<Uint8Array> {
  return Promise.resolve(
    writeXlsx(sheets.map(({ sheet, data }) => ({ name: sheet, rows: data.map((row) => row.map((c) => c ?? '')) }))),
  );
}

const actors = (result: BuildResult): Array<Record<string, unknown>> =>
  result.feed['actors'] as Array<Record<string, unknown>>;
const byName = (result: BuildResult, name: string): Record<string, unknown> | undefined =>
  actors(result).find((a) => a['name'] === name);
const said = (result: BuildResult): string[] =>
  result.report.problems.map((p) => `${p.severity} ${p.row ?? '-'} ${p.column ?? '-'}: ${p.message}`);

const SHEET = [
  'naam;soort;korte naam;federatie;postcode;plaats;gemeente;provincie;website;e-mail;contactpersoon;lidnummer',
  'Federatie Atlas;federatie;Atlas;;1000;;Brussel;;https://atlas.example;info@atlas.example;Jan Peeters;17',
  'VZW De Brug;lokale vereniging;;Atlas;2140;Borgerhout;;;www.debrug.example;;Piet;18',
  'Ledeberg Samen;association locale;;federatie atlas;9050;Ledeberg;;Oost-Vlaanderen;;;;19',
  'Laken Leeft;Local association;;Federatie Atlas;1020;Laeken;;;;;;20',
  'Rode Hart;lokale vereniging;;Atlas;;;Rhode-Saint-Genèse;;;;;',
].join('\r\n');

test('a Dutch sheet with semicolons, BOM and CRLF: types by label, federations by name or short name, places resolved', async () => {
  const result = await build(`\uFEFF${SHEET}\r\n`);
  assert.equal(result.exitCode, 0, said(result).join('\n'));
  assert.equal(result.report.actors, 5);
  assert.equal(result.report.placed, 5);
  const brug = byName(result, 'VZW De Brug')!;
  assert.equal(brug['type'], 'association');
  assert.equal(brug['website'], 'https://www.debrug.example/');
  assert.deepEqual(brug['location'], {
    place: 'Borgerhout',
    municipality: 'Antwerpen',
    postcode: '2140',
    province: 'antwerpen',
  });
  const atlas = byName(result, 'Federatie Atlas')!;
  assert.deepEqual(brug['memberOf'], [atlas['id']]);
  assert.deepEqual(byName(result, 'Ledeberg Samen')!['memberOf'], [atlas['id']]);
  assert.deepEqual(atlas['memberOf'], ['minderhedenforum'], 'a federation belongs to the network');
  assert.equal((byName(result, 'Laken Leeft')!['location'] as Record<string, string>)['municipality'], 'Brussel');
  assert.equal(
    (byName(result, 'Rode Hart')!['location'] as Record<string, string>)['municipality'],
    'Sint-Genesius-Rode',
  );
});

test('columns outside the list are never published, and the report names each once', async () => {
  const result = await build(SHEET);
  const text = JSON.stringify(result.feed) + JSON.stringify(result.stats);
  assert.ok(!text.includes('Jan Peeters') && !text.includes('Piet'), 'a contact person reached the feed');
  assert.deepEqual(result.report.unpublished, ['contactpersoon', 'lidnummer']);
  assert.equal(result.report.problems.filter((p) => p.severity === 'info').length, 2);
});

test('English headers, commas, LF; types by id', async () => {
  const result = await build(
    'Name,Type,Federation,Postal code,Place\nAtlas,federation,,3290,Deurne\nClub,association,Atlas,2100,Deurne\n',
  );
  assert.equal(result.exitCode, 0, said(result).join('\n'));
  assert.equal((byName(result, 'Atlas')!['location'] as Record<string, string>)['municipality'], 'Diest');
  assert.equal((byName(result, 'Club')!['location'] as Record<string, string>)['municipality'], 'Antwerpen');
});

test('generated ids stay the same while name and postcode do, whatever the row order', async () => {
  const one = await build(SHEET);
  const lines = SHEET.split('\r\n');
  const two = await build([lines[0], ...lines.slice(1).reverse()].join('\r\n'));
  const ids = (r: BuildResult): string[] =>
    actors(r)
      .map((a) => `${String(a['name'])}=${String(a['id'])}`)
      .sort();
  assert.deepEqual(ids(one), ids(two));
  assert.equal(byName(one, 'VZW De Brug')!['id'], 'vzw-de-brug-2140');
});

test('every mistake is named by row and column, the good rows still make the feed', async () => {
  const result = await build(
    [
      'naam;soort;federatie;postcode;plaats;website;e-mail;sinds;id',
      'Atlas;federatie;;;;;;;fed-1',
      'Goed;lokale vereniging;Atlas;2140;;;;;',
      ';lokale vereniging;Atlas;2140;;;;;',
      'Zonder soort;;;;;;;;',
      'Verkeerd;klub;;;;;;;',
      'Postcode fout;lokale vereniging;Atlas;90000;;;;;',
      'Buiten;lokale vereniging;Atlas;4000;Liège;;;;',
      'Link fout;lokale vereniging;Atlas;;;javascript:alert(1);x@y;1066;',
      'Dubbel;lokale vereniging;Atlas;;;;;;fed-1',
      'Zichzelf;federatie;Zichzelf;;;;;;',
      'Bij vereniging;lokale vereniging;Goed;;;;;;',
      '=HYPERLINK("https://evil.example");lokale vereniging;Atlas;;;;;;',
      '<img src=x onerror=alert(1)>;lokale vereniging;Atlas;;;;;;',
      'Deurne vzw;lokale vereniging;Atlas;;Deurne;;;;',
      ';;;;;;;;',
    ].join('\n'),
  );
  assert.equal(result.exitCode, 1);
  const lines = said(result);
  const has = (pattern: RegExp): void =>
    assert.ok(
      lines.some((l) => pattern.test(l)),
      `${pattern} not in\n${lines.join('\n')}`,
    );
  has(/^error 4 naam: geen naam; rij weggelaten$/);
  has(/^error 5 soort: geen soort; rij weggelaten$/);
  has(/^error 6 soort: “klub” is geen soort/);
  has(/^error 7 postcode: 90000 is geen Belgische postcode; genegeerd$/);
  has(/^warning 8 postcode: postcode 4000 ligt niet in Vlaanderen of Brussel/);
  has(/^error 9 website: “javascript:alert\(1\)” is geen webadres/);
  has(/^error 9 e-mail: “x@y” is geen e-mailadres/);
  has(/^error 9 sinds: “1066” is geen jaartal/);
  has(/^error 10 id: de id “fed-1” staat al op rij 2; rij weggelaten$/);
  has(/^error 11 federatie: een rij kan niet haar eigen federatie zijn/);
  has(/^error 12 federatie: “Goed” is een lokale vereniging, geen federatie/);
  has(/^warning 13 naam: begint als een formule/);
  has(/^warning 14 naam: bevat HTML-opmaak/);
  has(/^warning 15 plaats: “Deurne” ligt in Antwerpen, Diest; vul de postcode in$/);
  assert.equal(result.report.rowsLeftOut, 4);
  const names = actors(result).map((a) => a['name']);
  for (const kept of [
    'Atlas',
    'Goed',
    'Postcode fout',
    'Buiten',
    'Link fout',
    'Zichzelf',
    'Bij vereniging',
    'Deurne vzw',
  ])
    assert.ok(names.includes(kept), `${kept} was lost`);
  assert.ok(names.includes('<img src=x onerror=alert(1)>'), 'markup is kept as text');
  const problem = result.report.problems.find((p) => p.row === 7)!;
  assert.equal(problem.cell, 'D7');
  assert.equal(problem.name, 'Postcode fout');
  assert.deepEqual(byName(result, 'Postcode fout')!['memberOf'], ['fed-1']);
});

test('messages in French and English', async () => {
  const csv = 'naam;soort;postcode\nX;lokale vereniging;90000\n';
  assert.match(
    (await build(csv, 'x.csv', { lang: 'fr' })).report.problems[0]!.message,
    /n’est pas un code postal belge/,
  );
  assert.match((await build(csv, 'x.csv', { lang: 'en' })).report.problems[0]!.message, /is not a Belgian postcode/);
});

test('a province that contradicts the postcode is a warning, and the postcode wins', async () => {
  const result = await build('naam;soort;postcode;provincie\nX;expert;2140;Limburg\n');
  assert.equal(result.exitCode, 0);
  assert.match(
    said(result)[0]!,
    /^warning 2 provincie: provincie “Limburg” klopt niet met de plaats \(Borgerhout\); Antwerpen gebruikt/,
  );
  assert.equal((actors(result)[0]!['location'] as Record<string, string>)['province'], 'antwerpen');
});

test('refusals: empty, no name column, a PDF, an old .xls, a broken .xlsx, a zip bomb, binary', async () => {
  const refused = async (bytes: Uint8Array, name: string): Promise<string> => {
    try {
      await build(bytes, name);
    } catch (error) {
      assert.ok(error instanceof SheetRefusal, String(error));
      return error.code;
    }
    assert.fail(`${name} was read`);
  };
  assert.equal(await refused(new Uint8Array(), 'leeg.csv'), 'empty');
  assert.equal(await refused(encode('\n\n'), 'leeg.csv'), 'empty');
  assert.equal(await refused(encode('postcode;plaats\n2140;Borgerhout\n'), 'x.csv'), 'no-name-column');
  assert.equal(await refused(encode('%PDF-1.7\n%âãÏÓ'), 'netwerk.xlsx'), 'pdf');
  assert.equal(await refused(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'oud.xls'), 'xls');
  assert.equal(await refused(encode('naam\nx'), 'hernoemd.xlsx'), 'not-xlsx');
  assert.equal(await refused(new Uint8Array([0, 1, 2, 0, 0, 0, 7]), 'x.csv'), 'binary');
  // A real workbook whose zip directory declares 3 GB for a sheet: refused before anything unpacks.
  const bomb = await xlsx([{ sheet: 'actoren', data: [['naam'], ['x']] }]);
  const view = new DataView(bomb.buffer);
  for (let i = 0; i < bomb.length - 46; i++)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 3_000_000_000, true);
  assert.equal(await refused(bomb, 'bom.xlsx'), 'zip-bomb');
});

test('a Windows-1252 CSV from old Excel is decoded, with a warning that says how to save as UTF-8', async () => {
  // "Fédération Één" in Windows-1252.
  const bytes = new Uint8Array([
    ...encode('naam;soort\nF'),
    0xe9,
    ...encode('d'),
    0xe9,
    ...encode('ration ;federatie\n'),
  ]);
  const result = await build(bytes);
  assert.equal(actors(result)[0]!['name'], 'Fédération');
  assert.match(said(result)[0]!, /^warning - -: .*Windows-1252.*CSV UTF-8/);
});

test('1,000 columns, a 50 MB cell, merged and empty rows', async () => {
  const header = ['naam', 'soort', ...Array.from({ length: 998 }, (_, i) => `extra ${i}`)];
  const wide = await build(`${header.join(';')}\nX;expert\n`);
  assert.equal(wide.report.actors, 1);
  assert.equal(wide.report.unpublished.length, 998);
  const huge = 'a'.repeat(50 * 1024 * 1024);
  const big = await build(`naam;soort;beschrijving\nGroot;expert;${huge}\nKlein;expert;kort\n`);
  assert.equal(big.report.actors, 2, 'the row with the huge cell is kept');
  assert.ok(said(big).some((l) => /^error 2 beschrijving: te lang \(52428800 tekens/.test(l)));
  // Merged cells in Excel leave the other cells of the merge empty; empty rows are skipped silently.
  const merged = await build(
    await xlsx([
      {
        sheet: 'Blad1',
        data: [
          ['naam', 'soort'],
          ['A', 'expert'],
          [null, null],
          ['B', null],
          [null, 'expert'],
        ],
      },
    ]),
    'x.xlsx',
  );
  assert.deepEqual(
    actors(merged).map((a) => a['name']),
    ['A'],
  );
  assert.ok(said(merged).some((l) => l.startsWith('error 4 soort: geen soort')));
  assert.ok(said(merged).some((l) => l.startsWith('error 5 naam: geen naam')));
});

test('links from a sheet of the workbook, or from a file of their own', async () => {
  const data = [
    ['id', 'naam', 'soort'],
    ['a', 'Alfa', 'expert'],
    ['b', 'Beta', 'werkgever'],
  ];
  const book = await build(
    await xlsx([
      { sheet: 'Actoren', data },
      {
        sheet: 'Verbanden',
        data: [
          ['bron', 'doel', 'soort'],
          ['a', 'Beta', 'partner'],
          ['a', 'onbekend', ''],
          ['a', 'a', ''],
        ],
      },
    ]),
    'x.xlsx',
  );
  assert.deepEqual(book.feed['links'], [{ source: 'a', target: 'b', kind: 'partner' }]);
  assert.ok(book.report.problems.some((p) => p.sheet === 'Verbanden' && p.row === 3 && p.column === 'doel'));
  const file = await readWorkbook(encode('source,target\nb,a\n'), 'links.csv');
  const separate = await build(data.map((r) => r.join(';')).join('\n'), 'x.csv', { links: file });
  assert.deepEqual(separate.feed['links'], [{ source: 'b', target: 'a' }]);
});

test('--previous: added, removed (a warning), changed', async () => {
  const before = await build('id;naam;soort\na;Alfa;expert\nb;Beta;expert\n');
  const after = await build('id;naam;soort\na;Alfa Nieuw;expert\nc;Gamma;expert\n', 'x.csv', { previous: before.feed });
  assert.deepEqual([after.report.added, after.report.removed, after.report.changed], [['c'], ['b'], ['a']]);
  assert.ok(said(after).some((l) => /^warning - -: “b” \(Beta\) stond in de vorige feed en ontbreekt nu$/.test(l)));
});

test('the counts-only feed has every figure a counter shows and no actors', async () => {
  const result = await build(SHEET);
  assert.deepEqual(result.stats['actors'], []);
  const stats = result.stats['stats'] as Record<string, number>;
  assert.equal(stats['associations'], 4);
  assert.equal(stats['federations'], 1);
  assert.equal(stats['actors'], 5);
  assert.equal(stats['expert'], 0);
  assert.equal(normaliseFeed(result.stats).issues.length, 0);
});

async function roundTrip(feed: unknown, format: 'csv' | 'xlsx'): Promise<BuildResult> {
  const network = normaliseFeed(feed);
  const sheet = toSheet(network, await makeLookups());
  if (format === 'xlsx') return build(toXlsx(sheet), 'x.xlsx');
  return build(toCsv(sheet.actors), 'x.csv', { links: await readWorkbook(encode(toCsv(sheet.links)), 'links.csv') });
}

test('export → build gives the same actors and links: the 3,198-actor sample, in CSV and XLSX', async () => {
  const sample = generateSample();
  const expected = toFeed(normaliseFeed(sample));
  for (const format of ['csv', 'xlsx'] as const) {
    const back = await roundTrip(sample, format);
    assert.equal(back.exitCode, 0, said(back).slice(0, 5).join('\n'));
    assert.deepEqual(back.feed['actors'], expected['actors'], format);
    assert.deepEqual(back.feed['links'], expected['links'], format);
  }
});

test('export neutralises cells a spreadsheet would run as a formula, and build reads them back as they were', async () => {
  const feed = {
    version: 1,
    actors: [
      {
        id: 'a',
        type: 'expert',
        name: '=cmd|" /C calc"!A0',
        shortName: '@SUM(1+1)',
        phone: '+32 2 123 45 67',
        memberOf: ['network'],
      },
      { id: 'b', type: 'expert', name: '-2+3', description: { nl: '+1 dag' }, memberOf: ['network'] },
    ],
  };
  const csv = toCsv(toSheet(normaliseFeed(feed), await makeLookups()).actors);
  for (const line of csv.split('\r\n').slice(1, 3)) {
    for (const cell of line.split(';')) assert.ok(!/^"?[=+\-@]/.test(cell), `a formula cell: ${cell}`);
  }
  const back = await build(csv);
  assert.equal(byName(back, '=cmd|" /C calc"!A0')!['shortName'], '@SUM(1+1)');
  assert.equal(byName(back, '=cmd|" /C calc"!A0')!['phone'], '+32 2 123 45 67');
  assert.deepEqual(byName(back, '-2+3')!['description'], { nl: '+1 dag' });
  assert.ok(!said(back).some((l) => l.includes('formule')), 'a neutralised cell is no formula warning');
});

test('property: any network of built-in types, exported and built again, has the same actors (CSV and XLSX)', async () => {
  const fc = await import('fast-check');
  const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => /\S/.test(s));
  const actor = fc.record(
    {
      name: text,
      type: fc.constantFrom('association', 'expert', 'employer', 'organisation', 'academic'),
      shortName: text,
      description: fc.record({ nl: text, fr: text }, { requiredKeys: [] }),
      email: fc.emailAddress(),
      website: fc.webUrl({ validSchemes: ['https'] }),
      phone: fc.stringMatching(/^\+?[0-9 ]{6,14}$/),
      themes: fc.uniqueArray(fc.stringMatching(/^[a-z]{2,10}$/), { maxLength: 3 }),
      since: fc.integer({ min: 1900, max: 2026 }),
      place: fc.constantFrom(
        { postcode: '2140' },
        { place: 'Ledeberg' },
        { municipality: 'Gent' },
        { postcode: '3290', place: 'Deurne' },
        { lat: 51.05, lon: 3.72 },
      ),
    },
    { requiredKeys: ['name', 'type'] },
  );
  await fc.assert(
    fc.asyncProperty(
      fc.array(actor, { minLength: 1, maxLength: 12 }),
      fc.constantFrom('csv' as const, 'xlsx' as const),
      async (list, format) => {
        // Made by build once, so that places are complete and ids stable, as a published feed is.
        const feed = {
          version: 1,
          actors: [
            { id: 'fed', type: 'federation', name: 'Federatie', memberOf: ['network'] },
            ...list.map(({ place, ...rest }, i) => ({
              id: `actor-${i}`,
              ...rest,
              ...(rest.description && Object.keys(rest.description).length === 0 ? { description: undefined } : {}),
              ...(place ? { location: place } : {}),
              memberOf: [i % 2 ? 'fed' : 'network'],
            })),
          ],
        };
        const first = await roundTrip(feed, 'csv');
        const second = await roundTrip(first.feed, format);
        assert.deepEqual(second.feed['actors'], first.feed['actors']);
      },
    ),
    { numRuns: 40 },
  );
});

test('XLSX export writes every cell as text: no formula reaches the workbook', async () => {
  const { unzipSync, strFromU8 } = await import('fflate');
  const feed = {
    version: 1,
    actors: [{ id: 'a', type: 'expert', name: '=HYPERLINK("https://evil.example","x")', memberOf: ['network'] }],
  };
  const bytes = toXlsx(toSheet(normaliseFeed(feed), await makeLookups()));
  const files = unzipSync(bytes);
  const sheets = Object.keys(files).filter((name) => name.startsWith('xl/worksheets/'));
  assert.ok(sheets.length > 0);
  for (const name of sheets) assert.ok(!/<f[ >]/.test(strFromU8(files[name]!)), `${name} holds a formula`);
  assert.equal(byName(await build(bytes, 'x.xlsx'), '=HYPERLINK("https://evil.example","x")')?.['id'], 'a');
});

test('the templates: the filled example builds without a problem, every actor placed; the empty one has the columns', async () => {
  const { readFileSync } = await import('node:fs');
  const read = (name: string): Uint8Array =>
    new Uint8Array(readFileSync(new URL(`../../templates/${name}`, import.meta.url)));
  const filled = await build(read('netwerk.xlsx'), 'netwerk.xlsx');
  assert.deepEqual(said(filled), []);
  assert.ok(filled.report.actors >= 50);
  assert.ok(
    filled.report.placed >= filled.report.actors - 3,
    `${filled.report.placed} of ${filled.report.actors} placed`,
  );
  const places = actors(filled).filter((a) => (a['location'] as { place?: string } | undefined)?.place).length;
  assert.ok(places > 20, 'the example writes addresses as postcode and postal place');
  const csv = await build(read('netwerk.csv'), 'netwerk.csv', {
    links: await readWorkbook(read('netwerk-verbanden.csv'), 'v.csv'),
  });
  assert.deepEqual(csv.feed['actors'], filled.feed['actors']);
  for (const name of ['netwerk-leeg.xlsx', 'netwerk-leeg.csv']) {
    const empty = await build(read(name), name);
    assert.equal(empty.report.actors, 0);
    assert.deepEqual(empty.report.unpublished, []);
  }
});

test('a name such as "@handle" is a formula warning in a CSV only: an XLSX text cell never runs', async () => {
  const rows = [
    ['naam', 'soort'],
    ['@minderhedenforum', 'influencer'],
  ];
  const fromCsv = await build(rows.map((r) => r.join(';')).join('\n'));
  assert.deepEqual(said(fromCsv), ['warning 2 naam: begint als een formule; als tekst bewaard']);
  const fromXlsx = await build(await xlsx([{ sheet: 'actoren', data: rows }]), 'x.xlsx');
  assert.deepEqual(said(fromXlsx), []);
  assert.match(
    (await build('naam;soort;federatie\nX;expert;Atlas\n', 'x.csv', { lang: 'fr' })).report.problems[0]!.message,
    /^pas de fédération «\u202fAtlas\u202f» dans la feuille/,
  );
});
