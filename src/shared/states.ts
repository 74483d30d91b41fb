/**
 * The error and stale states' text, and a refresh's outcome, loaded only when a feed fails
 * (states-loader.ts): a page whose feed arrives never downloads it. The card's not-found and
 * invalid actor wait for it the same way (actor-card.ts).
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedError } from '../feed/errors.js';
import { formatAge } from '../i18n/age.js';
import type { Lang } from '../i18n/locale.js';

/** The localized sentence for a failure reason; the network's own is in the base element. */
export function errorMessage(reason: FeedError['reason'] | 'not-found', error?: FeedError): string | undefined {
  switch (reason) {
    case 'network':
      return undefined;
    case 'timeout':
      return msg('Het laden van de netwerkgegevens duurde te lang.', { id: 'error.timeout' });
    case 'http':
      return error?.status
        ? msg(str`De server van de netwerkgegevens gaf een fout (${error.status}).`, { id: 'error.http' })
        : msg('De server van de netwerkgegevens gaf een fout.', { id: 'error.http-unknown' });
    case 'parse':
      return msg('De netwerkgegevens zijn geen geldige JSON.', { id: 'error.parse' });
    case 'schema':
      return msg('De netwerkgegevens hebben niet de verwachte vorm.', { id: 'error.schema' });
    case 'not-found':
      return msg('Deze actor staat niet in het netwerk.', { id: 'error.not-found' });
  }
}

/** What a refresh came to, said and shown for a while (base-element.ts). */
export function refreshOutcomeText(outcome: 'done' | 'failed'): string {
  return outcome === 'done'
    ? msg('De gegevens zijn vernieuwd.', { id: 'state.refreshed' })
    : msg('Vernieuwen lukte opnieuw niet.', { id: 'state.refresh-failed' });
}

/** The note under data shown from an earlier copy, with its retry; `msg()` runs in the element's language. */
export function renderStale(savedAt: Date, lang: Lang, refreshing: boolean, retry: () => void): TemplateResult {
  const age = formatAge(savedAt, lang);
  // While it refreshes, the button stays (and keeps focus) but does nothing.
  return html`<p part="stale" class="stale" role="note">
    ${msg(str`Deze gegevens zijn van ${age}: vernieuwen lukte niet.`, { id: 'state.stale' })}
    <button
      part="retry"
      class="link-button"
      type="button"
      aria-disabled=${refreshing ? 'true' : 'false'}
      @click=${() => {
        if (!refreshing) retry();
      }}
    >
      ${
        refreshing
          ? msg('Bezig met vernieuwen…', { id: 'action.refreshing' })
          : msg('Opnieuw proberen', { id: 'action.retry' })
      }
    </button>
  </p>`;
}
