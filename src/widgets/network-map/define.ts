import { define } from '../../shared/define.js';
import { MfNetworkMap } from './network-map.js';

define('mf-network-map', MfNetworkMap);

export { MfNetworkMap };

declare global {
  interface HTMLElementTagNameMap {
    'mf-network-map': MfNetworkMap;
  }
}
