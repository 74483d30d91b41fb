/**
 * The snippet configurator for CMS editors: pick a widget, set its attributes, see it live, copy
 * a complete snippet. Its own texts are in nl, fr and en (a small table: they are the demo's, not
 * the widgets'). Plain form controls, so it is keyboard accessible as it stands.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import '../src/index.js';
import { normaliseFeed } from '../src/feed/normalise.js';
import { searchActors } from '../src/feed/search.js';
import type { Network } from '../src/feed/types.js';
import { BUILTIN_TYPE_IDS, PROVINCE_IDS } from '../src/feed/ids.js';
import { typeLabel } from '../src/i18n/labels.js';
import { provinceLabel } from '../src/i18n/province-label.js';
import { loadCatalog } from '../src/i18n/locale.js';
import { snippetFor, type SnippetOptions } from './snippet.js';

type UiLang = 'nl' | 'fr' | 'en';
type Widget = SnippetOptions['widget'];

const TEXT = {
  title: { nl: 'Stel een widget samen', fr: 'Composez un widget', en: 'Compose a widget' },
  intro: {
    nl: 'Kies een widget en zijn instellingen, bekijk het resultaat en kopieer de code naar je pagina.',
    fr: 'Choisissez un widget et ses réglages, regardez le résultat et copiez le code dans votre page.',
    en: 'Pick a widget and its settings, look at the result and copy the code into your page.',
  },
  widget: { nl: 'Widget', fr: 'Widget', en: 'Widget' },
  widgets: {
    'member-counter': { nl: 'Teller', fr: 'Compteur', en: 'Counter' },
    'actor-card': { nl: 'Kaartje van een actor', fr: "Fiche d'un acteur", en: 'Actor card' },
    'network-map': { nl: 'Netwerkkaart', fr: 'Carte du réseau', en: 'Network map' },
    'actor-list': { nl: 'Lijst van actoren', fr: 'Liste des acteurs', en: 'Actor list' },
  },
  data: { nl: 'Gegevens', fr: 'Données', en: 'Data' },
  feed: { nl: 'Adres van de feed', fr: 'Adresse du flux', en: 'Feed URL' },
  script: { nl: 'Adres van het script', fr: 'Adresse du script', en: 'Script URL' },
  settings: { nl: 'Instellingen', fr: 'Réglages', en: 'Settings' },
  metric: { nl: 'Wat tellen', fr: 'Que compter', en: 'What to count' },
  format: { nl: 'Weergave van het getal', fr: 'Affichage du nombre', en: 'Number format' },
  exact: { nl: 'Exact (1.834)', fr: 'Exact (1 834)', en: 'Exact (1,834)' },
  plus: { nl: 'Afgerond (1.800+)', fr: 'Arrondi (1 800+)', en: 'Rounded (1,800+)' },
  label: {
    nl: 'Eigen tekst onder het getal (optioneel)',
    fr: 'Texte propre sous le nombre (facultatif)',
    en: 'Own text under the figure (optional)',
  },
  actor: { nl: 'Actor', fr: 'Acteur', en: 'Actor' },
  actorSearch: { nl: 'Zoek een actor', fr: 'Chercher un acteur', en: 'Search an actor' },
  noActor: { nl: 'Geen', fr: 'Aucun', en: 'None' },
  results: { nl: 'Gevonden actoren', fr: 'Acteurs trouvés', en: 'Actors found' },
  allActors: {
    nl: 'Alle actoren (behalve het netwerk)',
    fr: 'Tous les acteurs (sauf le réseau)',
    en: 'Every actor (but the network)',
  },
  duration: {
    nl: 'Duur van het optellen (ms; 0: meteen het getal)',
    fr: 'Durée du comptage (ms ; 0 : le nombre tout de suite)',
    en: 'Length of the count-up (ms; 0: the figure at once)',
  },
  headingLevel: {
    nl: 'Kopniveau van de naam (past in de structuur van je pagina)',
    fr: 'Niveau de titre du nom (selon la structure de votre page)',
    en: "Heading level of the name (to fit your page's outline)",
  },
  headingAuto: {
    nl: 'automatisch: één onder de kop ervoor',
    fr: 'automatique : un de moins que le titre qui précède',
    en: 'automatic: one below the heading before it',
  },
  focus: {
    nl: 'Actor die bij het laden gekozen is',
    fr: 'Acteur choisi au chargement',
    en: 'Actor selected on load',
  },
  expanded: {
    nl: 'Actor die bij het laden open staat',
    fr: 'Acteur ouvert au chargement',
    en: 'Actor opened on load',
  },
  query: {
    nl: 'Zoekterm bij het laden (optioneel)',
    fr: 'Recherche au chargement (facultatif)',
    en: 'Search on load (optional)',
  },
  variant: { nl: 'Variant', fr: 'Variante', en: 'Variant' },
  full: { nl: 'Volledig', fr: 'Complète', en: 'Full' },
  compact: { nl: 'Compact', fr: 'Compacte', en: 'Compact' },
  view: { nl: 'Weergave', fr: 'Affichage', en: 'View' },
  graph: { nl: 'Netwerk', fr: 'Réseau', en: 'Network' },
  geo: { nl: 'Kaart', fr: 'Carte', en: 'Map' },
  list: { nl: 'Lijst', fr: 'Liste', en: 'List' },
  types: { nl: 'Soorten (leeg: alle)', fr: 'Types (vide : tous)', en: 'Types (none: all)' },
  federation: { nl: 'Eén federatie', fr: 'Une fédération', en: 'One federation' },
  province: { nl: 'Eén provincie', fr: 'Une province', en: 'One province' },
  all: { nl: 'Alle', fr: 'Toutes', en: 'All' },
  look: { nl: 'Uiterlijk', fr: 'Apparence', en: 'Look' },
  language: { nl: 'Taal van de widget', fr: 'Langue du widget', en: 'Language of the widget' },
  pageLanguage: { nl: 'Die van de pagina', fr: 'Celle de la page', en: "The page's" },
  theme: { nl: 'Thema', fr: 'Thème', en: 'Theme' },
  light: { nl: 'Licht', fr: 'Clair', en: 'Light' },
  dark: { nl: 'Donker', fr: 'Sombre', en: 'Dark' },
  auto: { nl: 'Volgt het systeem', fr: 'Suit le système', en: 'Follows the system' },
  height: { nl: 'Hoogte (kaart, lijst)', fr: 'Hauteur (carte, liste)', en: 'Height (map, list)' },
  heightHelp: {
    nl: 'Een CSS-lengte (36rem, 600px, 80vh). Ze komt als <style>-regel in de code; een site met een strikte Content-Security-Policy zet die regel in haar eigen stylesheet.',
    fr: 'Une longueur CSS (36rem, 600px, 80vh). Elle figure dans le code comme règle <style> ; un site à Content-Security-Policy stricte place cette règle dans sa propre feuille de style.',
    en: 'A CSS length (36rem, 600px, 80vh). It goes into the code as a <style> rule; a site with a strict Content Security Policy puts that rule in its own stylesheet.',
  },
  form: { nl: 'Vorm van de code', fr: 'Forme du code', en: 'Form of the code' },
  element: { nl: 'Element (de meeste sites)', fr: 'Élément (la plupart des sites)', en: 'Element (most sites)' },
  div: {
    nl: 'CMS-veilige div (WordPress zonder unfiltered_html; het script staat al op de site)',
    fr: 'Div sûre pour CMS (WordPress sans unfiltered_html ; le script est déjà sur le site)',
    en: 'CMS-safe div (WordPress without unfiltered_html; the site already loads the script)',
  },
  formHelp: {
    nl: 'Kan je op je site gewone HTML plakken (een statische pagina, Drupal met volledige HTML, een beheerder op WordPress)? Kies dan het element. Haalt je CMS onbekende tags en scripts weg uit wat redacteurs plakken (WordPress voor wie geen unfiltered_html heeft)? Kies dan de div: de beheerder zet het script één keer op de site, redacteurs plakken alleen de div.',
    fr: "Votre site accepte le HTML tel quel (page statique, Drupal en HTML complet, administrateur WordPress) ? Choisissez l'élément. Votre CMS retire les balises inconnues et les scripts de ce que collent les rédacteurs (WordPress sans unfiltered_html) ? Choisissez la div : l'administrateur ajoute le script une fois au site, les rédacteurs ne collent que la div.",
    en: 'Can you paste plain HTML on your site (a static page, Drupal with full HTML, an administrator on WordPress)? Pick the element. Does your CMS strip unknown tags and scripts from what editors paste (WordPress for anyone without unfiltered_html)? Pick the div: the administrator adds the script to the site once, editors paste only the div.',
  },
  scriptFile: { nl: 'Welk script', fr: 'Quel script', en: 'Which script' },
  bundle: {
    nl: 'Alle widgets in één bestand (mf-widgets.js)',
    fr: 'Tous les widgets en un fichier (mf-widgets.js)',
    en: 'Every widget in one file (mf-widgets.js)',
  },
  loader: {
    nl: 'Alleen wat de pagina gebruikt, wanneer het in beeld komt (mf-loader.js)',
    fr: "Seulement ce qu'utilise la page, quand il approche (mf-loader.js)",
    en: 'Only what the page uses, when it comes into view (mf-loader.js)',
  },
  siteCode: {
    nl: 'Eén keer per site, voor de beheerder (bv. in de footer van het thema)',
    fr: "Une fois par site, pour l'administrateur (par ex. dans le pied de page du thème)",
    en: "Once per site, for the administrator (e.g. in the theme's footer)",
  },
  editorCode: { nl: 'Code voor de redacteur', fr: 'Code pour le rédacteur', en: 'Code for the editor' },
  copySite: { nl: 'Kopieer het script', fr: 'Copier le script', en: 'Copy the script' },
  preview: { nl: 'Voorbeeld', fr: 'Aperçu', en: 'Preview' },
  code: { nl: 'Code om te plakken', fr: 'Code à coller', en: 'Code to paste' },
  copy: { nl: 'Kopieer de code', fr: 'Copier le code', en: 'Copy the code' },
  copied: { nl: 'Gekopieerd.', fr: 'Copié.', en: 'Copied.' },
  copyFailed: {
    nl: 'Kopiëren lukte niet: selecteer de code en kopieer met Ctrl+C.',
    fr: 'La copie a échoué : sélectionnez le code et copiez avec Ctrl+C.',
    en: 'Copying failed: select the code and copy with Ctrl+C.',
  },
} as const;

/** Each language by its own name, in the widget's language select. */
const LANGUAGES = [
  ['nl', 'Nederlands'],
  ['fr', 'Français'],
  ['en', 'English'],
] as const;

