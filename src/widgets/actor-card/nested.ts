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
export function renderNestedCard(host: CardHost, actor: Actor, headingLevel?: number): TemplateResult {
  return html`<mf-actor-card
    .actor=${actor}
    .feed=${host.feed}
    src=${host.feed ? nothing : (host.src ?? nothing)}
    lang=${host.lang}
    theme=${host.theme ?? nothing}
    heading-level=${headingLevel ?? nothing}
  ></mf-actor-card>`;
}
