/**
 * The one description of feed v1. Runtime validation (valibot, no eval), the TypeScript types of a
 * raw feed and the published `feed.schema.json` are all derived from these schemas, so they can
 * never disagree. Rules that need the whole feed (known type ids, duplicate ids, dangling
 * references) live in `normalise.ts`.
 */
import * as v from 'valibot';
import { BUILTIN_TYPE_IDS, ID_PATTERN, PROVINCE_IDS } from './ids.js';

export { BUILTIN_TYPE_IDS, ID_PATTERN, PROVINCE_IDS };

// Character classes instead of the `i` flag: JSON Schema patterns have no flags.
const HTTP_URL = /^\s*[Hh][Tt][Tt][Pp][Ss]?:\/\/\S/;
const PHONE = /^\+?[0-9 ()./-]{6,32}$/;
const HEX_COLOR = /^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$/;

/**
 * Object schemas' entries without a prototype: valibot walks them with for…in, which would also
 * walk whatever a host page's script added to Object.prototype.
 */
const entries = <T extends object>(value: T): T => Object.assign(Object.create(null) as T, value);

const Id = v.pipe(
  v.string('must be a string'),
  v.regex(ID_PATTERN, 'must be 1–64 characters of A–Z, a–z, 0–9, ".", "_" or "-"'),
  v.description('An identifier: 1–64 characters of A–Z, a–z, 0–9, ".", "_" or "-".'),
);
// Empty once control and direction characters are taken out (see cleanText) is empty.
// Also not visible: C1 controls, soft hyphen, zero-width characters, word joiner, Hangul fillers.
const VISIBLE =
  // eslint-disable-next-line no-control-regex
  /[^\s\u0000-\u001f\u007f-\u009f\u00ad\u115f\u1160\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/;
const Text = v.pipe(v.string('must be a string'), v.regex(VISIBLE, 'must not be empty'));
export const HttpUrl = v.pipe(
  v.string('must be a string'),
  v.regex(HTTP_URL, 'must be an absolute http(s) URL'),
  v.description('An absolute http: or https: URL; anything else is dropped.'),
);
export const LocalizedText = v.pipe(
  v.union(
    [
      Text,
      v.record(
        v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/)),
        v.string(),
        'must be a string or an object of language → text',
      ),
    ],
    'must be a string or an object of language → text',
  ),
  v.description('Plain text, or an object of language code → plain text ({ "nl": …, "fr": …, "en": … }).'),
);

export const Location = v.object(
  entries({
    place: v.optional(Text),
    municipality: v.optional(Text),
    postcode: v.optional(v.pipe(v.string('must be a string'), v.regex(/^[0-9]{4}$/, 'must be a 4-digit postcode'))),
    province: v.optional(v.picklist(PROVINCE_IDS, `must be one of ${PROVINCE_IDS.join(', ')}`)),
    lat: v.optional(
      v.pipe(v.number('must be a number'), v.minValue(-90, 'must be ≥ -90'), v.maxValue(90, 'must be ≤ 90')),
    ),
    lon: v.optional(
      v.pipe(v.number('must be a number'), v.minValue(-180, 'must be ≥ -180'), v.maxValue(180, 'must be ≤ 180')),
    ),
  }),
);

export const Actor = v.pipe(
  v.object(
    entries({
      id: Id,
      type: v.pipe(Id, v.description('A type id: a built-in one or one declared in `types`.')),
      name: v.pipe(Text, v.description('Plain text; never rendered as HTML.')),
      shortName: v.optional(Text),
      description: v.optional(LocalizedText),
      logo: v.optional(HttpUrl),
      website: v.optional(HttpUrl),
      email: v.optional(v.pipe(v.string('must be a string'), v.email('must be an e-mail address'))),
      phone: v.optional(v.pipe(v.string('must be a string'), v.regex(PHONE, 'must be a phone number'))),
      social: v.optional(
        v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,32}$/)), HttpUrl, 'must be an object of network → URL'),
      ),
      location: v.optional(Location),
      themes: v.optional(v.array(Text, 'must be an array of strings')),
      memberOf: v.optional(v.array(Id, 'must be an array of ids')),
      since: v.optional(
        v.pipe(
          v.number('must be a year'),
          v.integer('must be a year'),
          v.minValue(1800, 'must be a year'),
          v.maxValue(2200, 'must be a year'),
        ),
      ),
    }),
    'must be an object',
  ),
  v.description('One actor of the network. Unknown fields are ignored.'),
);

export const Link = v.object(
  entries({
    source: Id,
    target: Id,
    kind: v.optional(v.pipe(v.string('must be a string'), v.maxLength(64, 'must be at most 64 characters'))),
  }),
  'must be an object',
);

export const TypeDef = v.object(
  entries({
    id: Id,
    label: v.optional(LocalizedText),
    color: v.optional(v.pipe(v.string('must be a string'), v.regex(HEX_COLOR, 'must be a hex colour such as #1f6feb'))),
  }),
  'must be an object',
);

export const NetworkInfo = v.object(
  entries({
    id: Id,
    name: Text,
    url: v.optional(HttpUrl),
  }),
  'must be an object',
);

export const Stats = v.record(
  v.pipe(v.string(), v.regex(ID_PATTERN)),
  v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must be ≥ 0')),
  'must be an object of metric → whole number',
);

export const Feed = v.pipe(
  v.object(
    entries({
      // An editor's pointer to feed.schema.json (JSON Schema's own convention); widgets ignore it.
      $schema: v.optional(v.pipe(v.string('must be a string'), v.description('URL of this JSON Schema, for editors.'))),
      version: v.optional(v.literal(1, 'must be 1')),
      updated: v.optional(v.pipe(v.string('must be a string'), v.isoTimestamp('must be an ISO 8601 date-time'))),
      network: v.optional(NetworkInfo),
      types: v.optional(v.array(TypeDef, 'must be an array')),
      actors: v.array(Actor, 'must be an array'),
      links: v.optional(v.array(Link, 'must be an array')),
      stats: v.optional(Stats),
    }),
    'must be a JSON object',
  ),
  v.title('Minderhedenforum network feed, version 1'),
  v.description('The one JSON feed that every netwerk-widgets element reads. See SPEC.md "Feed v1".'),
);

export type RawFeed = v.InferOutput<typeof Feed>;
export type RawActor = v.InferOutput<typeof Actor>;
export type RawLink = v.InferOutput<typeof Link>;
export type RawTypeDef = v.InferOutput<typeof TypeDef>;
export type { BuiltinTypeId, ProvinceId } from './ids.js';
