import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/locale.js';
import { provinceLabel } from '../../../i18n/province-label.js';

export interface GeoNotesInput {
  /** Actors not on the map (no location), the network itself not counted. */
  readonly unplaced: number;
  readonly province: string | undefined;
  readonly lang: Lang;
  readonly clearProvince: () => void;
  /** The boundaries did not load: the error, with a retry. */
  readonly failure?: { readonly message: string; readonly retry: () => void };
}

/**
 * Over the geo view's drawing: the province filter as a chip, the actors not on the map, the
 * attribution; and the error when the boundaries did not load.
 */
export function renderGeoNotes({ unplaced, province, lang, clearProvince, failure }: GeoNotesInput): TemplateResult {
  const count = formatNumber(unplaced, lang);
  return html`<div class="geo-notes">
      ${
        province
          ? html`<button class="chip" type="button" @click=${clearProvince}>
              ${provinceLabel(province, lang)} ✕<span class="visually-hidden">
                ${msg('(provinciefilter wissen)', { id: 'map.province-clear' })}</span
              >
            </button>`
          : nothing
      }
      ${
        unplaced > 0
          ? html`<p class="note-line">
              ${
                unplaced === 1
                  ? msg(str`${count} actor zonder locatie staat niet op de kaart.`, { id: 'map.unplaced.one' })
                  : msg(str`${count} actoren zonder locatie staan niet op de kaart.`, { id: 'map.unplaced.other' })
              }
            </p>`
          : nothing
      }
      <p class="attribution">
        ${msg('Grenzen: Statbel (statistische sectoren 2025), vereenvoudigd door Provincies in Cijfers', { id: 'map.attribution' })}
      </p>
    </div>
    ${
      failure
        ? html`<div part="state" class="state state--error geo-failed" role="alert">
            <p class="state__message">${failure.message}</p>
            <button part="retry" class="button" type="button" @click=${failure.retry}>
              ${msg('Opnieuw proberen', { id: 'action.retry' })}
            </button>
          </div>`
        : nothing
    }`;
}
