import { define } from '../../shared/define.js';
import { MfMemberCounter } from './member-counter.js';

define('mf-member-counter', MfMemberCounter);

export { MfMemberCounter };

declare global {
  interface HTMLElementTagNameMap {
    'mf-member-counter': MfMemberCounter;
  }
}
