import { define } from '../../shared/define.js';
import { MfNetworkMap } from './network-map.js';

// The panel shows a card and the list view a list; the code of each loads when it is first shown.
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