const METRICS = [
  'associations',
  'federations',
  'actors',
  ...BUILTIN_TYPE_IDS.filter((type) => !['network', 'federation', 'association'].includes(type)),
];

interface State {
  ui: UiLang;
  widget: Widget;
  src: string;
  script: string;
  metric: string;
  format: string;
  label: string;
  duration: string;
  actorId: string;
  headingLevel: string;
  focus: string;
  expanded: string;
  query: string;
  /** The search text of each actor picker. */
  actorQuery: Record<'actorId' | 'focus' | 'expanded', string>;
  variant: string;
  view: string;
  types: string[];
  federation: string;
  province: string;
  lang: string;
  theme: string;
  height: string;
  form: 'element' | 'div';
  status: string;
}

const state: State = {
  ui: (['nl', 'fr', 'en'].includes(document.documentElement.lang) ? document.documentElement.lang : 'nl') as UiLang,
  widget: 'member-counter',
  src: new URL('feeds/sample.json', location.href).href,
  script: new URL('/dist/mf-widgets.js', location.href).href,
  metric: 'associations',
  format: 'plus',
  label: '',
  duration: '1200',
  actorId: 'fed-01',
  headingLevel: '',
  focus: '',
  expanded: '',
  query: '',
  actorQuery: { actorId: '', focus: '', expanded: '' },
  variant: 'full',
  view: 'graph',
  types: [],
  federation: '',
  province: '',
  lang: '',
  theme: 'light',
  height: '',
  form: 'element',
  status: '',
};

