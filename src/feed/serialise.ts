/**
 * A network back to feed v1: what the feed says once its rules are applied (broken actors
 * skipped, bad values dropped, text cleaned). `mf-feed fix` prints it; reading it again gives the
 * same network and no problems.
 */
import { BUILTIN_TYPE_COLORS } from './palette.js';
import { ANY_LANGUAGE, type LocalizedText } from './text.js';
import type { Actor, Network } from './types.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function text(value: LocalizedText): Json {
  if (value.size === 1 && value.has(ANY_LANGUAGE)) return value.get(ANY_LANGUAGE)!;
  return Object.fromEntries(value);
}

function actorJson(actor: Actor): Record<string, Json> {
  const out: Record<string, Json> = { id: actor.id, type: actor.type, name: actor.name };
  if (actor.shortName !== undefined) out['shortName'] = actor.shortName;
  if (actor.description) out['description'] = text(actor.description);
  if (actor.logo !== undefined) out['logo'] = actor.logo;
  if (actor.website !== undefined) out['website'] = actor.website;
  if (actor.email !== undefined) out['email'] = actor.email;
  if (actor.phone !== undefined) out['phone'] = actor.phone;
  if (actor.social.length > 0) {
    // An object made key by key, so that a network called "__proto__" stays an ordinary key.
    const social: Record<string, Json> = {};
    for (const link of actor.social) Object.defineProperty(social, link.network, { value: link.url, enumerable: true });
    out['social'] = social;
  }
  if (actor.location) {
    const location: Record<string, Json> = {};
    for (const [key, value] of Object.entries(actor.location)) if (value !== undefined) location[key] = value as Json;
    out['location'] = location;
  }
  if (actor.themes.length > 0) out['themes'] = [...actor.themes];
  if (actor.memberOf.length > 0) out['memberOf'] = [...actor.memberOf];
  if (actor.since !== undefined) out['since'] = actor.since;
  return out;
}

export function toFeed(network: Network): Record<string, Json> {
  const feed: Record<string, Json> = { version: 1 };
  if (network.updated) feed['updated'] = network.updated.toISOString();
  if (network.info) {
    feed['network'] = {
      id: network.info.id,
      name: network.info.name,
      ...(network.info.url ? { url: network.info.url } : {}),
    };
  }
  const builtinColor = BUILTIN_TYPE_COLORS as Readonly<Record<string, string>>;
  const types = [...network.types.values()].filter(
    (type) => !type.builtin || type.label || type.color !== builtinColor[type.id],
  );
  if (types.length > 0) {
    feed['types'] = types.map((type) => ({
      id: type.id,
      ...(type.label ? { label: text(type.label) } : {}),
      color: type.color,
    }));
  }
  // The hub made from the feed's `network` object is not an actor of the feed.
  feed['actors'] = network.actors.filter((actor) => actor.pointer !== '/network').map(actorJson);
  if (network.links.length > 0) {
    feed['links'] = network.links.map((link) => ({
      source: link.source,
      target: link.target,
      ...(link.kind ? { kind: link.kind } : {}),
    }));
  }
  if (network.stats.size > 0) {
    const stats: Record<string, Json> = {};
    for (const [key, value] of network.stats) Object.defineProperty(stats, key, { value, enumerable: true });
    feed['stats'] = stats;
  }
  return feed;
}
