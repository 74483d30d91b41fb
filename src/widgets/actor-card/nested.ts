import { html, nothing, type TemplateResult } from 'lit';
import type { Actor } from '../../feed/types.js';
import type { Lang } from '../../i18n/locale.js';

/** The widget a card is shown in: the card reads the same feed, in the same language and theme. */
export interface CardHost {
  readonly feed?: unknown;
  readonly src?: string | undefined;
  readonly lang: Lang;
  readonly theme?: string | undefined;
}

/**
 * A full card for `actor` inside another widget (the map's panel, the list's opened row). Its own
 * mf-load / mf-error stay inside (see `keepInside`). Its heading is one level below the nearest
 * heading before it, looked for through the host's shadow root and then the page, unless
 * `headingLevel` is given. The one place, besides the define modules, where a widget shows another.
 */
let loading: Promise<void> | undefined;

/**
 * Loads and registers the card when a widget first shows one, or is about to (the reader points at
 * or focuses it): most readers of a directory or a map never open a card, so its code is not part
 * of their first download. A page that loads the card itself has it already.
 */
export function loadCard(): void {
  if (loading || typeof customElements === 'undefined' || customElements.get('mf-actor-card')) return;
  // The card's own entry module, which registers it: a page that also loads mf-actor-card.js shares the file.
  loading = import('./define.js').then(
    () => undefined,
    (error: unknown) => {
      loading = undefined;
      console.error('[mf-widgets] the actor card could not be loaded', error);
    },
  );
}

export function renderNestedCard(host: CardHost, actor: Actor, headingLevel?: number): TemplateResult {
  loadCard();
  return html`<mf-actor-card
    .actor=${actor}
    .feed=${host.feed}
    src=${host.feed ? nothing : (host.src ?? nothing)}
    lang=${host.lang}
    theme=${host.theme ?? nothing}
    heading-level=${headingLevel ?? nothing}
  ></mf-actor-card>`;
}
