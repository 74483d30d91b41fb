/**
 * `mf-loader.js`: the smallest way to put widgets on a page. It loads only the elements the page
 * uses, when they come near the viewport, from the files next to it (`mf-<element>.js`), and also
 * upgrades the CMS-safe `<div data-mf="…">` form.
 */
import { ATTRIBUTES, upgradeCmsForm } from './shared/cms-form.js';

const NAMES = Object.keys(ATTRIBUTES);
// Not `new URL('.', import.meta.url)`: bundlers read that pattern as an asset to inline.
const base = import.meta.url.slice(0, import.meta.url.lastIndexOf('/') + 1);
const requested = new Set<string>();

function load(name: string): void {
  if (requested.has(name) || customElements.get(`mf-${name}`)) return;
  requested.add(name);
  import(/* @vite-ignore */ `${base}mf-${name}.js`).catch((error: unknown) => {
    requested.delete(name);
    console.error(`[mf-widgets] could not load mf-${name}.js next to mf-loader.js`, error);
  });
}

// "Near": within one screen of the viewport, in any direction.
const near =
  typeof IntersectionObserver === 'function'
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            near?.unobserve(entry.target);
            load(entry.target.localName.slice(3));
          }
        },
        { rootMargin: '100%' },
      )
    : undefined;

function watch(element: Element): void {
  if (customElements.get(element.localName)) return;
  if (near) near.observe(element);
  else load(element.localName.slice(3));
}

// One observer for both forms: the tags, and the CMS-safe divs it turns into tags.
upgradeCmsForm(NAMES, { onElement: watch, tags: true });
