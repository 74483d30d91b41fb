import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { MfElement } from '../../src/shared/base-element.js';
import { define } from '../../src/shared/define.js';
import type { Network } from '../../src/feed/types.js';
import { typeLabel } from '../../src/i18n/labels.js';
import { formatNumber } from '../../src/i18n/labels.js';

/**
 * The smallest widget on the base element: it lists the actor names, so tests of the data layer
 * and the shared states can look at what a user would see.
 */
export class TestWidget extends MfElement {
  protected override renderReady(network: Network): TemplateResult {
    const federations = network.countsByType.get('federation') ?? 0;
    return html`<p class="summary">
        ${formatNumber(network.actors.length, this.locale)} · ${federations}
        ${typeLabel('federation', this.locale, federations)} · ${msg('Opnieuw proberen', { id: 'action.retry' })}
      </p>
      <ul>
        ${network.actors.map((actor) => html`<li data-id=${actor.id}>${actor.name}</li>`)}
      </ul>`;
  }
}
define('mf-test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'mf-test-widget': TestWidget;
  }
}
