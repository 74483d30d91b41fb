import { html, type TemplateResult } from 'lit';
import { FALLBACK_TYPE_COLOR } from '../../../feed/palette.js';
import { msg } from '@lit/localize';
import type { Network } from '../../../feed/types.js';
import { formatNumber, typeLabel } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/locale.js';
import { SHAPES, shapeOf } from '../../../shared/shapes.js';
import type { Palette } from '../palette.js';

export interface LegendInput {
  readonly network: Network;
  /** The types shown; undefined: all of them. */
  readonly shown: ReadonlySet<string> | undefined;
  readonly palette: Palette | undefined;
  readonly lang: Lang;
  readonly toggle: (type: string) => void;
}

/** The legend: one toggle per type in the feed, with its shape, colour and count. */
export function renderLegend({ network, shown, palette, lang, toggle }: LegendInput): TemplateResult {
  return html`<ul
    part="legend"
    class="legend"
    aria-label=${msg('Legende: toon of verberg een soort actor', { id: 'map.legend' })}
  >
    ${[...network.countsByType].map(([id, count]) => {
      const type = network.types.get(id) ?? { id, builtin: false, color: FALLBACK_TYPE_COLOR };
      const color = palette?.type(id) ?? type.color;
      return html`<li>
        <button type="button" aria-pressed=${shown ? String(shown.has(id)) : 'true'} @click=${() => toggle(id)}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=${SHAPES[shapeOf(id)]} fill=${color} fill-rule="evenodd"></path>
          </svg>
          ${typeLabel(type, lang, count)} <span class="count">${formatNumber(count, lang)}</span>
        </button>
      </li>`;
    })}
  </ul>`;
}
