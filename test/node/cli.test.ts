import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { smallFeed, partlyBrokenFeed } from '../../src/mocks/feeds.js';

const bin = fileURLToPath(new URL('../../bin/mf-feed.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mf-feed-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

test('validate: a valid feed exits 0', async () => {
  const result = await run('validate', file('ok.json', smallFeed()));
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /valid: 8 actors read, 0 errors, 0 warnings/);
});

test('validate: warnings only exit 0 and are printed with pointers', async () => {
  const feed = {
    ...smallFeed(),
    actors: [...smallFeed().actors, { id: 'x', type: 'expert', name: 'X', memberOf: ['ghost'], colour: 1 }],
  };
  const result = await run('validate', file('warn.json', feed));
  assert.equal(result.code, 0);
  assert.match(result.stdout, /warning\s+\/actors\/8\/memberOf\/0: no actor with id "ghost"; ignored/);
  assert.match(result.stdout, /warning\s+\/actors\/8\/colour: unknown field; ignored/);
});

test('validate: errors exit 1 and every problem is printed with its JSON pointer', async () => {
  const result = await run('validate', file('broken.json', partlyBrokenFeed()));
  assert.equal(result.code, 1);
  assert.match(result.stdout, /error\s+\/actors\/8\/type: unknown type "spaceship"; skipped/);
  assert.match(result.stdout, /error\s+\/actors\/11\/id: duplicate id "fed-01" \(first at \/actors\/1\); skipped/);
  assert.match(result.stdout, /error\s+\/actors\/13\/website: must be an absolute http\(s\) URL/);
  assert.match(result.stdout, /warning\s+\/links\/1\/target: no actor with id "nobody"/);
  assert.match(result.stdout, /INVALID/);
});

test('validate: not JSON and no actors exit 1 with the reason', async () => {
  const notJson = await run('validate', file('page.json', '<html></html>'));
  assert.equal(notJson.code, 1);
  assert.match(notJson.stderr, /parse error: not JSON/);
  const noActors = await run('validate', file('shape.json', { version: 1 }));
  assert.equal(noActors.code, 1);
  assert.match(noActors.stderr, /schema error: \/actors: the feed has no "actors" array/);
  const missing = await run('validate', join(dir, 'nope.json'));
  assert.equal(missing.code, 1);
});

test('validate --json gives machine-readable issues', async () => {
  const result = await run('validate', file('broken2.json', partlyBrokenFeed()), '--json');
  const report = JSON.parse(result.stdout) as { valid: boolean; issues: Array<{ pointer: string }> };
  assert.equal(report.valid, false);
  assert.ok(report.issues.some((issue) => issue.pointer === '/actors/8/type'));
});

test('validate reads a URL', async () => {
  const server = createServer((_, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(smallFeed()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  try {
    const result = await run('validate', `http://127.0.0.1:${port}/feed.json`);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /valid/);
  } finally {
    server.close();
  }
});

test('stats prints counts per type and province', async () => {
  const result = await run('stats', file('stats.json', smallFeed()));
  assert.equal(result.code, 0);
  assert.match(result.stdout, /association\s+3\n/);
  assert.match(result.stdout, /federation\s+2\n/);
  assert.match(result.stdout, /antwerpen\s+2\n/);
  assert.match(result.stdout, /\(none\)\s+1\n/);
});

test('fix prints the feed as the widgets read it, which then validates with no errors', async () => {
  const result = await run('fix', file('broken-fix.json', partlyBrokenFeed()));
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /\/actors\/8\/type: unknown type "spaceship"; skipped/);
  const fixed = JSON.parse(result.stdout) as { actors: Array<{ id: string; website?: string }> };
  assert.ok(!fixed.actors.some((actor) => actor.id === 'spaceship-1'));
  assert.equal(fixed.actors.find((actor) => actor.id === 'assoc-bad-fields')?.website, undefined);
  const again = await run('validate', file('fixed.json', result.stdout));
  assert.equal(again.code, 0, again.stdout);
  assert.match(again.stdout, / 0 errors, 0 warnings/);
});

test('wrong usage exits 2', async () => {
  assert.equal((await run()).code, 2);
  assert.equal((await run('frobnicate', 'x')).code, 2);
});

test('build: a clean sheet exits 0 and writes the feed and the counts-only feed next to it', async () => {
  const out = join(dir, 'built.json');
  const sheet = file('clean.csv', 'naam;soort;postcode\nAtlas;federatie;2140\nClub;lokale vereniging;9050\n');
  const result = await run('build', sheet, '-o', out);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /2 actoren, 2 geplaatst, 0 rijen weggelaten, 0 fouten/);
  const feed = JSON.parse(readFileSync(out, 'utf8')) as { actors: Array<{ location: { place?: string } }> };
  assert.equal(feed.actors[0]!.location.place, 'Borgerhout');
  const stats = JSON.parse(readFileSync(join(dir, 'built.stats.json'), 'utf8')) as {
    actors: unknown[];
    stats: Record<string, number>;
  };
  assert.deepEqual([stats.actors, stats.stats['federations'], stats.stats['associations']], [[], 1, 1]);
  assert.ok(statSync(join(dir, 'built.stats.json')).size < 1024, 'a counts-only feed is a few hundred bytes');
});

test('build: rows left out exit 1, with every problem by row and column on stderr; --json says the same', async () => {
  const sheet = file(
    'broken.csv',
    'naam;soort;postcode;straat\nAtlas;federatie;90000;Kerkstraat 1\n;lokale vereniging;2140;\n',
  );
  const out = join(dir, 'broken.json');
  const result = await run('build', sheet, '-o', out);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /rij 2, kolom postcode: 90000 is geen Belgische postcode/);
  assert.match(result.stderr, /rij 3, kolom naam: geen naam; rij weggelaten/);
  assert.match(result.stdout, /niet gepubliceerd: straat/);
  const json = await run('build', sheet, '-o', out, '--json', '--lang', 'en');
  assert.equal(json.code, 1);
  const report = JSON.parse(json.stdout) as {
    actors: number;
    placed: number;
    problems: Array<Record<string, unknown>>;
    unpublished: string[];
  };
  assert.equal(report.actors, 1);
  assert.deepEqual(report.unpublished, ['straat']);
  assert.deepEqual(
    report.problems.find((p) => p['row'] === 2),
    {
      row: 2,
      column: 'postcode',
      severity: 'error',
      message: '90000 is not a Belgian postcode; ignored',
      cell: 'C2',
      name: 'Atlas',
    },
  );
  assert.ok(!readFileSync(out, 'utf8').includes('Kerkstraat'));
});

