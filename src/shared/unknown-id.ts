import type { Network } from '../feed/types.js';

const said = new WeakMap<Element, Set<string>>();

/**
 * Says on the console, once per element and value, that an id attribute (`focus`, `expanded`)
 * names no actor of the feed: the widget shows everything instead, and the partner learns why.
 */
export function warnUnknownId(element: Element, attribute: string, id: string | undefined, network: Network): void {
  if (!id || network.byId.has(id)) return;
  let values = said.get(element);
  if (!values) said.set(element, (values = new Set()));
  if (values.has(`${attribute}=${id}`)) return;
  values.add(`${attribute}=${id}`);
  console.warn(`[mf-widgets] <${element.localName} ${attribute}="${id}">: no actor with that id in the feed`);
}
