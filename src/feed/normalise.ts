/**
 * parse → validate → normalise. Everything that reaches a widget went through here: a feed that is
 * not JSON or has no `actors` array fails as a whole (`parse`, `schema`); anything smaller that is
 * wrong is skipped or dropped, reported once with its JSON pointer, and the rest is kept.
 *
 * Ids are only ever used as `Map` keys, so `__proto__` or `constructor` are ordinary ids.
 */
import * as schema from './schema.js';
import { PROVINCE_IDS, type ProvinceId, type RawActor } from './schema.js';
import { cleanText, toLocalizedText } from './clean-text.js';
import { comparePointers, pointer, preview } from './pointer.js';
import { unknownFields, validateItem, type Report } from './lenient.js';
import { safeHttpUrl } from './url.js';
import { runAtOnce, runInSlices } from '../util/slices.js';
import {
  hubFromInfo,
  keptActors,
  readFrame,
  readStats,
  readTypes,
  STRIDE,
  type NormaliseOptions,
} from './read-core.js';
import type { Actor, ActorType, FeedIssue, Link, Network, SocialLink } from './types.js';
import { NORMALISED } from './types.js';

export { FeedFormatError, parseFeedText, type NormaliseOptions } from './read-core.js';
// The place step sorts its warnings in with these; importing it from here keeps one chunk.
export { comparePointers };

const REQUIRED = new Set(['id', 'type', 'name']);
const ACTOR_KEYS = Object.keys(schema.Actor.entries) as ReadonlyArray<keyof RawActor>;
const FEED_KEYS = new Set(Object.keys(schema.Feed.entries));
const PROVINCES = new Set<string>(PROVINCE_IDS);

