/**
 * The configurator's settings: the fields of each widget's attributes (an actor picked from the
 * feed, the filters by type, federation and province), named in the configurator's language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { searchActors } from '../../src/feed/search.js';
import { BUILTIN_TYPE_IDS, PROVINCE_IDS } from '../../src/feed/ids.js';
import { typeLabel } from '../../src/i18n/labels.js';
import { provinceLabel } from '../../src/i18n/province-label.js';
import { network, set, state, t, type State } from './state.js';
import { TEXT, type Text } from './texts.js';

const METRICS = [
  'associations',
  'federations',
  'actors',
  ...BUILTIN_TYPE_IDS.filter((type) => !['network', 'federation', 'association'].includes(type)),
];

export function radio(name: keyof State, value: string, label: string): TemplateResult {
  return html`<label class="radio"
    ><input
      type="radio"
      name=${name}
      .checked=${live(state[name] === value)}
      @change=${() => set(name, value as never)}
    />${label}</label
  >`;
}

/** A type's name as the widgets write it (the feed's own label first), in the configurator's language. */
function typeName(type: string): string {
  return typeLabel(network?.types.get(type) ?? type, state.ui, 2);
}

function metricName(metric: string): string {
  if (metric === 'actors') return t(TEXT.allActors);
  if (metric === 'associations') return typeName('association');
  if (metric === 'federations') return typeName('federation');
  return typeName(metric);
}

/** Search, then pick an actor from the feed (the first 50 matches); optional ones have "none". */
function actorPicker(key: 'actorId' | 'focus' | 'expanded', label: Text, optional: boolean): TemplateResult {
  const query = state.actorQuery[key];
  const found = network ? (query ? searchActors(network, query, 50) : network.actors.slice(0, 50)) : [];
  // The chosen actor stays in the list whatever the search, so the list never hides what the snippet says.
  const chosen = network && state[key] ? network.byId.get(state[key]) : undefined;
  const matches = chosen && !found.includes(chosen) ? [chosen, ...found] : found;
  return html`<fieldset>
    <legend>${t(label)}</legend>
    <label
      >${t(TEXT.actorSearch)}
      <input
        type="search"
        .value=${live(query)}
        @input=${(e: Event) => set('actorQuery', { ...state.actorQuery, [key]: (e.target as HTMLInputElement).value })}
    /></label>
    <label
      >${t(TEXT.results)}
      <select size="6" @change=${(e: Event) => set(key, (e.target as HTMLSelectElement).value)}>
        ${optional ? html`<option value="" ?selected=${state[key] === ''}>${t(TEXT.noActor)}</option>` : nothing}
        ${matches.map((a) => html`<option value=${a.id} ?selected=${state[key] === a.id}>${a.name} (${a.id})</option>`)}
      </select></label
    >
  </fieldset>`;
}

/** `sync-url`: the reader's view in the page's address, to share. */
function syncUrl(): TemplateResult {
  return html`<label class="radio"
      ><input
        type="checkbox"
        .checked=${live(state.syncUrl)}
        @change=${(e: Event) => set('syncUrl', (e.target as HTMLInputElement).checked)}
      />${t(TEXT.syncUrl)}</label
    >
    <p class="hint">${t(TEXT.syncUrlHint)}</p>`;
}

export function settings(): TemplateResult {
  const types = network ? [...network.countsByType.keys()].filter((type) => type !== 'network') : [];
  const federations = network?.actors.filter((actor) => actor.type === 'federation') ?? [];
  const filters = html`<label
      >${t(TEXT.federation)}
      <select @change=${(e: Event) => set('federation', (e.target as HTMLSelectElement).value)}>
        <option value="">${t(TEXT.all)}</option>
        ${federations.map((f) => html`<option value=${f.id} ?selected=${state.federation === f.id}>${f.name}</option>`)}
      </select></label
    >
    <label
      >${t(TEXT.province)}
      <select @change=${(e: Event) => set('province', (e.target as HTMLSelectElement).value)}>
        <option value="">${t(TEXT.all)}</option>
        ${PROVINCE_IDS.map(
          (p) => html`<option value=${p} ?selected=${state.province === p}>${provinceLabel(p, state.ui)}</option>`,
        )}
      </select></label
    >
    <fieldset>
      <legend>${t(TEXT.types)}</legend>
      ${types.map(
        (type) =>
          html`<label class="radio"
            ><input
              type="checkbox"
              .checked=${live(state.types.includes(type))}
              @change=${(e: Event) =>
                set(
                  'types',
                  (e.target as HTMLInputElement).checked
                    ? [...state.types, type]
                    : state.types.filter((x) => x !== type),
                )}
            />${typeName(type)}</label
          >`,
      )}
    </fieldset>`;
  switch (state.widget) {
    case 'member-counter':
      return html`<label
          >${t(TEXT.metric)}
          <select @change=${(e: Event) => set('metric', (e.target as HTMLSelectElement).value)}>
            ${METRICS.map((m) => html`<option value=${m} ?selected=${state.metric === m}>${metricName(m)}</option>`)}
          </select></label
        >
        <fieldset>
          <legend>${t(TEXT.format)}</legend>
          ${radio('format', 'exact', t(TEXT.exact))} ${radio('format', 'plus', t(TEXT.plus))}
        </fieldset>
        <label
          >${t(TEXT.label)}
          <input .value=${live(state.label)} @input=${(e: Event) => set('label', (e.target as HTMLInputElement).value)}
        /></label>
        <label
          >${t(TEXT.duration)}
          <input
            type="number"
            min="0"
            step="100"
            .value=${live(state.duration)}
            @change=${(e: Event) => set('duration', (e.target as HTMLInputElement).value)}
        /></label>`;
    case 'actor-card':
      return html`${actorPicker('actorId', TEXT.actor, false)}
        <fieldset>
          <legend>${t(TEXT.variant)}</legend>
          ${radio('variant', 'full', t(TEXT.full))} ${radio('variant', 'compact', t(TEXT.compact))}
        </fieldset>
        <label
          >${t(TEXT.headingLevel)}
          <select @change=${(e: Event) => set('headingLevel', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!state.headingLevel}>${t(TEXT.headingAuto)}</option>
            ${['1', '2', '3', '4', '5', '6'].map(
              (level) => html`<option value=${level} ?selected=${state.headingLevel === level}>h${level}</option>`,
            )}
          </select></label
        >`;
    case 'network-map':
      return html`<fieldset>
          <legend>${t(TEXT.view)}</legend>
          ${radio('view', 'graph', t(TEXT.graph))} ${radio('view', 'geo', t(TEXT.geo))}
          ${radio('view', 'list', t(TEXT.list))}
        </fieldset>
        ${actorPicker('focus', TEXT.focus, true)} ${filters} ${syncUrl()}`;
    case 'actor-list':
      return html`<label
          >${t(TEXT.query)}
          <input
            type="search"
            .value=${live(state.query)}
            @change=${(e: Event) => set('query', (e.target as HTMLInputElement).value)}
        /></label>
        ${actorPicker('expanded', TEXT.expanded, true)} ${filters} ${syncUrl()}`;
  }
}
