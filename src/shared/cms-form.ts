import { own } from '../util/own.js';

/**
 * The CMS-safe form: `<div data-mf="member-counter" data-src="…" data-metric="…">` becomes
 * `<mf-member-counter src="…" metric="…">`. Editors on WordPress and the like may paste such a div
 * where tags and scripts are stripped; the site loads the script once.
 *
 * Only each element's own attributes are carried over: a div is editor content, and
 * `data-onclick` must never become `onclick`. A test checks this list against the manifest.
 */
export const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  'member-counter': ['metric', 'format', 'label', 'duration'],
  'actor-card': ['actor-id', 'variant', 'heading-level'],
  'network-map': ['view', 'focus', 'types', 'federation', 'province', 'sync-url'],
  'actor-list': ['query', 'types', 'province', 'federation', 'expanded', 'sync-url'],
};
export const SHARED_ATTRIBUTES: readonly string[] = ['src', 'lang', 'theme'];

// Shared by every copy of this code on the page (the loader and a bundle together): an unknown
// name is reported once per element, however many copies look at it.
const WARNED = Symbol.for('mf-widgets.cms-form.warned');
const warned = ((globalThis as Record<symbol, unknown>)[WARNED] ??= new WeakSet<Element>()) as WeakSet<Element>;

/** `" Member-Counter "` and `"mf-member-counter"` name the counter too: editors type these. */
const widgetName = (source: Element): string =>
  (source.getAttribute('data-mf') ?? '').trim().toLowerCase().replace(/^mf-/, '');

/** Replaces one `[data-mf]` element by its widget; returns the widget, or undefined when it is not one of ours. */
export function upgradeDiv(source: HTMLElement): HTMLElement | undefined {
  const name = widgetName(source);
  const allowed = own(ATTRIBUTES, name);
  if (!source.isConnected) return undefined;
  if (!allowed) {
    if (!warned.has(source)) {
      warned.add(source);
      console.warn(
        `[mf-widgets] <${source.localName} data-mf="${source.getAttribute('data-mf')}"> left alone: not a widget name. ` +
          `Use one of: ${Object.keys(ATTRIBUTES).join(', ')}.`,
        source,
      );
    }
    return undefined;
  }
  const element = document.createElement(`mf-${name}`);
  for (const attribute of [...SHARED_ATTRIBUTES, ...allowed]) {
    const value = source.getAttribute(`data-${attribute}`);
    if (value !== null) element.setAttribute(attribute, value);
  }
  if (source.id) element.id = source.id;
  if (source.className) element.className = source.className;
  // Through the CSSOM, which a strict style-src allows (a style attribute would be blocked).
  if (source.style.cssText) element.style.cssText = source.style.cssText;
  source.replaceWith(element);
  return element;
}

const watched = new Set<string>();
let observer: MutationObserver | undefined;
let onAdded: ((element: HTMLElement) => void) | undefined;
let tags = false;

function scan(root: ParentNode & Node): void {
  const found: HTMLElement[] = [];
  if (root instanceof HTMLElement && root.hasAttribute('data-mf')) found.push(root);
  found.push(...root.querySelectorAll<HTMLElement>('[data-mf]'));
  for (const source of found) {
    const name = widgetName(source);
    if (own(ATTRIBUTES, name) && !watched.has(name)) continue;
    const element = upgradeDiv(source);
    if (element) onAdded?.(element);
  }
  if (!tags || !onAdded) return;
  if (root instanceof HTMLElement && watched.has(root.localName.slice(3)) && root.localName.startsWith('mf-'))
    onAdded(root);
  for (const name of watched) root.querySelectorAll<HTMLElement>(`mf-${name}`).forEach(onAdded);
}

export interface UpgradeOptions {
  /** Called with each element made from a `[data-mf]` element (and each tag, with `tags`). */
  readonly onElement?: (element: HTMLElement) => void;
  /** Also report the `mf-*` tags of `names` already on the page or added later (the loader's case). */
  readonly tags?: boolean;
}

/**
 * Upgrades the CMS-safe `[data-mf]` elements of `names` now and whenever some are added later
 * (pages that load content late, single-page apps), with one MutationObserver. Safe to call many
 * times, from several bundles: a replaced div is gone, so nothing is upgraded twice.
 */
export function upgradeCmsForm(names: readonly string[], options: UpgradeOptions = {}): void {
  if (typeof document === 'undefined') return;
  for (const name of names) watched.add(name);
  onAdded ??= options.onElement;
  tags ||= options.tags === true;
  const run = (): void => scan(document);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  run();
  if (!observer) {
    observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof HTMLElement) scan(node);
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
}
