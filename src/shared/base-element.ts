import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FeedError } from '../feed/errors.js';
import type { Network } from '../feed/types.js';
import {
  catalogReady,
  loadCatalog,
  normaliseLang,
  observeLang,
  resolveLang,
  withLocale,
  type Lang,
} from '../i18n/locale.js';
import type { Reading } from '../feed/loader.js';
import { FeedController } from './feed-controller.js';
import { loadStates, states, statesTried } from './states-loader.js';
import { baseStyles } from './styles.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * How long the outcome of a refresh ("De gegevens zijn vernieuwd.") stays on screen: long enough to
 * read, and a screen reader has said it at once (a polite status). Tests shorten it.
 */
export const REFRESH_OUTCOME = { ms: 8000 };

/**
 * What every widget shares: `src` / `feed`, `lang` and `theme`, the feed states (loading with a
 * reserved size, error with retry, empty, stale note) and rendering in the element's own language.
 * A widget implements `renderReady()` and, where its size matters, `renderSkeleton()`.
 *
 * @cssprop [--mf-font-family=inherit] - Font family; the host page's by default.
 * @cssprop [--mf-font-size=1rem] - Base font size.
 * @cssprop [--mf-line-height=1.5] - Line height.
 * @cssprop [--mf-color-background] - Background of panels and states (light #ffffff, dark #15191e).
 * @cssprop [--mf-color-surface] - Background of raised surfaces (light #f4f6f8, dark #1f252c).
 * @cssprop [--mf-color-text] - Text colour (light #1b1f24, dark #eef1f4).
 * @cssprop [--mf-color-muted] - Secondary text colour (light #545d68, dark #a9b4c0).
 * @cssprop [--mf-color-border] - Border colour (light #c9d1d9, dark #3b444f).
 * @cssprop [--mf-color-accent] - Accent: buttons and links (light #0b57a4, dark #7cb7ff).
 * @cssprop [--mf-color-on-accent] - Text on the accent colour.
 * @cssprop [--mf-color-danger] - Error accents.
 * @cssprop [--mf-color-focus] - Focus ring colour.
 * @cssprop [--mf-color-skeleton] - Loading placeholder colour.
 * @cssprop [--mf-radius=0.5rem] - Corner radius.
 * @csspart state - The loading, error and empty states.
 * @csspart retry - The retry button of the error state.
 * @csspart stale - The note shown when an earlier copy of the feed is shown.
 * @fires mf-load - The feed is ready. `detail: { url, actors, stale? }`.
 * @fires mf-error - The feed (or the asked-for actor) could not be shown. `detail: { url, reason, message, stale? }`.
 */
export abstract class MfElement extends LitElement {
  static override styles = [baseStyles];

