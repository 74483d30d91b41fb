/**
 * `npm run size`: the size budgets (scripts/bench/budgets.ts) checked against a built `dist/`.
 * Builds nothing: run it after `npm run build` (CI does). Prints what, budget, now and the floor
 * (KB gzip -9), the lazily loaded data tables on lines of their own, and exits 1 when a budget is
 * exceeded (budgets listed in NOT_ENFORCED are reported as over without failing). `npm run size -- <dir>`
 * checks another built tree.
 */
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, FLOOR_KB, NOT_ENFORCED, type BudgetId } from './bench/budgets.js';
import { checkSizes } from './bench/check.js';
import { budgetFigures, dataTableFigures } from './bench/sizes.js';

// Another built tree may be named (the test does): `tsx scripts/check-size.ts <dir>`.
const dist = process.argv[2] ? resolve(process.argv[2]) + sep : fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(`${dist}mf-widgets.js`)) {
  console.error('npm run size: dist/ is not built; run npm run build (or npm run build:lib) first');
  process.exit(1);
}
const figures = budgetFigures(dist);
const bytes = Object.fromEntries(Object.entries(figures).map(([id, figure]) => [id, figure.bytes])) as Record<
  BudgetId,
  number
>;
const result = checkSizes(BUDGETS, bytes, NOT_ENFORCED, FLOOR_KB);
console.log('Size budgets (KB gzip -9; an entry with every chunk it imports statically)');
for (const line of result.lines) console.log(line);
const page = figures['counter-page'];
console.log(
  `\nThe counter page's ${page.files.length} files: ${page.files.map((f) => `${f.file.replace(/^chunks\//, '')} ${(f.bytes / 1024).toFixed(2)}`).join(', ')}`,
);
console.log('\nData tables, loaded lazily (no budget; KB gzip -9)');
for (const { what, figure } of dataTableFigures(dist)) {
  console.log(`${what.padEnd(56)} ${(figure.bytes / 1024).toFixed(2).padStart(7)}`);
}
if (result.tolerated.length > 0) {
  console.log(
    `\nOver budget, not enforced (see NOT_ENFORCED in scripts/bench/budgets.ts): ${result.tolerated.join(', ')}`,
  );
}
if (result.failed.length > 0) {
  console.error(`\nnpm run size: over budget: ${result.failed.join(', ')}`);
  process.exit(1);
}
console.log('\nnpm run size: every enforced budget is met');
