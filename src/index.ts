/**
 * Registers every element: the entry of the single-file bundle. Importing it twice, or next to
 * another bundle, registers each tag once.
 */
export * from './widgets/member-counter/define.js';
export * from './widgets/actor-card/define.js';
export * from './widgets/network-map/define.js';
export * from './widgets/actor-list/define.js';
export { MfElement } from './shared/base-element.js';
export type { MfActorSelectDetail, MfErrorDetail, MfLoadDetail, MfEventMap } from './shared/events.js';
export type { Actor, Network, FeedIssue, FailureReason } from './feed/types.js';
