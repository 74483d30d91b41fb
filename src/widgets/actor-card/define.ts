import { define } from '../../shared/define.js';
import { MfActorCard } from './actor-card.js';

define('mf-actor-card', MfActorCard);

export { MfActorCard };
// The mf-load / mf-error / mf-actor-select event types, for those who import this element alone.
export type { MfActorSelectDetail, MfErrorDetail, MfEventMap, MfLoadDetail } from '../../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'mf-actor-card': MfActorCard;
  }
}
