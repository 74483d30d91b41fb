import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Budget } from '../../scripts/bench/budgets.js';
import { checkSizes } from '../../scripts/bench/check.js';

const budgets: Budget[] = [
  { id: 'counter', what: 'counter', kb: 13 },
  { id: 'card', what: 'card', kb: 17.5 },
];

test('the size check passes at or under every budget', () => {
  const result = checkSizes(budgets, { counter: 13 * 1024, card: 1000 } as never, {}, 6.8);
  assert.deepEqual(result.failed, []);
  assert.match(result.lines[1]!, /^counter\s+13\.00\s+13\.00\s+6\.8\s+ok/);
});

test('a budget exceeded by one byte fails, by name', () => {
  const result = checkSizes(budgets, { counter: 13 * 1024 + 1, card: 1000 } as never, {}, 6.8);
  assert.deepEqual(result.failed, ['counter']);
  assert.match(result.lines[1]!, /OVER by 0\.00 KB/);
});

test('a budget named in NOT_ENFORCED is reported over, with its reason, and does not fail', () => {
  const result = checkSizes(budgets, { counter: 14 * 1024, card: 18 * 1024 } as never, { card: 'a reason' }, 6.8);
  assert.deepEqual(result.failed, ['counter']);
  assert.deepEqual(result.tolerated, ['card']);
  assert.match(result.lines[2]!, /OVER by 0\.50 KB \(not enforced: a reason\)/);
});

test('npm run size reads a built tree and exits 1 naming the budget it exceeds', () => {
  // A made-up dist/: small entries and chunks, and a counter of 100 KB of noise (its budget and its page's are enforced).
  const dist = mkdtempSync(join(tmpdir(), 'mf-size-'));
  mkdirSync(join(dist, 'chunks'));
  const write = (file: string, code: string, sources: string[] = []): void => {
    writeFileSync(join(dist, file), code);
    writeFileSync(join(dist, `${file}.map`), JSON.stringify({ version: 3, sources, mappings: '' }));
  };
  write('mf-loader.js', 'import("./mf-member-counter.js");');
  write('mf-member-counter.js', `import"./chunks/shared-a.js";${randomBytes(100 * 1024).toString('base64')}`);
  write('mf-actor-card.js', 'import"./chunks/shared-a.js";');
  write('mf-network-map.js', 'import"./chunks/shared-a.js";');
  write('mf-actor-list.js', 'import"./chunks/shared-a.js";');
  write('chunks/shared-a.js', 'export const a=1;', ['../../src/shared/base-element.ts']);
  write('chunks/loader-b.js', 'import"./shared-a.js";', ['../../src/feed/loader.ts']);
  write('chunks/count-c.js', 'export const c=3;', ['../../src/feed/count.ts']);
  write('mf-widgets.js', 'export{};');
  const run = (): ReturnType<typeof spawnSync> =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-size.ts', dist], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      encoding: 'utf8',
    });
  try {
    const over = run();
    assert.equal(over.status, 1);
    assert.match(String(over.stderr), /over budget: counter, counter-page$/m);
    assert.match(String(over.stdout), /mf-member-counter\.js \+ static imports\s+13\.00\s+\d+\.\d+\s+6\.8\s+OVER by/);
    write('mf-member-counter.js', 'import"./chunks/shared-a.js";');
    const within = run();
    assert.equal(within.status, 0, String(within.stderr));
    assert.match(String(within.stdout), /every enforced budget is met/);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
