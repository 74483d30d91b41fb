/**
 * The floor under every element of ours: Lit and @lit/localize (set up as src/i18n/locale.ts does)
 * with one trivial element. `npm run bench` prints its gzip size next to the budgets.
 */
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';

let locale = 'nl';
configureReentrantLocalization({
  sourceLocale: 'nl',
  targetLocales: ['fr', 'en'],
  getLocale: () => locale,
  loadLocaleSync: () => undefined,
});

export class FloorElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  @property() name = '';

  override render(): unknown {
    locale = this.lang || 'nl';
    return html`<p>${msg(str`Hallo ${this.name}`, { id: 'floor' })}</p>`;
  }
}
customElements.define('mf-floor', FloorElement);
