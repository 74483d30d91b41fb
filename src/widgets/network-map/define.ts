import { define } from '../../shared/define.js';
import { MfActorCard } from '../actor-card/actor-card.js';
import { MfNetworkMap } from './network-map.js';

// The panel shows a card; the list view a list, whose code loads when a list view is first shown.
define('mf-actor-card', MfActorCard);
MfNetworkMap.listElement = () => import('../actor-list/define.js');
define('mf-network-map', MfNetworkMap);

export { MfNetworkMap };
// The mf-load / mf-error / mf-actor-select event types, for those who import this element alone.
export type { MfActorSelectDetail, MfErrorDetail, MfEventMap, MfLoadDetail } from '../../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'mf-network-map': MfNetworkMap;
  }
}
