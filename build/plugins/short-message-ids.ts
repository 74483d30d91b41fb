import { readFileSync } from 'node:fs';
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { fromRoot } from '../paths.js';

const NO_HASHES = '\0mf-no-message-hashes';

/**
 * Message ids as the browser gets them: `msg('…', { id: 'error.network' })` becomes `{ id: '1a' }`
 * in the code and in the generated catalogs alike (src/i18n/generated/, keyed by the same ids), so
 * the ids stay readable in the source and in xliff/. The short id of each is its place in the
 * sorted list of xliff/fr.xlf's units. A `msg()` without a literal id stops the build: with every
 * id given, @lit/localize's id hashing (fnv1a64 over the template) is never used and is left out.
 */
export function shortMessageIds(): Plugin[] {
  let short = new Map<string, string>();
  const literal = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
  // Before Vite's own resolver, which would find the real module.
  const noHashes: Plugin = {
    name: 'mf-no-message-hashes',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './id-generation.js' && importer?.includes('@lit/localize')) return NO_HASHES;
      return undefined;
    },
    load(id) {
      // Never called: every msg() has its id (checked below).
      return id === NO_HASHES ? "export const generateMsgId = () => '';" : undefined;
    },
  };
  const ids: Plugin = {
    name: 'mf-short-message-ids',
    buildStart() {
      const xliff = readFileSync(fromRoot('./xliff/fr.xlf'), 'utf8');
      const ids = [...new Set([...xliff.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]!))].sort();
      short = new Map(ids.map((id, index) => [id, index.toString(36)]));
    },
    transform(code, id) {
      if (!id.includes('/src/') || !/\bmsg\(|templates\s*=/.test(code)) return undefined;
      const catalog = /\/src\/i18n\/generated\/[\w-]+\.ts$/.test(id);
      const edited = new MagicString(code);
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const rename = (node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): void => {
        const to = short.get(node.text);
        if (to !== undefined) edited.overwrite(node.getStart(source), node.end, `'${to}'`);
      };
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
          const options = node.arguments[1];
          const idProperty =
            options && ts.isObjectLiteralExpression(options)
              ? options.properties.find(
                  (p): p is ts.PropertyAssignment =>
                    ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'id',
                )
              : undefined;
          if (!idProperty || !literal(idProperty.initializer)) {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
            this.error(`${id}:${line + 1}: msg() without a literal id (short message ids need one)`);
          }
          rename(idProperty.initializer);
        }
        if (
          catalog &&
          ts.isVariableDeclaration(node) &&
          ts.isIdentifier(node.name) &&
          node.name.text === 'templates' &&
          node.initializer &&
          ts.isObjectLiteralExpression(node.initializer)
        ) {
          for (const property of node.initializer.properties) {
            if (ts.isPropertyAssignment(property) && literal(property.name)) rename(property.name);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edited.hasChanged()) return undefined;
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
  return [noHashes, ids];
}
