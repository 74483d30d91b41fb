import { define } from '../../shared/define.js';
import { MfActorList } from './actor-list.js';

// An opened row shows the full card, whose code loads when a row is first opened (nested.ts).
define('mf-actor-list', MfActorList);

export { MfActorList };
// The mf-load / mf-error / mf-actor-select event types, for those who import this element alone.
export type { MfActorSelectDetail, MfErrorDetail, MfEventMap, MfLoadDetail } from '../../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'mf-actor-list': MfActorList;
  }
}
