import { define } from '../../shared/define.js';
import { MfMemberCounter } from './member-counter.js';

define('mf-member-counter', MfMemberCounter);

export { MfMemberCounter };
// The mf-load / mf-error / mf-actor-select event types, for those who import this element alone.
export type { MfActorSelectDetail, MfErrorDetail, MfEventMap, MfLoadDetail } from '../../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'mf-member-counter': MfMemberCounter;
  }
}
