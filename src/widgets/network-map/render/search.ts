import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ResolvedPlace } from '../../../feed/place-search.js';
import type { Network } from '../../../feed/types.js';
import { formatNumber, typeLabel } from '../../../i18n/labels.js';
import { isOne, type Lang } from '../../../i18n/locale.js';
import { municipalityIn } from '../../../i18n/municipality-label.js';
import { ICONS, icon } from '../../../shared/icons.js';
import { loadCard } from '../../actor-card/nested.js';
import type { SearchController } from '../controllers/search.js';

/** A place as the reader names it: "Borgerhout (Antwerpen)", "Gand" on a French page. */
export function placeName({ municipality, place }: ResolvedPlace, lang: Lang): string {
  const town = municipalityIn(municipality.nis, municipality.name, municipality.nameFr, lang);
  return place ? `${place} (${town})` : town;
}

/** "12 actoren" (in that place). */
export function actorCount(count: number, lang: Lang): string {
  const n = formatNumber(count, lang);
  return isOne(count, lang)
    ? msg(str`${n} actor`, { id: 'map.place-count.one' })
    : msg(str`${n} actoren`, { id: 'map.place-count.other' });
}

/** The search field and its options (the ARIA combobox pattern, list autocomplete): places, then actors. */
export function renderSearch(search: SearchController, network: Network, lang: Lang): TemplateResult {
  const active = search.open && search.active >= 0 ? `result-${search.active}` : undefined;
  // A reader who searches is about to select: the panel's card starts loading.
  return html`<div class="search" part="search" @focusin=${loadCard} @focusout=${search.focusout}>
    <input
      type="search"
      role="combobox"
      aria-label=${msg('Zoek een actor of een plaats', { id: 'map.search-place' })}
      placeholder=${msg('Zoek een actor of plaats…', { id: 'map.search-place-placeholder' })}
      aria-autocomplete="list"
      aria-expanded=${search.open ? 'true' : 'false'}
      aria-controls="results"
      aria-activedescendant=${active ?? nothing}
      autocomplete="off"
      spellcheck="false"
      .value=${search.query}
      @input=${search.input}
      @keydown=${search.keydown}
    />
    <ul
      id="results"
      class="results"
      role="listbox"
      aria-label=${msg('Zoekresultaten', { id: 'map.results' })}
      ?hidden=${!search.open}
    >
      ${
        search.results.length === 0
          ? html`<li class="none" role="option" aria-disabled="true" aria-selected="false">
              ${msg('Geen actor gevonden', { id: 'map.no-results' })}
            </li>`
          : search.results.map(
              (option, index) =>
                // The combobox's input takes the keys (ARIA APG pattern); an option is also picked by pointer.
                // eslint-disable-next-line lit-a11y/click-events-have-key-events
                html`<li
                  id=${`result-${index}`}
                  role="option"
                  class=${option.place ? 'place' : ''}
                  aria-selected=${index === search.active ? 'true' : 'false'}
                  @pointerdown=${(event: Event) => event.preventDefault()}
                  @click=${() => search.choose(option)}
                >
                  ${
                    option.place
                      ? html`${icon(ICONS.pin)}<span>${placeName(option.place, lang)}</span>
                          <span class="type">${actorCount(option.count, lang)}</span>`
                      : html`<span dir="auto">${option.actor.name}</span>
                          <span class="type"
                            >${typeLabel(network.types.get(option.actor.type) ?? option.actor.type, lang, 1)}</span
                          >`
                  }
                </li>`,
            )
      }
    </ul>
  </div>`;
}
