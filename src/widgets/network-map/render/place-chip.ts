import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ResolvedPlace } from '../../../feed/place-search.js';
import type { Lang } from '../../../i18n/locale.js';
import { ICONS, icon } from '../../../shared/icons.js';
import { actorCount, placeName } from './search.js';

/** The place chosen in the search, over the drawing ("Antwerpen · 12 actoren ✕"): a click forgets it. */
export function renderPlaceChip(place: ResolvedPlace, count: number, lang: Lang, clear: () => void): TemplateResult {
  return html`<button class="chip place-chip" type="button" @click=${clear}>
    ${icon(ICONS.pin)} ${placeName(place, lang)} · ${actorCount(count, lang)} ✕<span class="visually-hidden">
      ${msg('(markering wissen)', { id: 'map.place-clear' })}</span
    >
  </button>`;
}
