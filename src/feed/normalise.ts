/**
 * parse → validate → normalise. Everything that reaches a widget went through here: a feed that is
 * not JSON or has no `actors` array fails as a whole (`parse`, `schema`); anything smaller that is
 * wrong is skipped or dropped, reported once with its JSON pointer, and the rest is kept.
 *
 * Ids are only ever used as `Map` keys, so `__proto__` or `constructor` are ordinary ids.
 */
import * as schema from './schema.js';
import { safeParse } from './schema-kit.js';
import { BUILTIN_TYPE_IDS, PROVINCE_IDS, type ProvinceId, type RawActor } from './schema.js';
import { cleanText, toLocalizedText } from './clean-text.js';
import { comparePointers, pointer, preview } from './pointer.js';
import { isRecord, unknownFields, validateItem, type Report } from './lenient.js';
import { safeHttpUrl } from './url.js';
import { runAtOnce, runInSlices } from '../util/slices.js';
import { FeedFormatError } from './errors.js';
import { BUILTIN_TYPE_COLORS, FALLBACK_TYPE_COLOR } from './palette.js';

export { FeedFormatError } from './errors.js';
// The place step sorts its warnings in with these; importing it from here keeps one chunk.
export { comparePointers };
import {
  NORMALISED,
  type Actor,
  type ActorType,
  type FeedIssue,
  type Link,
  type Network,
  type SocialLink,
} from './types.js';

const REQUIRED = new Set(['id', 'type', 'name']);
const ACTOR_KEYS = Object.keys(schema.Actor.entries) as ReadonlyArray<keyof RawActor>;
const FEED_KEYS = new Set(Object.keys(schema.Feed.entries));
const PROVINCES = new Set<string>(PROVINCE_IDS);

/** Parses feed text. Throws `FeedFormatError('parse')` with the parser's own reason. */
export function parseFeedText(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new FeedFormatError('parse', `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export interface NormaliseOptions {
  /** The feed's absolute URL, kept on the network for messages and events. */
  readonly url?: string;
  /** Also warn about fields the contract does not know (the validator CLI does; typos show up). */
  readonly reportUnknownFields?: boolean;
}

function readTypes(raw: unknown, report: Report): Map<string, ActorType> {
  const types = new Map<string, ActorType>();
  for (const id of BUILTIN_TYPE_IDS) types.set(id, { id, builtin: true, color: BUILTIN_TYPE_COLORS[id] });
  if (raw === undefined) return types;
  if (!Array.isArray(raw)) {
    report('/types', `must be an array (got ${preview(raw)}); ignored`);
    return types;
  }
  raw.forEach((item: unknown, index) => {
    const def = validateItem(schema.TypeDef, item, ['types', index], new Set(['id']), report);
    if (!def) return;
    const existing = types.get(def.id);
    const label = def.label === undefined ? existing?.label : toLocalizedText(def.label);
    types.set(def.id, {
      id: def.id,
      builtin: existing?.builtin ?? false,
      color: def.color ?? existing?.color ?? FALLBACK_TYPE_COLOR,
      ...(label ? { label } : {}),
    });
  });
  return types;
}

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

/** The feed's own figures: a value here wins over counting. */
function readStats(statsRaw: unknown, report: Report): Map<string, number> {
  const stats = new Map<string, number>();
  if (statsRaw !== undefined) {
    if (!isRecord(statsRaw)) report('/stats', `must be an object (got ${preview(statsRaw)}); ignored`);
    else {
      for (const key of Object.keys(statsRaw)) {
        const result = safeParse(schema.Stats, { [key]: statsRaw[key] });
        if (result.success) stats.set(key, statsRaw[key] as number);
        else
          report(
            pointer('stats', key),
            `${result.issues[0]?.message ?? 'invalid'} (got ${preview(statsRaw[key])}); ignored`,
          );
      }
    }
  }

  return stats;
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

/** How many items between two chances to yield. */
const STRIDE = 64;

function* normaliseSteps(input: unknown, options: NormaliseOptions): Generator<void, Network> {
  const issues: FeedIssue[] = [];
  const report: Report = (at, message, severity = 'error') => issues.push({ pointer: at, message, severity });

  if (!isRecord(input)) throw new FeedFormatError('schema', `the feed must be a JSON object (got ${preview(input)})`);
  const actorsRaw = input['actors'];
  if (!Array.isArray(actorsRaw)) {
    throw new FeedFormatError('schema', `the feed has no "actors" array (got ${preview(actorsRaw)})`, '/actors');
  }
  if (options.reportUnknownFields) unknownFields(input, FEED_KEYS, [], report);

  const version = input['version'];
  if (version === undefined) report('/version', 'missing; read as version 1', 'warning');
  else if (version !== 1) report('/version', `unknown version ${preview(version)}; read as version 1`, 'warning');

  let updated: Date | undefined;
  if (input['updated'] !== undefined) {
    const result = safeParse(schema.Feed.entries.updated, input['updated']);
    const date = result.success && result.output !== undefined ? new Date(result.output) : undefined;
    if (date && !Number.isNaN(date.getTime())) updated = date;
    else report('/updated', `must be an ISO 8601 date-time (got ${preview(input['updated'])}); ignored`);
  }

  let info: Network['info'];
  if (input['network'] !== undefined) {
    const raw = validateItem(schema.NetworkInfo, input['network'], ['network'], new Set(['id', 'name']), report);
    if (raw) {
      const url = safeHttpUrl(raw.url);
      info = { id: raw.id, name: cleanText(raw.name), ...(url ? { url } : {}) };
    }
  }

  const types = readTypes(input['types'], report);

  // Actors: each on its own, so one broken actor never costs the others.
  const actors: Actor[] = [];
  const byId = new Map<string, Actor>();
  for (let index = 0; index < actorsRaw.length; index++) {
    if (index % STRIDE === STRIDE - 1) yield;
    const item: unknown = actorsRaw[index];
    const base = ['actors', index] as const;
    if (options.reportUnknownFields) unknownFields(item, ACTOR_KEYS, base, report);
    const raw = validateItem(schema.Actor, item, base, REQUIRED, report);
    if (!raw) continue;
    if (!types.has(raw.type)) {
      report(pointer(...base, 'type'), `unknown type ${preview(raw.type)}; skipped`);
      continue;
    }
    const first = byId.get(raw.id);
    if (first) {
      report(pointer(...base, 'id'), `duplicate id ${preview(raw.id)} (first at ${first.pointer}); skipped`);
      continue;
    }
    const actor = toActor(raw, pointer(...base), report);
    actors.push(actor);
    byId.set(actor.id, actor);
  }

  // The hub: the first `network` actor, else one made from the feed's `network` object.
  let hub = actors.find((actor) => actor.type === 'network');
  if (!hub && info && !byId.has(info.id)) {
    hub = {
      id: info.id,
      type: 'network',
      name: info.name,
      ...(info.url ? { website: info.url } : {}),
      social: [],
      themes: [],
      memberOf: [],
      pointer: '/network',
      [NORMALISED]: true,
    };
    actors.unshift(hub);
    byId.set(hub.id, hub);
  }
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

  const { links, linksOf } = readLinks(input['links'], alias, finalById, report);
  const stats = readStats(input['stats'], report);

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
