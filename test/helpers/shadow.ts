/**
 * Reading a widget as a test does: its open shadow root, what is in it, and its text as a reader
 * sees it (white space collapsed).
 */
import { WAIT, waitFor } from './wait.js';

/** The widget's shadow root (every widget has an open one). */
export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** The first element in the widget's shadow root that matches `selector`. */
export const q = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  root(el).querySelector<T>(selector);

/** Every element in the widget's shadow root that matches `selector`. */
export const qa = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...root(el).querySelectorAll<T>(selector),
];

/** A node's text with white space collapsed, as a reader sees it ('' for no node). */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of the widget's whole shadow root. */
export const shadowText = (el: Element): string => text(el.shadowRoot);

/**
 * Whether the widget shows something other than its loading state: its content, or the error
 * or empty state (`[part="state"]` without `aria-busy`).
 */
export const isSettled = (el: Element): boolean => {
  const shadow = el.shadowRoot;
  return Boolean(shadow && shadow.childElementCount > 0 && !shadow.querySelector('[aria-busy="true"]'));
};

/**
 * Resolves once the widget shows what `selector` names (by default: anything but its loading
 * state, see `isSettled`); fails saying which widget did not.
 */
export function settled(el: Element, selector?: string, timeout: number = WAIT.render): Promise<void> {
  const done = selector === undefined ? () => isSettled(el) : () => el.shadowRoot?.querySelector(selector);
  return waitFor(done, `<${el.localName}> did not settle`, timeout);
}
