import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { PROVINCE_IDS } from '../../feed/ids.js';
import { typeSet } from '../../feed/relations.js';
import type { Network } from '../../feed/types.js';
import { formatNumber, typeLabel } from '../../i18n/labels.js';
import { isOne, type Lang } from '../../i18n/locale.js';
import { municipalityIn } from '../../i18n/municipality-label.js';
import { provinceLabel } from '../../i18n/province-label.js';
import { ICONS, icon } from '../../shared/icons.js';
import type { LocateController } from './locate.js';
import type { Results } from './results.js';

export interface ControlsInput {
  readonly network: Network;
  readonly lang: Lang;
  readonly query: string;
  readonly types: string | undefined;
  readonly province: string | undefined;
  readonly federation: string | undefined;
  readonly locate: LocateController;
  readonly search: (query: string) => void;
  /** The search field got the focus: the place search may load. */
  readonly searchFocus: () => void;
  readonly choose: (filter: 'types' | 'province' | 'federation', value: string | undefined) => void;
}

const chosen = (event: Event): string | undefined => (event.target as HTMLSelectElement).value || undefined;

/** The search field, "my location", and the type, province and federation filters. */
export function renderControls(input: ControlsInput): TemplateResult {
  const { network, lang, locate } = input;
  const types = [...network.countsByType.keys()].filter((type) => type !== 'network');
  const federations = network.actors.filter((actor) => actor.type === 'federation');
  const typeChoice = typeSet(input.types);
  const typeValue = typeChoice?.size === 1 ? [...typeChoice][0] : '';
  // Several types (from the attribute, or the map's legend) are one choice of their own here.
  const several = typeChoice && typeChoice.size > 1 ? [...typeChoice] : undefined;
  const locating = locate.state === 'pending';
  return html`<div part="controls" class="controls">
    <label class="search"
      >${msg('Zoek op naam, postcode of gemeente', { id: 'list.search-place' })}
      <input
        part="search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        .value=${input.query}
        @focus=${input.searchFocus}
        @input=${(event: Event) => input.search((event.target as HTMLInputElement).value)}
    /></label>
    <button
      class="button locate"
      type="button"
      aria-pressed=${locate.state === 'on' || locating ? 'true' : 'false'}
      @click=${locate.toggle}
    >
      ${icon(ICONS.pin)}
      ${locating ? msg('Locatie zoeken…', { id: 'list.locating' }) : msg('Mijn locatie', { id: 'list.locate' })}
    </button>
    <label
      >${msg('Soort', { id: 'list.type' })}
      <select @change=${(event: Event) => input.choose('types', chosen(event))}>
        <option value="" ?selected=${!typeChoice}>${msg('Alle soorten', { id: 'list.type-all' })}</option>
        ${
          several
            ? html`<option value=${several.join(',')} selected>
                ${several.map((type) => typeLabel(network.types.get(type) ?? type, lang, 2)).join(', ')}
              </option>`
            : nothing
        }
        ${types.map(
          (type) =>
            html`<option value=${type} ?selected=${typeValue === type}>
              ${typeLabel(network.types.get(type) ?? type, lang, 2)}
            </option>`,
        )}
      </select></label
    >
    <label
      >${msg('Provincie', { id: 'list.province' })}
      <select @change=${(event: Event) => input.choose('province', chosen(event))}>
        <option value="" ?selected=${!input.province}>${msg('Alle provincies', { id: 'list.province-all' })}</option>
        ${PROVINCE_IDS.map(
          (id) => html`<option value=${id} ?selected=${input.province === id}>${provinceLabel(id, lang)}</option>`,
        )}
      </select></label
    >
    ${
      federations.length > 0
        ? html`<label
            >${msg('Federatie', { id: 'list.federation' })}
            <select @change=${(event: Event) => input.choose('federation', chosen(event))}>
              <option value="" ?selected=${!input.federation}>
                ${msg('Alle federaties', { id: 'list.federation-all' })}
              </option>
              ${federations.map(
                (federation) =>
                  html`<option value=${federation.id} ?selected=${input.federation === federation.id}>
                    ${federation.name}
                  </option>`,
              )}
            </select></label
          >`
        : nothing
    }
    ${locateNote(locate)}
  </div>`;
}

/** Why "my location" did nothing: said once, as an alert. */
function locateNote(locate: LocateController): TemplateResult | typeof nothing {
  if (locate.state !== 'denied' && locate.state !== 'unavailable') return nothing;
  return html`<p class="note" role="alert">
    ${
      locate.state === 'denied'
        ? msg('Je locatie werd niet gedeeld. Zoek op postcode of gemeente.', { id: 'list.locate-denied' })
        : msg('Je locatie kon niet bepaald worden. Zoek op postcode of gemeente.', { id: 'list.locate-unavailable' })
    }
  </p>`;
}

/** What the results are, as the summary shows and a screen reader hears it. */
export interface SummaryInput {
  readonly results: Results;
  readonly lang: Lang;
  readonly query: string;
  /** How many names the search finds outside the place it names (counted once typing pauses). */
  readonly named: number;
  /** What the polite live region says (the summary, once typing pauses). */
  readonly announced: string;
  readonly namesOnly: (on: boolean) => void;
}

/**
 * What was found and how it is ordered; when the search names a place and some names too
 * ("Mortsel", "Peer"), a link to search the names instead, and back. One button either way, so
 * that focus stays on it.
 */
export function renderSummary({
  results,
  lang,
  query,
  named: found,
  announced,
  namesOnly,
}: SummaryInput): TemplateResult {
  const text = query.trim();
  const named = results.place ? found : 0;
  const back = results.placeInstead?.municipality;
  const town = back ? municipalityIn(back.nis, back.name, back.nameFr, lang) : '';
  const n = formatNumber(named, lang);
  return html`<p part="summary" class="summary">
    <span>${summaryText(results, lang)}</span>
    ${
      named > 0 || back
        ? html`<button part="search-instead" class="link-button" type="button" @click=${() => namesOnly(named > 0)}>
            ${
              named > 0
                ? msg(str`Namen met „${text}” tonen (${n})`, { id: 'list.names-instead' })
                : msg(str`Actoren in en rond ${town} tonen`, { id: 'list.place-instead' })
            }
          </button>`
        : nothing
    }
    <span class="visually-hidden" role="status" aria-live="polite">${announced}</span>
  </p>`;
}

export function summaryText(results: Results, lang: Lang): string {
  const count = results.actors.length;
  if (results.place) {
    const { nis, name, nameFr } = results.place.municipality;
    const town = municipalityIn(nis, name, nameFr, lang);
    const inside = results.inside ?? 0;
    const n = formatNumber(inside, lang);
    if (inside === 0) return msg(str`Geen actoren in ${town}; de dichtstbij eerst`, { id: 'list.place.none' });
    return isOne(inside, lang)
      ? msg(str`${n} actor in ${town}, daarna de dichtstbij`, { id: 'list.place.one' })
      : msg(str`${n} actoren in ${town}, daarna de dichtstbij`, { id: 'list.place.other' });
  }
  const n = formatNumber(count, lang);
  if (results.nearMe)
    return isOne(count, lang)
      ? msg(str`${n} actor, de dichtstbij jouw locatie eerst`, { id: 'list.near-me.one' })
      : msg(str`${n} actoren, de dichtstbij jouw locatie eerst`, { id: 'list.near-me.other' });
  return isOne(count, lang)
    ? msg(str`${n} actor gevonden`, { id: 'list.count.one' })
    : msg(str`${n} actoren gevonden`, { id: 'list.count.other' });
}
