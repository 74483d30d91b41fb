/**
 * Writes the demo's feeds: demo/public/feeds/sample.json (the made-up network) and, with
 * `--stress`, stress.json (about 20,000 actors). Same seed, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSample, generateStress } from '../src/mocks/sample.js';

const dir = fileURLToPath(new URL('../demo/public/feeds/', import.meta.url));
mkdirSync(dir, { recursive: true });
const write = (name: string, feed: unknown): void => {
  writeFileSync(dir + name, `${JSON.stringify(feed)}\n`);
  console.log(`wrote demo/public/feeds/${name}`);
};
write('sample.json', generateSample());
if (process.argv.includes('--stress')) write('stress.json', generateStress());
