/**
 * The one description of feed v1. Runtime validation (schema-kit.ts, no eval), the TypeScript
 * types of a raw feed and the published `feed.schema.json` (json-schema.ts) are all derived from
 * these schemas, so they can never disagree. Rules that need the whole feed (known type ids,
 * duplicate ids, dangling references) live in `normalise.ts`.
 */
import { doc, integer, minValue, number, object, optional, record, regex, string, type Infer } from './schema-kit.js';
import { array, email, invalidType, literal, maxLength, maxValue, picklist } from './schema-kit-more.js';
import { BUILTIN_TYPE_IDS, ID_PATTERN, PROVINCE_IDS } from './ids.js';
import { HttpUrl, Id, LocalizedText, Name, NetworkInfo, Stats, Text, TypeDef, TypeId, Updated } from './schema-core.js';

export { BUILTIN_TYPE_IDS, ID_PATTERN, PROVINCE_IDS };
export { ActorCore, HttpUrl, LocalizedText, NetworkInfo, Stats, TypeDef, Updated } from './schema-core.js';

// Phone numbers as people write them.
const PHONE = /^\+?[0-9 ()./-]{6,32}$/;

export const Location = /* @__PURE__ */ object(
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

export const Actor = /* @__PURE__ */ doc(
  object({
    id: Id,
    type: TypeId,
    name: Name,
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

export const Link = /* @__PURE__ */ object({
  source: Id,
  target: Id,
  kind: optional(string([maxLength(64, 'must be at most 64 characters')])),
});

export const Feed = /* @__PURE__ */ doc(
  object(
    {
      // An editor's pointer to feed.schema.json (JSON Schema's own convention); widgets ignore it.
      $schema: optional(doc(string(), 'URL of this JSON Schema, for editors.')),
      version: optional(literal(1, 'must be 1')),
      updated: optional(Updated),
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
