import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Actor, Network } from '../../../feed/types.js';
import { membersByType } from '../../../feed/relations.js';
import { formatNumber, typeCount, typeLabel } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/locale.js';
import { placeLabel } from '../../../i18n/municipality-label.js';

export type MapViewName = 'graph' | 'geo' | 'list';

/** The view switch: three toggle buttons. */
export function renderViews(current: MapViewName, choose: (view: MapViewName) => void): TemplateResult {
  const views: Array<[MapViewName, string]> = [
    ['graph', msg('Netwerk', { id: 'map.view-graph' })],
    ['geo', msg('Kaart', { id: 'map.view-geo' })],
    ['list', msg('Lijst', { id: 'map.view-list' })],
  ];
  return html`<div class="views" role="group" aria-label=${msg('Weergave', { id: 'map.views' })}>
    ${views.map(
      ([view, label]) =>
        html`<button type="button" aria-pressed=${String(current === view)} @click=${() => choose(view)}>
          ${label}
        </button>`,
    )}
  </div>`;
}

/** What a screen reader hears of the whole map: the network and its actors per type. */
export function summaryText(network: Network, lang: Lang): string {
  const counts = [...network.countsByType]
    .filter(([type]) => type !== 'network')
    .sort((a, b) => b[1] - a[1])
    .map(([type, count]) => typeCount(count, network.types.get(type) ?? type, lang))
    .join(', ');
  const name = network.info?.name ?? network.hub?.name ?? '';
  return msg(str`Netwerkkaart ${name}: ${formatNumber(network.actors.length, lang)} actoren: ${counts}.`, {
    id: 'map.summary',
  });
}

/** An actor as one line: name, type, its biggest group of members, place ("Atlas, federatie, 120 lokale verenigingen, Gent"). */
export function describeActor(network: Network | undefined, actor: Actor, lang: Lang): string {
  const type = network?.types.get(actor.type) ?? actor.type;
  const parts = [actor.name, typeLabel(type, lang, 1)];
  const [top] = network ? membersByType(network, actor.id) : [];
  if (top) {
    const [topType, topCount] = top;
    parts.push(typeCount(topCount, network?.types.get(topType) ?? topType, lang));
  }
  const place = placeLabel(actor.location, lang);
  if (place) parts.push(place);
  return parts.join(', ');
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** What to say to a reader who scrolls the page over the map, or drags it with one finger. */
export function hintText(kind: 'wheel' | 'touch'): string {
  if (kind === 'touch')
    return msg('Gebruik twee vingers om de kaart te verschuiven en te zoomen.', { id: 'map.hint-touch' });
  return isMac
    ? msg('Gebruik ⌘ + scrollen om te zoomen.', { id: 'map.hint-wheel-mac' })
    : msg('Gebruik Ctrl + scrollen om te zoomen.', { id: 'map.hint-wheel' });
}