function toActor(raw: RawActor, at: string, report: Report): Actor {
  // The schema checked the scheme; the URL parser has the last word (credentials, bad hosts).
  const checkUrl = (value: string | undefined, field: string): string | undefined => {
    if (value === undefined) return undefined;
    const safe = safeHttpUrl(value);
    if (!safe) report(`${at}/${field}`, `not a usable http(s) URL (got ${preview(value)}); ignored`);
    return safe;
  };
  const social: SocialLink[] = [];
  for (const [network, url] of Object.entries(raw.social ?? {})) {
    const safe = checkUrl(url, `social/${network.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (safe) social.push({ network, url: safe });
  }
  const description = raw.description === undefined ? undefined : toLocalizedText(raw.description, true);
  const location = raw.location && Object.keys(raw.location).length > 0 ? { ...raw.location } : undefined;
  if (location?.municipality !== undefined) location.municipality = cleanText(location.municipality);
  if (location?.place !== undefined) location.place = cleanText(location.place);
  const logo = checkUrl(raw.logo, 'logo');
  const website = checkUrl(raw.website, 'website');
  return {
    id: raw.id,
    type: raw.type,
    name: cleanText(raw.name),
    ...(raw.shortName !== undefined ? { shortName: cleanText(raw.shortName) } : {}),
    ...(description ? { description } : {}),
    ...(logo ? { logo } : {}),
    ...(website ? { website } : {}),
    ...(raw.email !== undefined ? { email: raw.email.trim() } : {}),
    ...(raw.phone !== undefined ? { phone: raw.phone.trim() } : {}),
    social,
    ...(location ? { location } : {}),
    themes: [...new Set((raw.themes ?? []).map((theme) => cleanText(theme)).filter((theme) => theme !== ''))],
    memberOf: raw.memberOf ?? [],
    ...(raw.since !== undefined ? { since: raw.since } : {}),
    pointer: at,
    [NORMALISED]: true,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The links between actors that both exist, once each end is read through `alias`. */
function readLinks(
  linksRaw: unknown,
  alias: (id: string) => string,
  finalById: ReadonlyMap<string, Actor>,
  report: Report,
): { links: Link[]; linksOf: Map<string, Link[]> } {
  const links: Link[] = [];
  const linksOf = new Map<string, Link[]>();
  if (linksRaw !== undefined && !Array.isArray(linksRaw)) {
    report('/links', `must be an array (got ${preview(linksRaw)}); ignored`);
  } else if (Array.isArray(linksRaw)) {
    linksRaw.forEach((item: unknown, index) => {
      const raw = validateItem(schema.Link, item, ['links', index], new Set(['source', 'target']), report);
      if (!raw) return;
      const source = alias(raw.source);
      const target = alias(raw.target);
      for (const [end, id, rawId] of [
        ['source', source, raw.source],
        ['target', target, raw.target],
      ] as const) {
        if (!finalById.has(id)) {
          report(pointer('links', index, end), `no actor with id ${preview(rawId)}; link ignored`, 'warning');
          return;
        }
      }
      if (source === target) {
        report(pointer('links', index), 'links an actor to itself; ignored', 'warning');
        return;
      }
      const link: Link = { source, target, ...(raw.kind ? { kind: cleanText(raw.kind) } : {}) };
      links.push(link);
      push(linksOf, source, link);
      push(linksOf, target, link);
    });
  }

  return { links, linksOf };
}

/**
 * Validates and normalises a parsed feed. Throws `FeedFormatError('schema')` when there is no
 * `actors` array; every smaller problem ends up in `issues` and the rest of the feed is kept.
 */
export function normaliseFeed(input: unknown, options: NormaliseOptions = {}): Network {
  return runAtOnce(normaliseSteps(input, options));
}

/**
 * `normaliseFeed` in slices of a few milliseconds, yielding to the event loop in between, so that
 * a 20,000-actor feed never blocks the page in one long task.
 */
export function normaliseFeedAsync(input: unknown, options: NormaliseOptions = {}): Promise<Network> {
  return runInSlices(normaliseSteps(input, options));
}

function* normaliseSteps(input: unknown, options: NormaliseOptions): Generator<void, Network> {
  const frame = readFrame(input);
  const { info, updated, types, issues, report } = frame;
  if (options.reportUnknownFields) {
    unknownFields(input, FEED_KEYS, [], report);
    frame.actorsRaw.forEach((item, index) => unknownFields(item, ACTOR_KEYS, ['actors', index], report));
  }

  const actors = yield* keptActors(frame, schema.Actor, (raw, at) => toActor(raw, at, report));
  const byId = new Map(actors.map((actor) => [actor.id, actor]));

  // The hub: the first `network` actor, else one made from the feed's `network` object.
  const made = hubFromInfo(frame, actors);
  if (made) {
    actors.unshift(made);
    byId.set(made.id, made);
  }
  const hub = made ?? actors.find((actor) => actor.type === 'network');
  // `"memberOf": ["network"]` means the hub when no actor is called "network".
  const alias = (id: string): string => (id === 'network' && hub && !byId.has('network') ? hub.id : id);

  const members = new Map<string, Actor[]>();
  const resolved: Actor[] = [];
  for (const actor of actors) {
    if (resolved.length % STRIDE === STRIDE - 1) yield;
    if (actor.memberOf.length === 0) {
      resolved.push(actor);
      continue;
    }
    const memberOf: string[] = [];
    actor.memberOf.forEach((rawId, index) => {
      const id = alias(rawId);
      const at = `${actor.pointer}/memberOf/${index}`;
      if (id === actor.id) report(at, `an actor cannot be a member of itself; ignored`, 'warning');
      else if (!byId.has(id)) report(at, `no actor with id ${preview(rawId)}; ignored`, 'warning');
      else if (!memberOf.includes(id)) memberOf.push(id);
    });
    resolved.push({ ...actor, memberOf });
  }
  const finalById = new Map(resolved.map((actor) => [actor.id, actor]));
  for (const [index, actor] of resolved.entries()) {
    if (index % 1024 === 1023) yield;
    for (const id of actor.memberOf) push(members, id, actor);
  }

  const { links, linksOf } = readLinks(frame.input['links'], alias, finalById, report);
  const stats = readStats(frame.input['stats'], report);

  const countsByType = new Map<string, number>();
  const countsByProvince = new Map<ProvinceId, number>();
  for (const [index, actor] of resolved.entries()) {
    if (index % 1024 === 1023) yield;
    countsByType.set(actor.type, (countsByType.get(actor.type) ?? 0) + 1);
    const province = actor.location?.province;
    if (actor.type !== 'network' && province !== undefined && PROVINCES.has(province)) {
      countsByProvince.set(province, (countsByProvince.get(province) ?? 0) + 1);
    }
  }

  // Reported in document order, whatever pass found them.
  issues.sort((a, b) => comparePointers(a.pointer, b.pointer));

  return {
    ...(options.url !== undefined ? { url: options.url } : {}),
    ...(updated ? { updated } : {}),
    ...(info ? { info } : {}),
    ...(hub ? { hub: finalById.get(hub.id) ?? hub } : {}),
    actors: resolved,
    byId: finalById,
    links,
    types,
    members,
    linksOf,
    countsByType,
    countsByProvince,
    stats,
    issues,
  };
}

/**
 * One actor on its own (the card's `actor` property): the same rules as in a feed, except that
 * `memberOf` is kept as given, since there is no feed to check it against. A type must be a
 * built-in one, or one of `types`.
 */
export function normaliseActor(
  input: unknown,
  types: ReadonlyMap<string, ActorType> = readTypes(undefined, () => undefined),
): { actor?: Actor; issues: FeedIssue[] } {
  const issues: FeedIssue[] = [];
  const report: Report = (at, message, severity = 'error') => issues.push({ pointer: at, message, severity });
  const raw = validateItem(schema.Actor, input, [], REQUIRED, report);
  if (!raw) return { issues };
  if (!types.has(raw.type)) {
    report('/type', `unknown type ${preview(raw.type)}; skipped`);
    return { issues };
  }
  return { actor: toActor(raw, '', report), issues };
}
