import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * Collapses the whitespace and comments of the `css` templates (Lit leaves them as written):
 * about a third of each stylesheet's bytes. Only templates without `${}` are touched, and only
 * spaces around `{ } ; , >` are dropped, which never changes a selector or a value.
 */
export function minifyCss(): Plugin {
  const minify = (body: string): string =>
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/;}/g, '}')
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