let network: Network | undefined;
const t = (entry: Readonly<Record<UiLang, string>>): string => entry[state.ui];

async function loadNetwork(): Promise<void> {
  try {
    network = normaliseFeed(await (await fetch(state.src)).json());
  } catch {
    network = undefined;
  }
  update();
}

function attributes(): Record<string, string | undefined> {
  const common = {
    src: state.src,
    lang: state.lang || undefined,
    theme: state.theme === 'light' ? undefined : state.theme,
  };
  switch (state.widget) {
    case 'member-counter':
      return {
        ...common,
        metric: state.metric,
        format: state.format === 'exact' ? undefined : state.format,
        label: state.label || undefined,
        duration:
          /^\d+$/.test(state.duration.trim()) && state.duration.trim() !== '1200' ? state.duration.trim() : undefined,
      };
    case 'actor-card':
      return {
        ...common,
        'actor-id': state.actorId,
        variant: state.variant === 'full' ? undefined : state.variant,
        'heading-level': state.headingLevel || undefined,
      };
    case 'network-map':
      return {
        ...common,
        view: state.view === 'graph' ? undefined : state.view,
        focus: state.focus || undefined,
        types: state.types.join(',') || undefined,
        federation: state.federation || undefined,
        province: state.province || undefined,
      };
    case 'actor-list':
      return {
        ...common,
        query: state.query.trim() || undefined,
        expanded: state.expanded || undefined,
        types: state.types.join(',') || undefined,
        federation: state.federation || undefined,
        province: state.province || undefined,
      };
  }
}

