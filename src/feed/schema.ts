/**
 * The one description of feed v1. Runtime validation (schema-kit.ts, no eval), the TypeScript
 * types of a raw feed and the published `feed.schema.json` (json-schema.ts) are all derived from
 * these schemas, so they can never disagree. Rules that need the whole feed (known type ids,
 * duplicate ids, dangling references) live in `normalise.ts`.
 */
import {
  array,
  doc,
  email,
  integer,
  invalidType,
  isoTimestamp,
  literal,
  maxLength,
  maxValue,
  minValue,
  number,
  object,
  optional,
  picklist,
  record,
  regex,
  string,
  union,
  type Infer,
} from './schema-kit.js';
import { BUILTIN_TYPE_IDS, ID_PATTERN, PROVINCE_IDS } from './ids.js';

export { BUILTIN_TYPE_IDS, ID_PATTERN, PROVINCE_IDS };

// Character classes instead of the `i` flag: JSON Schema patterns have no flags.
const HTTP_URL = /^\s*[Hh][Tt][Tt][Pp][Ss]?:\/\/\S/;
const PHONE = /^\+?[0-9 ()./-]{6,32}$/;
const HEX_COLOR = /^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$/;

const Id = doc(
  string([regex(ID_PATTERN, 'must be 1–64 characters of A–Z, a–z, 0–9, ".", "_" or "-"')]),
  'An identifier: 1–64 characters of A–Z, a–z, 0–9, ".", "_" or "-".',
);
// Empty once control and direction characters are taken out (see cleanText) is empty.
// Also not visible: C1 controls, soft hyphen, zero-width characters, word joiner, Hangul fillers.
const VISIBLE =
  // eslint-disable-next-line no-control-regex
  /[^\s\u0000-\u001f\u007f-\u009f\u00ad\u115f\u1160\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/;
const Text = string([regex(VISIBLE, 'must not be empty')]);
export const HttpUrl = doc(
  string([regex(HTTP_URL, 'must be an absolute http(s) URL')]),
  'An absolute http: or https: URL; anything else is dropped.',
);
export const LocalizedText = doc(
  union(
    [
      Text,
      record(
        string([regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/)]),
        string(),
        'must be a string or an object of language → text',
      ),
    ],
    'must be a string or an object of language → text',
  ),
  'Plain text, or an object of language code → plain text ({ "nl": …, "fr": …, "en": … }).',
);

export const Location = object(
  {
    place: optional(Text),
    municipality: optional(Text),
    postcode: optional(string([regex(/^[0-9]{4}$/, 'must be a 4-digit postcode')])),
    province: optional(picklist(PROVINCE_IDS, `must be one of ${PROVINCE_IDS.join(', ')}`)),
    lat: optional(number([minValue(-90, 'must be ≥ -90'), maxValue(90, 'must be ≤ 90')])),
    lon: optional(number([minValue(-180, 'must be ≥ -180'), maxValue(180, 'must be ≤ 180')])),
  },
  // It never had a message of its own; valibot's is kept, so that a feed reads as it did.
  invalidType('Object'),
);

export const Actor = doc(
  object({
    id: Id,
    type: doc(Id, 'A type id: a built-in one or one declared in `types`.'),
    name: doc(Text, 'Plain text; never rendered as HTML.'),
    shortName: optional(Text),
    description: optional(LocalizedText),
    logo: optional(HttpUrl),
    website: optional(HttpUrl),
    email: optional(string([email('must be an e-mail address')])),
    phone: optional(string([regex(PHONE, 'must be a phone number')])),
    social: optional(record(string([regex(/^[a-z0-9-]{1,32}$/)]), HttpUrl, 'must be an object of network → URL')),
    location: optional(Location),
    themes: optional(array(Text, 'must be an array of strings')),
    memberOf: optional(array(Id, 'must be an array of ids')),
    since: optional(
      number(
        [integer('must be a year'), minValue(1800, 'must be a year'), maxValue(2200, 'must be a year')],
        'must be a year',
      ),
    ),
  }),
  'One actor of the network. Unknown fields are ignored.',
);

export const Link = object({
  source: Id,
  target: Id,
  kind: optional(string([maxLength(64, 'must be at most 64 characters')])),
});

export const TypeDef = object({
  id: Id,
  label: optional(LocalizedText),
  color: optional(string([regex(HEX_COLOR, 'must be a hex colour such as #1f6feb')])),
});

export const NetworkInfo = object({
  id: Id,
  name: Text,
  url: optional(HttpUrl),
});

export const Stats = record(
  string([regex(ID_PATTERN)]),
  number([integer('must be a whole number'), minValue(0, 'must be ≥ 0')]),
  'must be an object of metric → whole number',
);

export const Feed = doc(
  object(
    {
      // An editor's pointer to feed.schema.json (JSON Schema's own convention); widgets ignore it.
      $schema: optional(doc(string(), 'URL of this JSON Schema, for editors.')),
      version: optional(literal(1, 'must be 1')),
      updated: optional(string([isoTimestamp('must be an ISO 8601 date-time')])),
      network: optional(NetworkInfo),
      types: optional(array(TypeDef, 'must be an array')),
      actors: array(Actor, 'must be an array'),
      links: optional(array(Link, 'must be an array')),
      stats: optional(Stats),
    },
    'must be a JSON object',
  ),
  'The one JSON feed that every netwerk-widgets element reads. See SPEC.md "Feed v1".',
  'Minderhedenforum network feed, version 1',
);

export type RawFeed = Infer<typeof Feed>;
export type RawActor = Infer<typeof Actor>;
export type RawLink = Infer<typeof Link>;
export type RawTypeDef = Infer<typeof TypeDef>;
export type { BuiltinTypeId, ProvinceId } from './ids.js';
