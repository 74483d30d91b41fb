/** The snippet an editor copies from the configurator: one script tag and one element. */
export interface SnippetOptions {
  readonly widget: 'member-counter' | 'actor-card' | 'network-map' | 'actor-list';
  /** URL of the bundle (or of mf-loader.js). */
  readonly script: string;
  /** Attribute name → value; empty values are left out; a boolean attribute that is on has its own name as value. */
  readonly attributes: Readonly<Record<string, string | undefined>>;
  /** `div`: the CMS-safe form (`<div data-mf="…" data-…>`), for CMSes that strip unknown tags. */
  readonly form?: 'element' | 'div';
  /** Leave out the script tag (the site already loads it). */
  readonly withoutScript?: boolean;
}

const escape = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function snippetFor(options: SnippetOptions): string {
  const pairs = Object.entries(options.attributes).filter(
    (pair): pair is [string, string] => pair[1] !== undefined && pair[1].trim() !== '',
  );
  const script = options.withoutScript ? '' : `<script type="module" src="${escape(options.script)}"></script>\n`;
  if (options.form === 'div') {
    const data = pairs
      .map(([name, value]) => (value === name ? ` data-${name}` : ` data-${name}="${escape(value)}"`))
      .join('');
    return `${script}<div data-mf="${options.widget}"${data}></div>`;
  }
  const attributes = pairs
    .map(([name, value]) => (value === name ? ` ${name}` : ` ${name}="${escape(value)}"`))
    .join('');
  return `${script}<mf-${options.widget}${attributes}></mf-${options.widget}>`;
}
