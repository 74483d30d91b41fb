import type * as States from './states.js';

/** The error and stale states' module once it is there (see states.ts). */
export let states: typeof States | undefined;

/** Whether a load of it has ended, with the module or without (offline). */
export let statesTried = false;

let loading: Promise<void> | undefined;

/**
 * Loads the error and stale states (once); never rejects. Offline, or with the chunk not deployed,
 * the base element's own network sentence stands in for every reason and a stale copy shows
 * without its note; the next failed feed tries again.
 */
export function loadStates(): Promise<void> {
  loading ??= import('./states.js').then(
    (module) => {
      states = module;
      statesTried = true;
    },
    (error: unknown) => {
      loading = undefined;
      statesTried = true;
      console.error("[mf-widgets] could not load the widgets' error texts", error);
    },
  );
  return loading;
}
