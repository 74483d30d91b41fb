import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Collapses the indentation of the `html` and `svg` templates (Lit leaves them as written): each
 * run of whitespace that holds a line break becomes one space. One space renders as the run did
 * (no template of ours is inside `white-space: pre`; the card's `pre-line` description is a value,
 * not template text), so text, attributes and bindings are unchanged. The templates are found with
 * TypeScript's parser, nested ones included; established minifiers of tagged templates
 * (minify-html-literals) rest on html-minifier, which has an unfixed ReDoS advisory.
 */
export function minifyHtml(): Plugin {
  return {
    name: 'mf-minify-html',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(?:html|svg)`/.test(code)) return undefined;
      const edited = new MagicString(code);
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
      const collapse = (from: number, to: number): void => {
        for (const run of code.slice(from, to).matchAll(/\s*\n\s*/g)) {
          edited.overwrite(from + run.index, from + run.index + run[0].length, ' ');
        }
      };
      const visit = (node: ts.Node): void => {
        if (
          ts.isTaggedTemplateExpression(node) &&
          ts.isIdentifier(node.tag) &&
          (node.tag.text === 'html' || node.tag.text === 'svg')
        ) {
          const template = node.template;
          // The raw text of each literal part, between its delimiters (` … ${, } … ${, } … `).
          if (ts.isNoSubstitutionTemplateLiteral(template)) collapse(template.getStart(source) + 1, template.end - 1);
          else {
            collapse(template.head.getStart(source) + 1, template.head.end - 2);
            for (const span of template.templateSpans) {
              const literal = span.literal;
              collapse(literal.getStart(source) + 1, literal.end - (ts.isTemplateTail(literal) ? 1 : 2));
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edited.hasChanged()) return undefined;
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}
