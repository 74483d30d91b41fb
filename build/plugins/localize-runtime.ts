import type { Plugin } from 'vite';

const RUNTIME = '\0mf-lit-localize';

/**
 * `@lit/localize`'s main module re-exports the page-wide runtime (`configureLocalization`), whose
 * module body runs at load (a resolved Deferred), so the bundler keeps it though nothing of ours
 * calls it: the widgets use the reentrant mode (src/i18n/locale.ts). Our modules import `msg` and
 * `str` from it (lit-localize's extractor expects that import); the build points them at the two
 * modules that define them. Anything else imported from there fails the build, by name.
 */
export function localizeRuntime(): Plugin {
  return {
    name: 'mf-localize-runtime',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === '@lit/localize' && importer?.includes('/src/') ? RUNTIME : undefined;
    },
    load(id) {
      if (id !== RUNTIME) return undefined;
      return [
        "export { msg } from '@lit/localize/init/install.js';",
        "export { str } from '@lit/localize/internal/str-tag.js';",
      ].join('\n');
    },
  };
}
