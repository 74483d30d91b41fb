/**
 * What the hardening tests look for in a rendered widget: every element of every shadow root, and
 * every request the page made.
 */

/** Every element under `root`, through shadow roots. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'background',
  'ping',
  'cite',
];
const FOREIGN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'foreignobject',
  'form',
  'template',
]);

/**
 * Everything unsafe in a widget's shadow DOM: an event-handler attribute, a link or image that is
 * not http(s) (`mailto:` and `tel:` links are contact links), a tag that a feed could only have
 * brought in as markup, a style attribute with a URL.
 */
export function unsafeParts(host: Element): string[] {
  const found: string[] = [];
  const where = (element: Element): string => `<${element.localName}> in <${host.localName}>`;
  for (const element of host.shadowRoot ? deepElements(host.shadowRoot) : []) {
    if (FOREIGN_TAGS.has(element.localName)) found.push(`${where(element)}: tag`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${where(element)}: ${name}="${attribute.value.slice(0, 60)}"`);
      if (name === 'style' && /url\(|expression|javascript/i.test(attribute.value))
        found.push(`${where(element)}: style="${attribute.value.slice(0, 60)}"`);
      if (!URL_ATTRIBUTES.includes(name)) continue;
      // A nested widget's `src` is the page's feed URL, read by our loader, not by the browser.
      if (name === 'src' && element.localName.startsWith('mf-')) continue;
      const value = attribute.value;
      const web = /^https?:\/\/[^\s]/i.test(value);
      const contact = name === 'href' && /^(mailto|tel):[^\s]/i.test(value);
      if (!web && !contact) found.push(`${where(element)}: ${name}="${value.slice(0, 60)}"`);
      if (web && name !== 'srcset' && /\s/.test(value)) found.push(`${where(element)}: ${name} with spaces`);
    }
  }
  return found;
}

/** Requests the page made to another origin since the page started (images, styles, fetches). */
export function foreignRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => {
      try {
        return new URL(url).origin !== location.origin;
      } catch {
        return true;
      }
    });
}

/** Counts calls of `__mfPwned()`, the function every corpus payload calls if it runs. */
export function watchPayloads(): { count: () => number } {
  let calls = 0;
  (window as unknown as { __mfPwned: () => void }).__mfPwned = () => {
    calls++;
  };
  return { count: () => calls };
}

/** Whether anything was added to Object.prototype (a `__proto__` key merged the wrong way). */
export function prototypePolluted(): boolean {
  return 'polluted' in {} || Object.getOwnPropertyNames(Object.prototype).some((name) => name === 'polluted');
}

export const deepText = (el: Element): string => {
  const parts: string[] = [];
  for (const element of [el, ...(el.shadowRoot ? deepElements(el.shadowRoot) : [])]) {
    const root = element.shadowRoot;
    if (root) parts.push(root.textContent ?? '');
  }
  return parts.join(' ');
};
