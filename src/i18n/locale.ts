/**
 * Languages per element. `setLocale()` of @lit/localize is page-wide, but a page may show an nl and
 * an fr widget side by side, so the reentrant mode is used: `msg()` asks `getLocale()` every time,
 * and an element makes its own language current while it renders (`withLocale`). The Dutch text
 * is in the code; the fr and en catalogs load on first use (`loadCatalog`), and an element waits
 * for its catalog (as it waits for its feed) before it renders text.
 */
import type { LocaleModule } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export const LANGS = ['nl', 'fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The catalog of each target language, loaded on first use. Keyed by lit-localize.json's
 * `targetLocales`: a language added there and not here fails the typecheck.
 */
const CATALOGS: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  fr: () => import('./generated/fr.js'),
  en: () => import('./generated/en.js'),
};

const catalogs = new Map<Lang, LocaleModule>();
const loading = new Map<Lang, Promise<void>>();

/** Whether `msg()` can answer in `lang` now. */
export function catalogReady(lang: Lang): boolean {
  return lang === 'nl' || catalogs.has(lang);
}

/** Loads the catalog of `lang` (once). */
export function loadCatalog(lang: Lang): Promise<void> {
  if (catalogReady(lang)) return Promise.resolve();
  let promise = loading.get(lang);
  if (!promise) {
    promise = CATALOGS[lang as keyof typeof CATALOGS]().then(
      (module) => void catalogs.set(lang, module),
      (error: unknown) => {
        // Offline, or the chunk was not deployed: Dutch text rather than no text.
        console.error(`[mf-widgets] could not load the ${lang} texts; showing Dutch`, error);
        catalogs.set(lang, { templates: {} });
      },
    );
    loading.set(lang, promise);
  }
  return promise;
}
let current: Lang = 'nl';
let configured = false;

function configure(): void {
  if (configured) return;
  configured = true;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => current,
      loadLocaleSync: (locale) => catalogs.get(locale as Lang),
    });
  } catch (error) {
    // Another copy of @lit/localize in this very bundle was configured first (an app that bundles
    // these widgets and localizes itself). Widgets then follow that app's locale.
    console.warn('[mf-widgets] @lit/localize is configured elsewhere; widgets follow its locale.', error);
  }
}

/** Runs `fn` with `lang` as the language of every `msg()` inside it. */
export function withLocale<T>(lang: Lang, fn: () => T): T {
  configure();
  const previous = current;
  current = lang;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/**
 * A `lang` value as one of ours: `fr-BE` → `fr`, `EN` → `en`, anything else → `nl`. Empty or
 * missing values give undefined, because they do not decide (the search goes on upwards).
 */
export function normaliseLang(tag: string | null | undefined): Lang | undefined {
  if (tag == null || tag.trim() === '') return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : 'nl';
}

/**
 * The language an element renders in: its own `lang`, else the nearest ancestor's (across shadow
 * roots), else `<html lang>`, else nl.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = normaliseLang(node.getAttribute('lang'));
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'nl';
}

type LangListener = () => void;
const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document, so that
 * elements that inherit their language follow it. One observer serves every element.
 */
export function observeLang(listener: LangListener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const notify of [...listeners]) notify();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

// Intl objects are costly to make (tenths of a millisecond) and asked for in drawing loops: one per language.
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** Plural category through `Intl.PluralRules` in the element's language. */
export function isOne(count: number, lang: Lang): boolean {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count) === 'one';
}
