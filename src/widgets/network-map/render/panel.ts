import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Actor, Network } from '../../../feed/types.js';
import { typeLabel } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/locale.js';
import { keepInside } from '../../../shared/events.js';

export interface PanelInput {
  readonly actor: Actor;
  readonly network: Network;
  readonly lang: Lang;
  /** The actor's card, nested. */
  readonly card: TemplateResult;
  readonly close: () => void;
  /** The card's federation link chose an actor. */
  readonly select: (event: CustomEvent<{ id: string }>) => void;
}

/** The side panel (a bottom sheet when narrow) with the selected actor's card. */
export function renderPanel({ actor, network, lang, card, close, select }: PanelInput): TemplateResult {
  return html`<aside
    part="panel"
    class="panel"
    aria-label=${msg(str`Over ${actor.name}`, { id: 'map.panel' })}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        close();
      }
    }}
    @mf-actor-select=${select}
    @mf-load=${keepInside}
    @mf-error=${keepInside}
  >
    <div class="panel-head">
      <span>${typeLabel(network.types.get(actor.type) ?? actor.type, lang, 1)}</span>
      <button class="icon-button close" type="button" aria-label=${msg('Sluiten', { id: 'map.close' })} @click=${close}>
        ✕
      </button>
    </div>
    ${card}
  </aside>`;
}