/** The map's or list's height as a style rule (CSS, not an attribute), or '' when none is set. */
function heightRule(): string {
  // Only a plain CSS length gets into the snippet (it is pasted into someone's page).
  const length = /^\d+(\.\d+)?(px|rem|em|vh|%)$/.test(state.height.trim()) ? state.height.trim() : '';
  if (!length || (state.widget !== 'network-map' && state.widget !== 'actor-list')) return '';
  const variable = state.widget === 'network-map' ? '--mf-map-height' : '--mf-list-height';
  return `<style>mf-${state.widget} { ${variable}: ${length}; }</style>\n`;
}

function snippet(): string {
  const base = snippetFor({
    widget: state.widget,
    script: state.script,
    attributes: attributes(),
    form: state.form,
    withoutScript: state.form === 'div',
  });
  // A CMS that strips scripts strips <style> too (and leaves its text on the page): in the div form
  // the rule goes with the administrator's part. A site with a strict CSP puts it in its stylesheet.
  return state.form === 'div' ? base : `${heightRule()}${base}`;
}

function set<K extends keyof State>(key: K, value: State[K]): void {
  state[key] = value;
  state.status = '';
  if (key === 'ui') {
    const lang = value as UiLang;
    document.documentElement.lang = lang;
    // Type and province names come from the widgets' own catalogs.
    void loadCatalog(lang).then(update);
  }
  update();
}

function preview(): TemplateResult {
  const attrs = attributes();
  // A fresh element per change, as a page would have it.
  const holder = document.createElement('div');
  const element = document.createElement(`mf-${state.widget}`);
  for (const [name, value] of Object.entries(attrs)) if (value) element.setAttribute(name, value);
  if (state.height)
    element.style.setProperty(state.widget === 'network-map' ? '--mf-map-height' : '--mf-list-height', state.height);
  holder.append(element);
  return html`${holder}`;
}

/** The administrator's part of the CMS-safe form: the script, once per site. */
const siteSnippet = (): string =>
  `${heightRule()}${snippetFor({ widget: state.widget, script: state.script, attributes: {} }).split('\n')[0]!}`;

/** The script URL with its file name set to `file`, the folder kept (self-hosting partners change it). */
function withFile(file: string): string {
  return state.script.replace(/[^/]*$/, file);
}
const scriptFile = (): string => /[^/]*$/.exec(state.script)?.[0] ?? '';

async function copy(which: 'snippet' | 'site-snippet'): Promise<void> {
  try {
    await navigator.clipboard.writeText(which === 'snippet' ? snippet() : siteSnippet());
    state.status = t(TEXT.copied);
  } catch {
    const area = document.querySelector<HTMLTextAreaElement>(`#${which}`);
    area?.select();
    state.status = t(TEXT.copyFailed);
  }
  update();
}