  // Declared here rather than with decorators: the decorators' helpers cost every page about
  // 0.3 KB gzip. A subclass adds its own (Lit merges them with these).
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    feed: { attribute: false },
    lang: { reflect: true },
    theme: { reflect: true },
    locale: { state: true },
  };

  /** URL of the feed, absolute or relative to the page. */
  src?: string;

  /**
   * A feed object (or its JSON text) set directly; no request is made. May be a framework's
   * reactive proxy; it is only read.
   */
  feed?: unknown;

  /** `nl`, `fr` or `en`; unset, the nearest ancestor's `lang`, then `<html lang>`, then nl. */
  override lang!: string;

  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme?: Theme;

  /**
   * The language this element renders in. It changes once the new language's texts are there: a
   * page that switches language keeps each element as it is (focus, scroll, a map's canvas) until
   * then, instead of a loading state in between. The first time, the element shows its loading
   * state rather than text in another language.
   */
  protected locale: Lang = 'nl';
  /** The language asked for (`lang`, an ancestor's, the page's). */
  #wanted: Lang = 'nl';
  /** Whether the element has rendered in the language asked for once. */
  #spoken = false;

  /** Whether text can be shown: the first text waits for its language, as the widget waits for its feed. */
  protected languageReady(): boolean {
    if (!this.#spoken && this.locale !== this.#wanted) return false;
    this.#spoken = true;
    return true;
  }

  /** Its own `lang` (the property: set before the first update, the attribute is not written yet), else inherited. */
  #asked(): Lang {
    return normaliseLang(this.lang) ?? resolveLang(this);
  }

  #want(lang: Lang): void {
    this.#wanted = lang;
    if (catalogReady(lang)) this.locale = lang;
    else
      void loadCatalog(lang).then(() => {
        if (this.#wanted === lang) this.locale = lang;
      });
  }

  /** What the element reads of its feed: `counts` where counts are all it shows (the counter). */
  protected static feedReading: Reading = 'full';

  protected readonly data = new FeedController(this, (this.constructor as typeof MfElement).feedReading);
  #feedAttributeSaid = false;
  #stopObservingLang?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // React 19 (and others) write a prop as an attribute when the element is not defined yet:
    // an object becomes "[object Object]" and cannot be read back. Say so, rather than stay idle.
    const attribute = this.getAttribute('feed');
    if (attribute !== null && this.feed == null && !this.#feedAttributeSaid) {
      this.#feedAttributeSaid = true;
      console.error(
        `[mf-widgets] <${this.localName}>: the "feed" attribute (${attribute.slice(0, 40)}) is ignored; feed is a property. Load the widgets' script before your app renders, or set element.feed.`,
      );
    }
    // Moved in the page (frameworks do) while a refresh outcome shows: it still goes after a while.
    if (this.#refreshOutcome) this.#clearOutcomeLater();
    this.#want(this.#asked());
    this.#stopObservingLang = observeLang(() => this.#want(this.#asked()));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObservingLang?.();
    clearTimeout(this.#outcomeTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.#want(this.#asked());
    // The outcome of a refresh is said (a polite status), and focus is not lost with the retry button.
    const state = this.data.state;
    const refreshing = state.status === 'ready' && state.refreshing === true;
    if (refreshing) {
      // A refresh follows a failure (a retry here or in another widget on the feed): the outcome's text is with its states.
      if (!states) void loadStates().then(() => this.requestUpdate());
      this.#refreshOutcome = undefined;
      clearTimeout(this.#outcomeTimer);
      if (!this.#wasRefreshing) this.#retryHadFocus = this.shadowRoot?.activeElement?.getAttribute('part') === 'retry';
    } else if (this.#wasRefreshing) {
      this.#refreshOutcome = state.status === 'ready' && state.stale ? 'failed' : 'done';
      this.#clearOutcomeLater();
    }
    this.#wasRefreshing = refreshing;
  }

  #wasRefreshing = false;
  #retryHadFocus = false;
  #refreshOutcome?: 'done' | 'failed';
  #outcomeTimer = 0;

  /** The outcome goes after a while; while focus is on it (it lands there after a retry), when focus leaves. */
  #clearOutcomeLater(): void {
    clearTimeout(this.#outcomeTimer);
    const shown = this.#refreshOutcome;
    this.#outcomeTimer = window.setTimeout(() => {
      const clear = (): void => {
        if (this.#refreshOutcome !== shown) return;
        this.#refreshOutcome = undefined;
        this.requestUpdate();
      };
      const outcome = this.renderRoot.querySelector<HTMLElement>('.refresh-outcome');
      if (outcome && this.shadowRoot?.activeElement === outcome)
        outcome.addEventListener('blur', clear, { once: true });
      else clear();
    }, REFRESH_OUTCOME.ms);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#refreshOutcome && this.#retryHadFocus && !this.shadowRoot?.activeElement) {
      this.#retryHadFocus = false;
      this.renderRoot.querySelector<HTMLElement>('.refresh-outcome')?.focus();
    }
  }

  /** Renders (and so calls every `msg()`) in the element's own language. */
  protected override update(changed: PropertyValues<this>): void {
    withLocale(this.locale, () => super.update(changed));
  }

  /** Runs `fn` in this element's language: for text made outside `render()`. */
  protected inLocale<T>(fn: () => T): T {
    return withLocale(this.locale, fn);
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.languageReady()) return this.renderLoading();
    const state = this.data.state;
    switch (state.status) {
      case 'idle':
        return this.renderIdle();
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderError(state.error.reason, state.error);
      case 'ready':
        return html`${this.isEmpty(state.network) ? this.renderEmpty() : this.renderReady(state.network)}${
          state.stale ? this.renderStale(state.stale.savedAt, state.refreshing === true) : nothing
        }${this.#renderRefreshOutcome()}`;
    }
  }

  /** The widget itself, once the feed is there. */
  protected abstract renderReady(network: Network): TemplateResult | typeof nothing;

  /** A placeholder of the ready widget's size, so nothing moves when the data arrives. */
  protected renderSkeleton(): TemplateResult {
    return html`<span class="skeleton skeleton--block"></span>`;
  }

  /** Whether there is nothing to show (the widget may narrow this down). */
  protected isEmpty(network: Network): boolean {
    return network.actors.length === 0;
  }

  protected renderLoading(): TemplateResult {
    return html`<div part="state" class="state--loading" role="status" aria-busy="true">
      <span class="visually-hidden">${msg('Netwerk wordt geladen…', { id: 'state.loading' })}</span>
      ${this.renderSkeleton()}
    </div>`;
  }

  protected renderIdle(): TemplateResult {
    return html`<div part="state" class="state state--empty" role="note">
      <p class="state__message">
        ${msg('Geen gegevens ingesteld: geef een feed op met het src-attribuut.', { id: 'state.idle' })}
      </p>
    </div>`;
  }

  protected renderEmpty(): TemplateResult {
    return html`<div part="state" class="state state--empty" role="note">
      <p class="state__message">${msg('Er zijn nog geen actoren om te tonen.', { id: 'state.empty' })}</p>
    </div>`;
  }

  /**
   * The localized sentence for a failure reason. The other reasons' sentences load with the error
   * state (states.ts); the network's stands in for them if that load failed too.
   */
  protected errorMessage(reason: FeedError['reason'] | 'not-found', error?: FeedError): string {
    return (
      states?.errorMessage(reason, error) ??
      msg('De netwerkgegevens konden niet worden opgehaald. Controleer de verbinding.', { id: 'error.network' })
    );
  }

  protected renderError(reason: FeedError['reason'] | 'not-found', error?: FeedError): TemplateResult {
    // An error found while rendering (the card's not-found) waits for its text as text waits for its language.
    if (!statesTried && reason !== 'network') {
      void loadStates().then(() => this.requestUpdate());
      return this.renderLoading();
    }
    const canRetry = reason !== 'not-found' && Boolean(this.src);
    return html`<div part="state" class="state state--error" role="alert">
      <p class="state__message">${this.errorMessage(reason, error)}</p>
      ${
        canRetry
          ? html`<button part="retry" class="button" type="button" @click=${() => this.data.retry()}>
              ${msg('Opnieuw proberen', { id: 'action.retry' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  /**
   * After a refresh: a short visible status, focusable so that focus can land there. The live
   * region is always there (empty until a refresh ends), so that screen readers announce its text.
   */
  #renderRefreshOutcome(): TemplateResult {
    // Its text comes with the error states, asked for when the refresh began (see willUpdate).
    const text = (this.#refreshOutcome && states?.refreshOutcomeText(this.#refreshOutcome)) || '';
    return html`<p class="stale refresh-outcome ${text ? '' : 'visually-hidden'}" role="status" tabindex="-1">
      ${text}
    </p>`;
  }

  /** The note under a stale copy (loaded with the error state; without it, the data shows alone). */
  protected renderStale(savedAt: Date, refreshing: boolean): TemplateResult | typeof nothing {
    return states?.renderStale(savedAt, this.locale, refreshing, () => this.data.retry()) ?? nothing;
  }
}
