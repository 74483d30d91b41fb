/** `npm run build:manifest`: the Custom Elements Manifest, from the JSDoc of the element classes. */
export default {
  globs: ['src/widgets/*/*.ts', 'src/shared/base-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/widgets/network-map/{camera,layout,renderer,geo}.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
