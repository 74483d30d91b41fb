import type { ProvinceId } from './schema.js';
import type { LocalizedText } from './text.js';

export type { ProvinceId, BuiltinTypeId, RawFeed, RawActor } from './schema.js';
export type { LocalizedText } from './text.js';

/** Why a feed could not be shown at all (or, for `not-found`, why one actor could not). */
export type FailureReason = 'network' | 'timeout' | 'http' | 'parse' | 'schema' | 'not-found';

/** One problem found in a feed, located by a JSON pointer (RFC 6901) into the feed document. */
export interface FeedIssue {
  readonly pointer: string;
  readonly message: string;
  /** `error`: something in the feed was skipped or dropped. `warning`: it was read, but look. */
  readonly severity: 'error' | 'warning';
}

export interface ActorLocation {
  /** The postal place as people write it, often a sub-municipality (Borgerhout, Laeken). */
  readonly place?: string;
  /** The municipality after the 2025 mergers. */
  readonly municipality?: string;
  readonly postcode?: string;
  readonly province?: ProvinceId;
  readonly lat?: number;
  readonly lon?: number;
}

export interface SocialLink {
  readonly network: string;
  readonly url: string;
}

/**
 * The mark of an actor that went through the feed rules. `Symbol.for`, so that copies of the
 * bundle on one page recognise each other's actors; JSON drops it, so a stored copy is checked again.
 */
export const NORMALISED: unique symbol = Symbol.for('mf-widgets.actor') as never;

/** An actor as widgets read it: validated, cleaned, every URL safe to use as a link. */
export interface Actor {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly shortName?: string;
  readonly description?: LocalizedText;
  readonly logo?: string;
  readonly website?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly social: readonly SocialLink[];
  readonly location?: ActorLocation;
  readonly themes: readonly string[];
  /** Ids of actors this one belongs to; every id exists in the network. */
  readonly memberOf: readonly string[];
  readonly since?: number;
  /** Where the actor stands in the feed (`/actors/17`), for messages. */
  readonly pointer: string;
  readonly [NORMALISED]?: true;
}

export interface Link {
  readonly source: string;
  readonly target: string;
  readonly kind?: string;
}

export interface ActorType {
  readonly id: string;
  readonly builtin: boolean;
  /** A hex colour, from the built-in palette or the feed. */
  readonly color: string;
  /** The feed's own label; built-in types are labelled by the i18n layer. */
  readonly label?: LocalizedText;
}

/** A feed after parse → validate → normalise, with the indexes widgets need. */
export interface Network {
  /** The feed's absolute URL, when it was fetched. */
  readonly url?: string;
  readonly updated?: Date;
  readonly info?: { readonly id: string; readonly name: string; readonly url?: string };
  /** The network itself: the feed's first actor of type `network`, or one made from `network`. */
  readonly hub?: Actor;
  /** Valid actors in feed order. */
  readonly actors: readonly Actor[];
  readonly byId: ReadonlyMap<string, Actor>;
  readonly links: readonly Link[];
  readonly types: ReadonlyMap<string, ActorType>;
  /** Actor id → the actors whose `memberOf` names it (a federation's associations, the hub's federations). */
  readonly members: ReadonlyMap<string, readonly Actor[]>;
  /** Actor id → the links that touch it. */
  readonly linksOf: ReadonlyMap<string, readonly Link[]>;
  /** Type id → number of actors. */
  readonly countsByType: ReadonlyMap<string, number>;
  /** Province id → number of actors (the network itself excluded). */
  readonly countsByProvince: ReadonlyMap<ProvinceId, number>;
  /** The feed's `stats`: a value here wins over counting. */
  readonly stats: ReadonlyMap<string, number>;
  readonly issues: readonly FeedIssue[];
}
