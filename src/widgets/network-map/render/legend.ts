import { html, type TemplateResult } from 'lit';
import { FALLBACK_TYPE_COLOR } from '../../../feed/palette.js';
import { msg, str } from '@lit/localize';
import type { Network } from '../../../feed/types.js';
import { formatNumber, typeLabel } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/locale.js';
import { SHAPES, shapeOf } from '../../../shared/shapes.js';
import type { LegendController } from '../controllers/legend.js';
import type { Palette } from '../palette.js';

export interface LegendInput {
  readonly network: Network;
  /** The types shown; undefined: all of them. */
  readonly shown: ReadonlySet<string> | undefined;
  readonly palette: Palette | undefined;
  readonly lang: Lang;
  readonly toggle: (type: string) => void;
  /** Open or folded, where the map is narrow. */
  readonly fold: LegendController;
}

/** "Legende · 12 soorten", or with a filter "Legende · 9 van 12 soorten". */
function foldLabel(total: number, visible: number, lang: Lang): string {
  const all = formatNumber(total, lang);
  const some = formatNumber(visible, lang);
  return visible === total
    ? msg(str`Legende · ${all} soorten`, { id: 'map.legend-fold' })
    : msg(str`Legende · ${some} van ${all} soorten`, { id: 'map.legend-fold-some' });
}

/**
 * The legend: one toggle per type in the feed, with its shape, colour and count. Where the map is
 * narrow (a phone), it is folded behind one button and opens as a sheet over the drawing.
 */
export function renderLegend({ network, shown, palette, lang, toggle, fold }: LegendInput): TemplateResult {
  const types = [...network.countsByType.keys()];
  const visible = shown ? types.filter((id) => shown.has(id)).length : types.length;
  return html`<div class="legend-box ${fold.open ? 'open' : ''}" @keydown=${fold.keydown}>
    <button
      class="legend-toggle"
      type="button"
      aria-expanded=${fold.open ? 'true' : 'false'}
      aria-controls="legend"
      @click=${fold.toggle}
    >
      ${foldLabel(types.length, visible, lang)}
    </button>
    <ul
      id="legend"
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
    </ul>
  </div>`;
}
