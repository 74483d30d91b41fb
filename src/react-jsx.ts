/**
 * JSX types for React 19 with TypeScript, opt-in (it needs @types/react):
 *
 *   import type {} from '@minderhedenforum/netwerk-widgets/react-jsx';
 *
 * Then `<mf-actor-card actor-id="fed-01" onmf-actor-select={(e) => e.detail.actor.name} />`
 * type-checks: each element's attributes (as React 19 passes them), its `feed` property, and the
 * `onmf-*` handlers with their details. A Node test keeps the attributes in step with the manifest.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Theme } from './shared/base-element.js';
import type { MfActorSelectDetail, MfErrorDetail, MfLoadDetail } from './shared/events.js';
import type { CardVariant, MfActorCard } from './widgets/actor-card/actor-card.js';
import type { MfActorList } from './widgets/actor-list/actor-list.js';
import type { CounterFormat, MfMemberCounter } from './widgets/member-counter/member-counter.js';
import type { MapView, MfNetworkMap } from './widgets/network-map/network-map.js';

/** What every element takes: the feed, language and theme, and the feed events. */
interface Common<T extends HTMLElement> extends DetailedHTMLProps<HTMLAttributes<T>, T> {
  src?: string;
  /** A feed object (or its JSON text), passed as the `feed` property. */
  feed?: unknown;
  lang?: 'nl' | 'fr' | 'en' | (string & {});
  theme?: Theme;
  'onmf-load'?: (event: CustomEvent<MfLoadDetail>) => void;
  'onmf-error'?: (event: CustomEvent<MfErrorDetail>) => void;
}

/** Elements that let the reader pick an actor. */
interface Selecting {
  'onmf-actor-select'?: (event: CustomEvent<MfActorSelectDetail>) => void;
}

export interface MfMemberCounterProps extends Common<MfMemberCounter> {
  metric?: string;
  format?: CounterFormat;
  label?: string;
  duration?: number | `${number}`;
}

export interface MfActorCardProps extends Common<MfActorCard>, Selecting {
  'actor-id'?: string;
  /** An actor object, passed as the `actor` property. */
  actor?: unknown;
  variant?: CardVariant;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | `${1 | 2 | 3 | 4 | 5 | 6}`;
}

export interface MfNetworkMapProps extends Common<MfNetworkMap>, Selecting {
  view?: MapView;
  focus?: string;
  types?: string;
  federation?: string;
  province?: string;
  /** Keeps what the reader sees in the page's address; a boolean attribute. */
  'sync-url'?: boolean | '';
}

export interface MfActorListProps extends Common<MfActorList>, Selecting {
  query?: string;
  types?: string;
  province?: string;
  federation?: string;
  expanded?: string;
  /** Keeps what the reader sees in the page's address; a boolean attribute. */
  'sync-url'?: boolean | '';
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'mf-member-counter': MfMemberCounterProps;
      'mf-actor-card': MfActorCardProps;
      'mf-network-map': MfNetworkMapProps;
      'mf-actor-list': MfActorListProps;
    }
  }
}
