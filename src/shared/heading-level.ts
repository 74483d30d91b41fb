/**
 * Where a widget's headings fit in the page's outline: one level below the nearest heading before
 * the widget, so that a page with only an `<h1>` gets an `<h2>` and no level is skipped (axe's
 * `heading-order`).
 */

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** The level a heading has for assistive technology: `aria-level` first, then its tag; 2 for a bare `role="heading"`. */
function levelOf(heading: Element): number {
  const aria = Number(heading.getAttribute('aria-level'));
  if (Number.isInteger(aria) && aria >= 1) return aria;
  const tag = /^h([1-6])$/.exec(heading.localName);
  return tag ? Number(tag[1]) : 2;
}

const hidden = (heading: Element): boolean => heading.closest('[hidden], [aria-hidden="true"]') !== null;

/**
 * The level of the nearest heading before `element` in document order, looking in the light DOM
 * of the tree it is in and then, when that tree is a shadow root (a card inside the list or the
 * map), before its host in the tree around it, and so on up to the document. Headings inside other
 * elements' shadow roots are not the page's outline and are not looked at. 0 when there is none.
 */
export function levelBefore(element: Element): number {
  let node: Element = element;
  for (;;) {
    const root = node.getRootNode();
    if (!(root instanceof Document || root instanceof ShadowRoot)) return 0;
    const headings = root.querySelectorAll(HEADINGS);
    // Headings come in document order: find the last one before `node`, then skip hidden ones.
    let low = 0;
    let high = headings.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (headings[middle]!.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) low = middle + 1;
      else high = middle;
    }
    for (let i = low - 1; i >= 0; i--) {
      const heading = headings[i]!;
      if (!heading.contains(node) && !hidden(heading)) return levelOf(heading);
    }
    if (!(root instanceof ShadowRoot)) return 0;
    node = root.host;
  }
}

/**
 * The level for a widget's heading: `asked` (a `heading-level` attribute) when it is one, else one
 * below the nearest heading before `element`, 2 when there is none; always 1–6.
 */
export function headingLevelFor(element: Element, asked?: number): number {
  if (asked !== undefined && asked !== null && Number.isFinite(asked))
    return Math.min(6, Math.max(1, Math.round(asked)));
  const before = levelBefore(element);
  return before === 0 ? 2 : Math.min(6, before + 1);
}
