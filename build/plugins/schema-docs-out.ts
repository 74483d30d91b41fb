import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * The feed schema's `doc(schema, description, title?)` calls (src/feed/schema.ts) are for the
 * published feed.schema.json, which scripts/write-schema.ts writes from the source; a browser
 * validating a feed never reads them. Each call is replaced here by its schema, so that the texts
 * (and `doc` itself) stay out of the bundles.
 */
export function schemaDocsOut(): Plugin {
  return {
    name: 'mf-schema-docs-out',
    transform(code, id) {
      if (!/[\\/]src[\\/]feed[\\/]schema(?:-core)?\.ts$/.test(id)) return undefined;
      const edited = new MagicString(code);
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const visit = (node: ts.Node): void => {
        if (
          ts.isCallExpression(node) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === 'doc' &&
          node.arguments.length > 0
        ) {
          const schema = node.arguments[0]!;
          // `doc(` and everything after the schema go; calls nested in the schema are visited below.
          edited.remove(node.getStart(source), schema.getStart(source));
          edited.remove(schema.end, node.end);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edited.hasChanged()) return undefined;
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}
