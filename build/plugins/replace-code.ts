import type { Plugin } from 'vite';
import { fromRoot } from '../paths.js';

/**
 * The element build replaces the code of `dist/` (the entries and `chunks/`, whose names carry
 * hashes) and leaves the rest: `npm test`, `npm start` and `npm run bench` rebuild the code, and
 * the manifest, schema, types and CLI of a full build must survive that.
 */
export function replaceCode(): Plugin {
  return {
    name: 'mf-replace-code',
    async buildStart() {
      const { readdirSync, rmSync, existsSync } = await import('node:fs');
      const dist = fromRoot('./dist/');
      if (!existsSync(dist)) return;
      rmSync(`${dist}chunks`, { recursive: true, force: true });
      for (const file of readdirSync(dist)) if (/^mf-.*\.js(\.map)?$/.test(file)) rmSync(dist + file);
    },
  };
}
