import { define } from '../../shared/define.js';
import { MfActorCard } from './actor-card.js';

define('mf-actor-card', MfActorCard);

export { MfActorCard };

declare global {
  interface HTMLElementTagNameMap {
    'mf-actor-card': MfActorCard;
  }
}
