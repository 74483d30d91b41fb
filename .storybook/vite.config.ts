import { defineConfig } from 'vite';

/**
 * Storybook's own Vite config. Without it, Storybook loads the project's vite.config.ts, whose demo
 * server answers /dist/*.json as plain JSON: the manifest import of preview.ts then failed in
 * `npm run storybook` (every story blank), while the static build, which bundles the JSON, worked.
 */
export default defineConfig({
  // One copy of Lit: every Lit module the widgets import is pre-bundled with the rest, or one left
  // out (lit/directive-helpers.js) loads a second lit-html ("Multiple versions of Lit loaded").
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directive.js',
      'lit/directive-helpers.js',
      'lit/directives/if-defined.js',
      'lit/directives/repeat.js',
      '@lit/localize',
      '@lit/localize/init/reentrant.js',
    ],
  },
});
