/**
 * Types for Vue 3 templates (Volar / vue-tsc) and `h()`, opt-in (it needs vue):
 *
 *   import type {} from '@minderhedenforum/netwerk-widgets/vue';
 *
 * (in one .ts or .d.ts file of the app, or `"types": ["@minderhedenforum/netwerk-widgets/vue"]` in
 * tsconfig.json). Then `<mf-actor-card actor-id="fed-01" @mf-actor-select="(e) => e.detail.actor.name" />`
 * type-checks: each element's attributes, its `feed` (and the card's `actor`) property, and the
 * `mf-*` events with their details; a template ref is the element. Vue compiles `@mf-actor-select`
 * to the `onMfActorSelect` prop, which is how the events are typed here. A Node test keeps the
 * attributes and events in step with the manifest.
 *
 * Vue must also be told that `mf-*` tags are custom elements, not Vue components
 * (`compilerOptions.isCustomElement: (tag) => tag.startsWith('mf-')`); see the README.
 */
import type { AllowedComponentProps, ComponentCustomProps, HTMLAttributes, VNodeProps } from 'vue';
import type { Theme } from './shared/base-element.js';
import type { MfActorSelectDetail, MfErrorDetail, MfLoadDetail } from './shared/events.js';
import type { CardVariant, MfActorCard } from './widgets/actor-card/actor-card.js';
import type { MfActorList } from './widgets/actor-list/actor-list.js';
import type { CounterFormat, MfMemberCounter } from './widgets/member-counter/member-counter.js';
import type { MapView, MfNetworkMap } from './widgets/network-map/network-map.js';

/** What every element takes: the feed, language and theme, and the feed events. */
export interface MfCommonVueProps {
  src?: string;
  /** A feed object (or its JSON text, or a reactive proxy of it), set as the `feed` property. */
  feed?: unknown;
  lang?: 'nl' | 'fr' | 'en' | (string & {});
  theme?: Theme;
  /** `@mf-load`: the feed is ready. */
  onMfLoad?: (event: CustomEvent<MfLoadDetail>) => void;
  /** `@mf-error`: the feed (or the actor) could not be shown. */
  onMfError?: (event: CustomEvent<MfErrorDetail>) => void;
}

/** Elements that let the reader pick an actor. */
export interface MfSelectingVueProps {
  /** `@mf-actor-select`: an actor was chosen. */
  onMfActorSelect?: (event: CustomEvent<MfActorSelectDetail>) => void;
}

export interface MfMemberCounterVueProps extends MfCommonVueProps {
  metric?: string;
  format?: CounterFormat;
  label?: string;
  duration?: number | `${number}`;
}

export interface MfActorCardVueProps extends MfCommonVueProps, MfSelectingVueProps {
  'actor-id'?: string;
  /** An actor object, set as the `actor` property. */
  actor?: unknown;
  variant?: CardVariant;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | `${1 | 2 | 3 | 4 | 5 | 6}`;
}

export interface MfNetworkMapVueProps extends MfCommonVueProps, MfSelectingVueProps {
  view?: MapView;
  focus?: string;
  types?: string;
  federation?: string;
  province?: string;
  /** Keeps what the reader sees in the page's address; a boolean attribute. */
  'sync-url'?: boolean | '';
}

export interface MfActorListVueProps extends MfCommonVueProps, MfSelectingVueProps {
  query?: string;
  types?: string;
  province?: string;
  federation?: string;
  expanded?: string;
  /** Keeps what the reader sees in the page's address; a boolean attribute. */
  'sync-url'?: boolean | '';
}

/**
 * A custom element as Vue's tooling reads a component: a constructor whose instance has `$props`
 * (what Volar checks in a template, and what `h()` checks). The instance is the element itself,
 * so a template ref has its type.
 */
export type MfVueElement<Element extends HTMLElement, Props> = new () => Element & {
  $props: Props & Omit<HTMLAttributes, keyof Props> & AllowedComponentProps & VNodeProps & ComponentCustomProps;
};

declare module 'vue' {
  interface GlobalComponents {
    'mf-member-counter': MfVueElement<MfMemberCounter, MfMemberCounterVueProps>;
    'mf-actor-card': MfVueElement<MfActorCard, MfActorCardVueProps>;
    'mf-network-map': MfVueElement<MfNetworkMap, MfNetworkMapVueProps>;
    'mf-actor-list': MfVueElement<MfActorList, MfActorListVueProps>;
  }
}
