/**
 * The counting reader, and what the full reader (normalise.ts) builds on: the feed's frame (its
 * object, `actors` array, version, date, network, types and stats) and which actors are kept
 * (valid id, type and name, a known type, the first of an id). Both readers decide this with
 * the same code, so they count the same actors; test/hardening/properties.test.ts checks it over
 * generated feeds as well.
 *
 * The counting reader (`countFeed`) is what a page with only counters needs: it reads of each
 * actor its id, type and name, and none of the descriptions, places, links or memberships. The
 * loader gives its network to elements that ask for counts; a full read of the same feed answers
 * them too once any element needs one. This module and the schema's core are one chunk; the full
 * reader adds normalise.ts and the rest of the schema.
 */
import * as schema from './schema-core.js';
import { ActorCore } from './schema-core.js';
import { runAtOnce, runInSlices } from '../util/slices.js';
import { safeParse } from './schema-kit.js';
import { BUILTIN_TYPE_IDS } from './ids.js';
import type { Schema } from './schema-kit.js';
import { cleanText, toLocalizedText } from './clean-text.js';
import { comparePointers, pointer, preview } from './pointer.js';
import { isRecord, validateItem, type Report } from './lenient.js';
import { safeHttpUrl } from './url.js';
import { FeedFormatError } from './errors.js';
import { BUILTIN_TYPE_COLORS, FALLBACK_TYPE_COLOR } from './palette.js';
import { NORMALISED, type Actor, type ActorType, type FeedIssue, type Network } from './types.js';

export { FeedFormatError } from './errors.js';

const REQUIRED = new Set(['id', 'type', 'name']);

/** How many items between two chances to yield. */
export const STRIDE = 64;

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

/** The built-in types, relabelled or extended by the feed's `types`. */
export function readTypes(raw: unknown, report: Report): Map<string, ActorType> {
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

/** The feed's own figures: a value here wins over counting. */
export function readStats(statsRaw: unknown, report: Report): Map<string, number> {
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

/** A feed's frame: everything but its actors, links and stats, and the actors still unread. */
export interface Frame {
  readonly input: Record<string, unknown>;
  readonly actorsRaw: readonly unknown[];
  readonly updated?: Date;
  readonly info?: Network['info'];
  readonly types: Map<string, ActorType>;
  readonly issues: FeedIssue[];
  readonly report: Report;
}

/**
 * Reads the frame. Throws `FeedFormatError('schema')` when the feed is not an object or has no
 * `actors` array; every smaller problem is reported and the rest kept.
 */
export function readFrame(input: unknown): Frame {
  const issues: FeedIssue[] = [];
  const report: Report = (at, message, severity = 'error') => issues.push({ pointer: at, message, severity });

  if (!isRecord(input)) throw new FeedFormatError('schema', `the feed must be a JSON object (got ${preview(input)})`);
  const actorsRaw = input['actors'];
  if (!Array.isArray(actorsRaw)) {
    throw new FeedFormatError('schema', `the feed has no "actors" array (got ${preview(actorsRaw)})`, '/actors');
  }

  const version = input['version'];
  if (version === undefined) report('/version', 'missing; read as version 1', 'warning');
  else if (version !== 1) report('/version', `unknown version ${preview(version)}; read as version 1`, 'warning');

  let updated: Date | undefined;
  if (input['updated'] !== undefined) {
    const result = safeParse(schema.Updated, input['updated']);
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
  return { input, actorsRaw, ...(updated ? { updated } : {}), ...(info ? { info } : {}), types, issues, report };
}

/**
 * The actors a feed keeps, in feed order, each made by `keep` from its values and pointer as it is
 * read (while they are in the cache): each checked on its own, so one
 * broken actor never costs the others; a problem with its id, type or name, an unknown type or a
 * repeated id skips it. `itemSchema` is the whole Actor (its other values are checked and dropped
 * when wrong) or ActorCore, which decides the same: those are the Actor's first entries, each
 * checked on its own.
 */
export function* keptActors<T extends { id: string; type: string; name: string }>(
  frame: Frame,
  itemSchema: Schema<T>,
  keep: (raw: T, at: string) => Actor,
): Generator<void, Actor[]> {
  const { actorsRaw, types, report } = frame;
  const kept: Actor[] = [];
  const firstAt = new Map<string, string>();
  for (let index = 0; index < actorsRaw.length; index++) {
    if (index % STRIDE === STRIDE - 1) yield;
    const item: unknown = actorsRaw[index];
    const base = ['actors', index] as const;
    const raw = validateItem(itemSchema, item, base, REQUIRED, report);
    if (!raw) continue;
    if (!types.has(raw.type)) {
      report(pointer(...base, 'type'), `unknown type ${preview(raw.type)}; skipped`);
      continue;
    }
    const first = firstAt.get(raw.id);
    if (first) {
      report(pointer(...base, 'id'), `duplicate id ${preview(raw.id)} (first at ${first}); skipped`);
      continue;
    }
    const at = pointer(...base);
    firstAt.set(raw.id, at);
    kept.push(keep(raw, at));
  }
  return kept;
}

/**
 * The network actor made from the feed's `network` object, when no kept actor is of type
 * `network` and none has its id (the hub is then the first `network` actor).
 */
export function hubFromInfo(frame: Frame, actors: readonly Pick<Actor, 'id' | 'type'>[]): Actor | undefined {
  const { info } = frame;
  if (!info || actors.some((actor) => actor.type === 'network' || actor.id === info.id)) return undefined;
  return {
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
}

// ---------- the counting reader ----------

/** Its network is for counting: actors with id, type and name only, no links, members or places. */

function* countSteps(input: unknown, options: NormaliseOptions): Generator<void, Network> {
  const frame = readFrame(input);
  const { info, updated, types, issues, report } = frame;
  const actors = yield* keptActors(frame, ActorCore, (raw, at) => ({
    id: raw.id,
    type: raw.type,
    name: cleanText(raw.name),
    social: [],
    themes: [],
    memberOf: [],
    pointer: at,
    [NORMALISED]: true,
  }));
  const made = hubFromInfo(frame, actors);
  if (made) actors.unshift(made);
  const stats = readStats(frame.input['stats'], report);
  const countsByType = new Map<string, number>();
  for (const actor of actors) countsByType.set(actor.type, (countsByType.get(actor.type) ?? 0) + 1);
  issues.sort((a, b) => comparePointers(a.pointer, b.pointer));
  const hub = made ?? actors.find((actor) => actor.type === 'network');
  return {
    ...(options.url !== undefined ? { url: options.url } : {}),
    ...(updated ? { updated } : {}),
    ...(info ? { info } : {}),
    ...(hub ? { hub } : {}),
    actors,
    byId: new Map(actors.map((actor) => [actor.id, actor])),
    links: [],
    types,
    members: new Map(),
    linksOf: new Map(),
    countsByType,
    countsByProvince: new Map(),
    stats,
    issues,
  };
}

/** The counts of a parsed feed, at once (tests, the property check against the full reader). */
export function countFeed(input: unknown, options: NormaliseOptions = {}): Network {
  return runAtOnce(countSteps(input, options));
}

/** `countFeed` in slices of a few milliseconds (no long task on a 20,000-actor feed). */
export function countFeedAsync(input: unknown, options: NormaliseOptions = {}): Promise<Network> {
  return runInSlices(countSteps(input, options));
}
