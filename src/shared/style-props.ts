import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM, always. Lit's `styleMap` writes a `style`
 * attribute on first render, which a page with `style-src 'self'` blocks; setting properties one by
 * one is allowed under any CSP. Use in element position: `<span ${styleProps({ top: '4px' })}>`.
 */
class StyleProps extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() goes on an element: <div ${styleProps({…})}>');
  }

  render(_props: Readonly<Record<string, string | undefined>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string | undefined>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    const names = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      const property = name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      names.add(property);
      style.setProperty(property, value);
    }
    for (const name of this.previous) if (!names.has(name)) style.removeProperty(name);
    this.previous = names;
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
