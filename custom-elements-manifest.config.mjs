import { posix } from 'node:path';

/**
 * Our elements register through `define('mf-…', Class)` (src/shared/define.ts: once, harmless when
 * loaded twice), which the analyzer does not recognise as `customElements.define`. This adds the
 * `custom-element-definition` export that IDEs and Storybook look for, pointing at the class's own
 * module, and leaves out re-exports of types, which are no JavaScript exports, and members that
 * are not public.
 */
function defineCalls() {
  const typeOnly = new Map();
  return {
    name: 'mf-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isExportDeclaration(node) &&
        node.isTypeOnly &&
        node.exportClause &&
        ts.isNamedExports(node.exportClause)
      ) {
        const names = typeOnly.get(moduleDoc.path) ?? new Set();
        for (const element of node.exportClause.elements) names.add(element.name.text);
        typeOnly.set(moduleDoc.path, names);
      }
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      // The module the class comes from: its import in this file, else this file.
      let module = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
        const named = statement.importClause?.namedBindings;
        if (named && ts.isNamedImports(named) && named.elements.some((e) => e.name.text === klass.text)) {
          module = posix.join(posix.dirname(moduleDoc.path), statement.moduleSpecifier.text).replace(/\.js$/, '.ts');
        }
      }
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: klass.text, module },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const moduleDoc of customElementsManifest.modules) {
        // The public API only: private and protected members are no one's business (Storybook
        // made controls of them).
        for (const declaration of moduleDoc.declarations ?? []) {
          // A state in `static properties` (`{ state: true }`) is read as an attribute; its field is
          // private or protected, and no attribute is.
          const hidden = new Set(
            (declaration.members ?? [])
              .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
              .map((member) => member.name),
          );
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
          }
          if (declaration.members) {
            // Fields from `static properties` are marked public, those of decorators not: alike.
            for (const member of declaration.members) if (member.privacy === 'public') delete member.privacy;
            declaration.members = declaration.members.filter(
              (member) =>
                member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
            );
          }
        }
        const names = typeOnly.get(moduleDoc.path);
        if (names) moduleDoc.exports = moduleDoc.exports?.filter((e) => e.kind !== 'js' || !names.has(e.name));
      }
    },
  };
}

/** `npm run build:manifest`: the Custom Elements Manifest, from the JSDoc of the element classes. */
export default {
  globs: ['src/widgets/*/*.ts', 'src/shared/base-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/widgets/network-map/{camera,layout,renderer,geo}.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [defineCalls()],
};