function radio(name: keyof State, value: string, label: string): TemplateResult {
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
function actorPicker(
  key: 'actorId' | 'focus' | 'expanded',
  label: Readonly<Record<UiLang, string>>,
  optional: boolean,
): TemplateResult {
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

function settings(): TemplateResult {
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
        ${actorPicker('focus', TEXT.focus, true)} ${filters}`;
    case 'actor-list':
      return html`<label
          >${t(TEXT.query)}
          <input
            type="search"
            .value=${live(state.query)}
            @change=${(e: Event) => set('query', (e.target as HTMLInputElement).value)}
        /></label>
        ${actorPicker('expanded', TEXT.expanded, true)} ${filters}`;
  }
}

function view(): TemplateResult {
  return html`<h1>${t(TEXT.title)}</h1>
    <p>${t(TEXT.intro)}</p>
    <div class="configurator">
      <form @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>${t(TEXT.widget)}</legend>
          ${(Object.keys(TEXT.widgets) as Widget[]).map((w) => radio('widget', w, t(TEXT.widgets[w])))}
        </fieldset>
        <fieldset>
          <legend>${t(TEXT.data)}</legend>
          <label
            >${t(TEXT.feed)}
            <input
              type="url"
              .value=${live(state.src)}
              @change=${(e: Event) => {
                set('src', (e.target as HTMLInputElement).value);
                void loadNetwork();
              }}
          /></label>
          <label
            >${t(TEXT.script)}
            <input
              type="url"
              .value=${live(state.script)}
              @change=${(e: Event) => set('script', (e.target as HTMLInputElement).value)}
          /></label>
          <fieldset>
            <legend>${t(TEXT.scriptFile)}</legend>
            ${(['mf-widgets.js', 'mf-loader.js'] as const).map(
              (file) =>
                html`<label class="radio"
                  ><input
                    type="radio"
                    name="script-file"
                    .checked=${live(scriptFile() === file)}
                    @change=${() => set('script', withFile(file))}
                  />${t(file === 'mf-loader.js' ? TEXT.loader : TEXT.bundle)}</label
                >`,
            )}
          </fieldset>
        </fieldset>
        <fieldset>
          <legend>${t(TEXT.settings)}</legend>
          ${settings()}
        </fieldset>
        <fieldset>
          <legend>${t(TEXT.look)}</legend>
          <label
            >${t(TEXT.language)}
            <select @change=${(e: Event) => set('lang', (e.target as HTMLSelectElement).value)}>
              <option value="">${t(TEXT.pageLanguage)}</option>
              ${LANGUAGES.map(
                ([l, name]) => html`<option value=${l} lang=${l} ?selected=${state.lang === l}>${name}</option>`,
              )}
            </select></label
          >
          <fieldset>
            <legend>${t(TEXT.theme)}</legend>
            ${radio('theme', 'light', t(TEXT.light))} ${radio('theme', 'dark', t(TEXT.dark))}
            ${radio('theme', 'auto', t(TEXT.auto))}
          </fieldset>
          ${
            state.widget === 'network-map' || state.widget === 'actor-list'
              ? html`<label
                    >${t(TEXT.height)}
                    <input
                      .value=${live(state.height)}
                      placeholder="36rem"
                      aria-describedby="height-help"
                      @change=${(e: Event) => set('height', (e.target as HTMLInputElement).value)}
                  /></label>
                  <p class="help" id="height-help">${t(TEXT.heightHelp)}</p>`
              : nothing
          }
        </fieldset>
        <fieldset>
          <legend>${t(TEXT.form)}</legend>
          <p class="help" id="form-help">${t(TEXT.formHelp)}</p>
          ${radio('form', 'element', t(TEXT.element))} ${radio('form', 'div', t(TEXT.div))}
        </fieldset>
      </form>
      <div>
        <h2>${t(TEXT.preview)}</h2>
        <div class="preview ${state.theme === 'dark' ? 'dark' : ''}">${preview()}</div>
        ${
          state.form === 'div'
            ? html`<div class="snippet">
                <h2><label for="site-snippet">${t(TEXT.siteCode)}</label></h2>
                <textarea id="site-snippet" class="short" readonly .value=${live(siteSnippet())}></textarea>
                <p>
                  <button class="copy" type="button" @click=${() => void copy('site-snippet')}>
                    ${t(TEXT.copySite)}
                  </button>
                </p>
              </div>`
            : nothing
        }
        <div class="snippet">
          <h2><label for="snippet">${t(state.form === 'div' ? TEXT.editorCode : TEXT.code)}</label></h2>
          <textarea id="snippet" readonly .value=${live(snippet())}></textarea>
          <p>
            <button class="copy" type="button" @click=${() => void copy('snippet')}>${t(TEXT.copy)}</button>
            <span role="status">${state.status}</span>
          </p>
        </div>
      </div>
    </div>`;
}

function languages(): TemplateResult {
  return html`${(['nl', 'fr', 'en'] as const).map(
    (l) =>
      html`<button type="button" lang=${l} aria-pressed=${String(state.ui === l)} @click=${() => set('ui', l)}>
        ${l}
      </button>`,
  )}`;
}

function update(): void {
  render(view(), document.querySelector<HTMLElement>('main')!);
  render(languages(), document.querySelector<HTMLElement>('.languages')!);
}

update();
void loadNetwork();
void loadCatalog(state.ui).then(update);
