/**
 * Registers every element: the entry of the single-file bundle. Importing it twice, or next to
 * another bundle, registers each tag once.
 */
import { ATTRIBUTES, upgradeCmsForm } from './shared/cms-form.js';

export * from './widgets/member-counter/define.js';
export * from './widgets/actor-card/define.js';
export * from './widgets/network-map/define.js';
export * from './widgets/actor-list/define.js';
export { MfElement } from './shared/base-element.js';
export type { MfActorSelectDetail, MfErrorDetail, MfLoadDetail, MfEventMap } from './shared/events.js';
export type { Actor, Network, FeedIssue, FailureReason } from './feed/types.js';

// The bundles also turn the CMS-safe <div data-mf="…"> form into elements (so does mf-loader.js).
upgradeCmsForm(Object.keys(ATTRIBUTES));
