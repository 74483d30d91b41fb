/**
 * The part of the feed's description (schema.ts) that both readers use: ids, texts, URLs, the
 * types, the network object, the stats, and what decides whether an actor is kept (ActorCore).
 * The counting reader (count.ts) loads only this part; schema.ts adds the rest of an actor, links
 * and the feed as a whole.
 */
import {
  doc,
  integer,
  isoTimestamp,
  minValue,
  number,
  object,
  optional,
  record,
  regex,
  string,
  union,
} from './schema-kit.js';
import { ID_PATTERN } from './ids.js';

// Character classes instead of the `i` flag: JSON Schema patterns have no flags.
const HTTP_URL = /^\s*[Hh][Tt][Tt][Pp][Ss]?:\/\/\S/;
const HEX_COLOR = /^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$/;

export const Id = doc(
  string([regex(ID_PATTERN, 'must be 1–64 characters of A–Z, a–z, 0–9, ".", "_" or "-"')]),
  'An identifier: 1–64 characters of A–Z, a–z, 0–9, ".", "_" or "-".',
);
// Empty once control and direction characters are taken out (see cleanText) is empty.
// Also not visible: C1 controls, soft hyphen, zero-width characters, word joiner, Hangul fillers.
const VISIBLE =
  // eslint-disable-next-line no-control-regex
  /[^\s\u0000-\u001f\u007f-\u009f\u00ad\u115f\u1160\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/;
export const Text = string([regex(VISIBLE, 'must not be empty')]);
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

export const Updated = string([isoTimestamp('must be an ISO 8601 date-time')]);

export const TypeId = doc(Id, 'A type id: a built-in one or one declared in `types`.');
export const Name = doc(Text, 'Plain text; never rendered as HTML.');

/**
 * What decides whether an actor is kept: the counting reader (read-core.ts) checks these only, the
 * full one the whole Actor, whose first entries they are.
 */
export const ActorCore = /* @__PURE__ */ object({ id: Id, type: TypeId, name: Name });
