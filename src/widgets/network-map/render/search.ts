import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Network } from '../../../feed/types.js';
import { typeLabel } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/locale.js';
import type { SearchController } from '../controllers/search.js';

/** The search field and its list of results (the ARIA combobox pattern, list autocomplete). */
export function renderSearch(search: SearchController, network: Network, lang: Lang): TemplateResult {
  const active = search.open && search.active >= 0 ? `result-${search.active}` : undefined;
  return html`<div class="search" part="search" @focusout=${search.focusout}>
    <input
      type="search"
      role="combobox"
      aria-label=${msg('Zoek een actor op naam', { id: 'map.search' })}
      placeholder=${msg('Zoek een actor…', { id: 'map.search-placeholder' })}
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
              (actor, index) =>
                // The combobox's input takes the keys (ARIA APG pattern); an option is also picked by pointer.
                // eslint-disable-next-line lit-a11y/click-events-have-key-events
                html`<li
                  id=${`result-${index}`}
                  role="option"
                  aria-selected=${index === search.active ? 'true' : 'false'}
                  @pointerdown=${(event: Event) => event.preventDefault()}
                  @click=${() => search.choose(actor)}
                >
                  <span dir="auto">${actor.name}</span>
                  <span class="type">${typeLabel(network.types.get(actor.type) ?? actor.type, lang, 1)}</span>
                </li>`,
            )
      }
    </ul>
  </div>`;
}
