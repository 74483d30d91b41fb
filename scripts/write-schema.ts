import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { feedJsonSchema } from '../src/feed/json-schema.js';

const out = process.argv[2] ?? 'dist/feed.schema.json';
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
