import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

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
