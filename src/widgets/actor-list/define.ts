import { define } from '../../shared/define.js';
import { MfActorList } from './actor-list.js';

define('mf-actor-list', MfActorList);

export { MfActorList };

declare global {
  interface HTMLElementTagNameMap {
    'mf-actor-list': MfActorList;
  }
}
