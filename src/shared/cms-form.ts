/**
 * The CMS-safe form: `<div data-mf="member-counter" data-src="…" data-metric="…">` becomes
 * `<mf-member-counter src="…" metric="…">`. Editors on WordPress and the like may paste such a div
 * where tags and scripts are stripped; the site loads the script once.
 *
 * Only each element's own attributes are carried over: a div is editor content, and
 * `data-onclick` must never become `onclick`.
 */
export const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  'member-counter': ['metric', 'format', 'label', 'duration'],
  'actor-card': ['actor-id', 'variant', 'heading-level'],
  'network-map': ['view', 'focus', 'types', 'federation', 'province'],
  'actor-list': ['query', 'types', 'province', 'federation', 'expanded'],
};
const SHARED = ['src', 'lang', 'theme'];

/** Replaces one div by its element; returns the element, or undefined when the div is not one of ours. */
export function upgradeDiv(div: HTMLElement): HTMLElement | undefined {
  const name = div.dataset['mf'] ?? '';
  const allowed = ATTRIBUTES[name];
  if (!allowed || !div.isConnected) return undefined;
  const element = document.createElement(`mf-${name}`);
  for (const attribute of [...SHARED, ...allowed]) {
    const value = div.getAttribute(`data-${attribute}`);
    if (value !== null) element.setAttribute(attribute, value);
  }
  if (div.id) element.id = div.id;
  if (div.className) element.className = div.className;
  div.replaceWith(element);
  return element;
}

const watched = new Set<string>();
let observer: MutationObserver | undefined;

function scan(root: ParentNode, onElement?: (element: HTMLElement) => void): void {
  for (const div of root.querySelectorAll<HTMLElement>('div[data-mf]')) {
    if (!watched.has(div.dataset['mf'] ?? '')) continue;
    const element = upgradeDiv(div);
    if (element) onElement?.(element);
  }
}

/**
 * Upgrades the CMS-safe divs of `names` now and whenever some are added later (pages that load
 * content late, single-page apps). Safe to call many times, from several bundles.
 */
export function upgradeCmsForm(names: readonly string[], onElement?: (element: HTMLElement) => void): void {
  if (typeof document === 'undefined') return;
  for (const name of names) watched.add(name);
  const run = (): void => scan(document, onElement);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
  if (!observer) {
    observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof HTMLElement)) continue;
          if (node.matches('div[data-mf]')) scan(node.parentElement ?? document, onElement);
          else if (node.querySelector('div[data-mf]')) scan(node, onElement);
        }
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
}
