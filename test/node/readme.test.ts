import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

test('README opens with the two commands a newcomer needs', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const top = readme.split('\n').slice(0, 12).join('\n');
  assert.match(top, /npm install && npm start/);
  assert.match(top, /npm test/);
});

test("README's element API matches the Custom Elements Manifest", () => {
  // Throws (exit 1) with "run npm run docs" when they differ.
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/readme-api.ts', '--check'], {
    cwd: new URL('../..', import.meta.url),
    stdio: 'pipe',
  });
});

test("README's example feed is valid: no error, no warning", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const example = /## The feed[\s\S]*?```jsonc\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(example, 'README has an example feed');
  // JSONC → JSON: the line comments (after a space, so URLs stay) and trailing commas go.
  const json = example.replace(/ \/\/ [^\n]*/g, '').replace(/,(\s*[}\]])/g, '$1');
  const dir = mkdtempSync(join(tmpdir(), 'mf-readme-'));
  writeFileSync(join(dir, 'feed.json'), json);
  const out = execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../../bin/mf-feed.js', import.meta.url)), 'validate', join(dir, 'feed.json')],
    { encoding: 'utf8' },
  );
  assert.match(out, /valid: 3 actors read, 0 errors, 0 warnings/);
});
