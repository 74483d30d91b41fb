import { html, nothing, type TemplateResult } from 'lit';
import { FALLBACK_TYPE_COLOR } from '../../feed/palette.js';
import { federationOf } from '../../feed/relations.js';
import type { Actor, Network } from '../../feed/types.js';
import { formatDistance } from '../../i18n/distance.js';
import { typeLabel } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/locale.js';
import { placeLabel } from '../../i18n/municipality-label.js';
import { provinceLabel } from '../../i18n/province-label.js';
import { keepInside } from '../../shared/events.js';
import { ICONS, icon } from '../../shared/icons.js';
import { SHAPES, shapeOf } from '../../shared/shapes.js';
import { styleProps } from '../../shared/style-props.js';
import { textOn } from '../../util/color.js';
import { initials } from '../../util/initials.js';

export interface RowInput {
  readonly network: Network;
  readonly actor: Actor;
  readonly lang: Lang;
  readonly index: number;
  readonly total: number;
  readonly top: number;
  readonly expanded: boolean;
  readonly tabStop: boolean;
  /** Kilometres from the place searched for, or from the reader. */
  readonly distance: number | undefined;
  /** The opened row's card (and its "copy link"). */
  readonly detail: () => TemplateResult;
  readonly focus: () => void;
  readonly activate: () => void;
  readonly keydown: (event: KeyboardEvent) => void;
}

/** One actor's row: avatar, name, type, place, federation (and how far); opened, its full card. */
export function renderRow(input: RowInput): TemplateResult {
  const { network, actor, lang, expanded } = input;
  const type = network.types.get(actor.type);
  const color = type?.color ?? FALLBACK_TYPE_COLOR;
  const federation = federationOf(network, actor);
  const place =
    placeLabel(actor.location, lang) ?? (actor.location?.province ? provinceLabel(actor.location.province, lang) : '');
  return html`<li
    class=${expanded ? 'expanded' : ''}
    ${styleProps({ top: `${input.top}px` })}
    aria-setsize=${input.total}
    aria-posinset=${input.index + 1}
  >
    <button
      part="row"
      class="row"
      type="button"
      data-id=${actor.id}
      tabindex=${input.tabStop ? '0' : '-1'}
      aria-expanded=${expanded ? 'true' : 'false'}
      @focus=${input.focus}
      @click=${input.activate}
      @keydown=${input.keydown}
    >
      <span class="avatar" aria-hidden="true" ${styleProps({ background: color, color: textOn(color) })}
        >${initials(actor.shortName ?? actor.name, lang)}</span
      >
      <span class="text">
        <span class="name" dir="auto">${actor.name}</span>
        <span class="meta">
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d=${SHAPES[shapeOf(actor.type)]} fill=${color}></path>
          </svg>
          ${typeLabel(type ?? actor.type, lang, 1)}${place ? html` · ${icon(ICONS.pin)} ${place}` : nothing}${
            federation ? html` · <bdi>${federation.shortName ?? federation.name}</bdi>` : nothing
          }
        </span>
      </span>
      ${input.distance === undefined || Number.isNaN(input.distance) ? nothing : html`<span class="distance">${formatDistance(input.distance, lang)}</span>`}
      <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" stroke-width="2"></path>
      </svg>
    </button>
    ${expanded ? html`<div class="detail" @mf-load=${keepInside} @mf-error=${keepInside}>${input.detail()}</div>` : nothing}
  </li>`;
}
