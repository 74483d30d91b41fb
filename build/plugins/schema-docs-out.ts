import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * The feed schema's `v.description()` and `v.title()` (src/feed/schema.ts) are for the published
 * feed.schema.json, which scripts/write-schema.ts writes from the source; a browser validating a
 * feed never reads them. They are taken out of the schema's pipes here, and valibot's metadata
 * actions with them.
 */
export function schemaDocsOut(): Plugin {
  return {
    name: 'mf-schema-docs-out',
    transform(code, id) {
      if (!id.endsWith('/src/feed/schema.ts')) return undefined;
      const edited = new MagicString(code);
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const isCall = (node: ts.Node, names: readonly string[]): node is ts.CallExpression =>
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text === 'v' &&
        names.includes(node.expression.name.text);
      const visit = (node: ts.Node): void => {
        if (isCall(node, ['pipe'])) {
          node.arguments.forEach((argument, index) => {
            // With the comma before it: the first argument of a pipe is its schema, never metadata.
            if (index > 0 && isCall(argument, ['description', 'title']))
              edited.remove(node.arguments[index - 1]!.end, argument.end);
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edited.hasChanged()) return undefined;
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}
