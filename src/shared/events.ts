import type { Actor, FailureReason } from '../feed/types.js';

export interface MfLoadDetail {
  /** The feed's absolute URL; absent when the feed was set as a property. */
  readonly url?: string;
  /** Number of actors shown. */
  readonly actors: number;
  /** True when the feed could not be refreshed and an earlier copy is shown. */
  readonly stale?: boolean;
}

export interface MfErrorDetail {
  readonly url?: string;
  readonly reason: FailureReason;
  readonly message: string;
  /** True when an earlier copy of the feed is still shown. */
  readonly stale?: boolean;
}

export interface MfActorSelectDetail {
  readonly id: string;
  readonly actor: Actor;
}

export interface MfEventMap {
  'mf-load': CustomEvent<MfLoadDetail>;
  'mf-error': CustomEvent<MfErrorDetail>;
  'mf-actor-select': CustomEvent<MfActorSelectDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends MfEventMap {}
}

type DetailOf<K extends keyof MfEventMap> = MfEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches one of our events: always bubbling and composed, so hosts and frameworks hear it. */
export function emit<K extends keyof MfEventMap>(target: EventTarget, type: K, detail: DetailOf<K>): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }));
}

/**
 * Stops `mf-load` and `mf-error` of an element nested inside a widget (the map's card panel, the
 * list's opened row): the page hears the widget it placed, once, not its insides.
 */
export function keepInside(event: Event): void {
  if (event.target !== event.currentTarget) event.stopPropagation();
}
