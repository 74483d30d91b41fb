import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * Collapses the whitespace and comments of the `css` templates (Lit leaves them as written):
 * about a third of each stylesheet's bytes. Only templates without `${}` are touched, and only
 * spaces around `{ } ; , >`, after a declaration's colon and before `!important` are dropped, and
 * `0.5` is written `.5`, which never changes a selector or a value.
 */
export function minifyCss(): Plugin {
  // Outside quoted strings only: the space after a declaration's colon and before `!important`
  // (a colon followed by a space never starts a pseudo-class), and the 0 of `0.5`.
  const tighten = (part: string): string =>
    part
      .replace(/:\s+/g, ':')
      .replace(/\s+!important/g, '!important')
      .replace(/(?<![\w.#-])0\.(\d)/g, '.$1');
  const minify = (body: string): string =>
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .split(/('[^']*'|"[^"]*")/)
      .map((part, index) => (index % 2 === 0 ? tighten(part) : part))
      .join('')
      .trim();
  return {
    name: 'mf-minify-css',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return undefined;
      const edited = new MagicString(code);
      for (const match of code.matchAll(/css`([^`]*)`/g)) {
        const body = match[1]!;
        if (body.includes('${')) continue;
        edited.overwrite(match.index, match.index + match[0].length, `css\`${minify(body)}\``);
      }
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}
