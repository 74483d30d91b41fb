import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * The bundler's helper for a module namespace (used where the single-file builds inline a lazily
 * loaded module) copies the exports with `for (var name in all)`, which also walks whatever a host
 * page added to Object.prototype; with `Object.prototype.x = 'y'` the bundle threw "Getter must be
 * a function" before any element was defined. It is rewritten to walk own keys only.
 */
export function ownKeysOnly(): Plugin {
  const header =
    /for\s*\(\s*var\s+([\w$]+)\s+in\s+([\w$]+)\s*\)(?=\s*\{?\s*[\w$]+\(\s*[\w$]+\s*,\s*\1\s*,\s*\{\s*get\s*:\s*\2\[\1\])/g;
  const left = /for\s*\(\s*var\s+[\w$]+\s+in\s+[\w$]+\s*\)\s*\{?\s*[\w$]+\(\s*[\w$]+\s*,\s*[\w$]+\s*,\s*\{\s*get\s*:/;
  return {
    name: 'mf-own-keys-only',
    // Before minifying, with a source map of the change (magic-string), so stack traces stay right.
    renderChunk(code) {
      if (!header.test(code)) return null;
      header.lastIndex = 0;
      const edited = new MagicString(code);
      for (const match of code.matchAll(header)) {
        edited.overwrite(
          match.index,
          match.index + match[0].length,
          `for (var ${match[1]} of Object.keys(${match[2]}))`,
        );
      }
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && left.test(file.code))
          this.error(`${file.fileName}: a namespace helper with for…in is left; update ownKeysOnly()`);
      }
    },
  };
}
