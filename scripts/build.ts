/**
 * `npm run build`: the whole package into an empty `dist/`, step by step, each one an npm script
 * of its own (run alone while working on one part). Stops at the first step that fails and says
 * which one; ends with how long each step took.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface Step {
  readonly name: string;
  /** The npm script, or the command, it runs. */
  readonly command: readonly string[];
}

const STEPS: readonly Step[] = [
  { name: 'translations (src/i18n/generated/)', command: [npm, 'run', 'i18n:build'] },
  { name: 'elements, bundle, IIFE and loader', command: [npm, 'run', 'build:lib'] },
  { name: 'the mf-feed command (dist/cli/)', command: [npm, 'run', 'build:cli'] },
  { name: 'feed JSON schema', command: [npm, 'run', 'build:schema'] },
  { name: 'Custom Elements Manifest', command: [npm, 'run', 'build:manifest'] },
  { name: 'type declarations (dist/types/)', command: [npm, 'run', 'build:types'] },
  {
    name: 'package check (exports, files, consumers)',
    command: [join(root, 'node_modules/.bin/tsx'), 'scripts/check-package.ts'],
  },
];

const began = Date.now();
const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const done: string[] = [];

// Step 0: an empty dist/, so that nothing of an earlier build is shipped.
rmSync(join(root, 'dist'), { recursive: true, force: true });

for (const [index, step] of STEPS.entries()) {
  const [command, ...args] = step.command;
  const label = `step ${index + 1}/${STEPS.length}: ${step.name} (${[basename(command!), ...args].join(' ')})`;
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command!, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    const why = result.error
      ? result.error.message
      : result.signal
        ? `killed by ${result.signal}`
        : `exit code ${result.status}`;
    console.error(`\n✖ npm run build failed at ${label}: ${why}`);
    if (done.length > 0) console.error(`  done before it: ${done.join(', ')}`);
    process.exit(result.status || 1);
  }
  done.push(step.name);
  console.log(`✔ ${step.name} (${seconds(started)})`);
}
console.log(`\nnpm run build: ${STEPS.length} steps done in ${seconds(began)}`);