test('build: nothing written (exit 2) for an unreadable file or a sheet without a name column, in one line', async () => {
  const out = join(dir, 'never.json');
  const pdf = await run('build', file('netwerk.xlsx', '%PDF-1.4\n'), '-o', out);
  assert.equal(pdf.code, 2);
  assert.equal(pdf.stderr.trim().split('\n').length, 1);
  assert.match(pdf.stderr, /dit is een PDF, geen spreadsheet/);
  const noName = await run('build', file('noname.csv', 'postcode\n2140\n'), '-o', out, '--json');
  assert.equal(noName.code, 2);
  assert.match((JSON.parse(noName.stdout) as { refusal: string }).refusal, /geen kolom “naam”/);
  assert.equal((await run('build', join(dir, 'missing.csv'))).code, 2);
  assert.equal((await run('build')).code, 2);
  assert.ok(!existsSync(out), 'a refused build wrote a feed');
});

test('export → build through the command line: CSV with its links file, and XLSX', async () => {
  const feed = file('feed-for-export.json', smallFeed());
  for (const name of ['round.csv', 'round.xlsx']) {
    const sheet = join(dir, name);
    const exported = await run('export', feed, '-o', sheet);
    assert.equal(exported.code, 0, exported.stderr);
    const links = name.endsWith('.csv') ? ['--links', join(dir, 'round-verbanden.csv')] : [];
    const built = await run('build', sheet, ...links, '-o', join(dir, `${name}.json`), '--previous', feed, '--json');
    const report = JSON.parse(built.stdout) as { added: string[]; removed: string[]; changed: string[] };
    assert.deepEqual([report.added, report.removed, report.changed], [[], [], []], `${name}: ${built.stdout}`);
  }
  assert.equal((await run('export', feed, '-o', join(dir, 'x.pdf'))).code, 2);
});
