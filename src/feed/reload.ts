/**
 * What elements need of the loader before any feed arrives: a URL's canonical form, and the
 * news that some element reloaded a feed (a retry in one element refreshes all on that URL).
 * The loader itself loads lazily, with the first feed.
 */
const shared = globalThis as { [key: symbol]: EventTarget | undefined };
const reloads: EventTarget = (shared[Symbol.for('mf-widgets.reloads.v1')] ??= new EventTarget());

/** The absolute URL for a `src` attribute, resolved like a link on the page. */
export function resolveFeedUrl(src: string): string {
  return new URL(src.trim(), document.baseURI).href;
}

/** Calls `listener` with the absolute URL whenever some element reloads a feed. */
export function onFeedReload(listener: (url: string) => void): () => void {
  const handler = (event: Event): void => listener((event as CustomEvent<string>).detail);
  reloads.addEventListener('reload', handler);
  return () => reloads.removeEventListener('reload', handler);
}

export function announceReload(url: string): void {
  reloads.dispatchEvent(new CustomEvent('reload', { detail: url }));
}
