/**
 * The snippet configurator for CMS editors: pick a widget, set its attributes, see it live, copy
 * a complete snippet. Its own texts are in nl, fr and en (configurator/texts.ts); the elements'
 * defaults come from their manifest (configurator/defaults.ts). Plain form controls, so it is
 * keyboard accessible as it stands. The state and the snippet are in configurator/state.ts, the
 * fields of each widget in configurator/settings.ts.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import '../src/index.js';
import { loadCatalog } from '../src/i18n/locale.js';
import { radio, settings } from './configurator/settings.js';
import {
  attributes,
  loadNetwork,
  onChange,
  scriptFile,
  set,
  siteSnippet,
  snippet,
  state,
  t,
  withFile,
  type Widget,
} from './configurator/state.js';
import { LANGUAGES, TEXT } from './configurator/texts.js';

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

onChange(update);
update();
void loadNetwork();
void loadCatalog(state.ui).then(update);
