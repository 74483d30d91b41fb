// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

/**
 * `no-restricted-imports` for one layer: no import of a module in any of `above` (folders of src/),
 * nor of another widget's folder but its nested card. The define modules are entries, not layers.
 */
function layer(files, above, message, otherWidgets = []) {
  const patterns = [{ regex: `(^|/)(${above.join('|')})/`, message }];
  if (otherWidgets.length > 0) {
    patterns.push({ regex: `(^|/)(${otherWidgets.join('|')})/(?!nested\\.js$)`, message });
  }
  return [
    {
      files: [files],
      ignores: ['src/widgets/*/define.ts'],
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      '.storybook/public/',
      'node_modules/',
      'dist/',
      'dist-demo/',
      'storybook-static/',
      'demo/public/',
      'src/i18n/generated/',
      'custom-elements.json',
      '.cache/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'bin/*.js', '.storybook/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info', 'groupCollapsed', 'groupEnd'] }],
      // Lit binds event listeners in templates to the element (@click=\${this.onClick}).
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // role="list" on a <ul> with list-style: none is deliberate: VoiceOver drops list semantics there.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  // Layers point one way (../shared/STYLE.md): util → geo → feed → i18n → shared → widgets →
  // entries (index.ts, loader.ts, each define.ts), with sheet/ (the spreadsheet builder) used by the
  // CLI and the demo only. Each folder may not import from the layers above it.
  ...layer(
    'src/util/**',
    ['geo', 'feed', 'i18n', 'shared', 'widgets', 'sheet', 'cli', 'mocks'],
    'util/ is the bottom layer: pure helpers that import nothing of ours',
  ),
  ...layer(
    'src/geo/**',
    ['i18n', 'shared', 'widgets', 'sheet', 'cli', 'mocks'],
    'geo/ is under i18n/, shared/ and the widgets: it may not import them',
  ),
  ...layer(
    'src/feed/**',
    ['i18n', 'shared', 'widgets', 'sheet', 'cli', 'mocks'],
    'feed/ is under i18n/, shared/ and the widgets: it may not import them',
  ),
  ...layer(
    'src/i18n/**',
    ['shared', 'widgets', 'sheet', 'cli', 'mocks'],
    'i18n/ is under shared/ and the widgets: it may not import them',
  ),
  ...layer(
    'src/shared/**',
    ['widgets', 'sheet', 'cli', 'mocks'],
    'shared/ is under the widgets: it may not import them',
  ),
  ...layer(
    'src/sheet/**',
    ['shared', 'widgets', 'cli', 'mocks'],
    'the spreadsheet builder runs in Node and a worker: no elements',
  ),
  ...layer('src/cli/**', ['shared', 'widgets', 'mocks'], 'the CLI runs in Node: no elements'),
  ...['member-counter', 'actor-card', 'network-map', 'actor-list'].flatMap((widget) =>
    layer(
      `src/widgets/${widget}/**`,
      ['sheet', 'cli', 'mocks'],
      'a widget never imports another widget, a tool or the mocks (share through shared/ or util/; a card inside another widget comes from actor-card/nested.ts)',
      ['member-counter', 'actor-card', 'network-map', 'actor-list'].filter((other) => other !== widget),
    ),
  ),
  {
    // Command-line tools and build scripts run in Node and talk on the console.
    files: ['scripts/**', 'bin/**', 'src/cli/**', 'test/node/**', '*.config.*', '*.js', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's `expect(x).to.exist` style reads as an unused expression.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // @open-wc/testing's assertions are thenables, and node:test's test() returns a promise.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
