/**
 * The schema kit behind feed v1 (src/feed/schema-kit.ts, schema-kit-more.ts): messages, paths, the order of problems,
 * a union's choice, keys a record passes over, a polluted Object.prototype, and the JSON Schema
 * made from the same description. test/feed and test/hardening check the whole feed on top.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
  safeParse,
  string,
  union,
  type Infer,
} from '../../src/feed/schema-kit.js';
import { array, email, invalidType, literal, maxLength, maxValue, picklist } from '../../src/feed/schema-kit-more.js';
import { Actor, Feed } from '../../src/feed/schema.js';
import { feedJsonSchema } from '../../src/feed/json-schema.js';
import { normaliseFeed } from '../../src/feed/normalise.js';
import type { RawActor } from '../../src/feed/schema.js';

/** The problems of a check as `pointer-ish path: message (input)`, in the order given. */
const problems = (schema: Parameters<typeof safeParse>[0], input: unknown): string[] => {
  const result = safeParse(schema, input);
  return result.success
    ? []
    : result.issues.map((issue) => `${issue.path.join('/')}: ${issue.message} (${JSON.stringify(issue.input)})`);
};

test('leaves: the type message, then the first failing check only', () => {
  const year = number([integer('not whole'), minValue(1800, 'too early'), maxValue(2200, 'too late')], 'a year');
  assert.deepEqual(problems(year, '2020'), [': a year ("2020")']);
  assert.deepEqual(problems(year, Number.NaN), [': a year (null)'], 'NaN is not a number');
  assert.deepEqual(problems(year, 1700.5), [': not whole (1700.5)'], 'one problem, the first check that fails');
  assert.deepEqual(problems(year, 1700), [': too early (1700)']);
  assert.deepEqual(problems(year, Infinity), [': not whole (null)']);
  assert.deepEqual(problems(year, 2020), []);
  assert.deepEqual(problems(string(), 12), [': must be a string (12)'], 'the default message');
  assert.deepEqual(problems(string([maxLength(3, 'too long')]), 'abcd'), [': too long ("abcd")']);
  assert.deepEqual(problems(string([email('no address')]), 'a@b'), [': no address ("a@b")']);
  assert.deepEqual(problems(string([email('no address')]), 'a.b+c@d-e.example'), []);
  assert.deepEqual(problems(string([isoTimestamp('no time')]), '2026-11-01'), [': no time ("2026-11-01")']);
  assert.deepEqual(problems(string([isoTimestamp('no time')]), '2026-11-01T12:00:00.5+01:00'), []);
  assert.deepEqual(problems(literal(1, 'must be 1'), '1'), [': must be 1 ("1")']);
  assert.deepEqual(problems(picklist(['a', 'b'], 'a or b'), 'c'), [': a or b ("c")']);
  // valibot's own wording where a schema has none of ours (record keys, the location object).
  assert.deepEqual(problems(string([regex(/^[a-z]+$/)]), 'A1'), [
    ': Invalid format: Expected /^[a-z]+$/ but received "A1" ("A1")',
  ]);
  const where = object({}, invalidType('Object'));
  assert.deepEqual(problems(where, 5), [': Invalid type: Expected Object but received 5 (5)']);
  assert.deepEqual(problems(where, null), [': Invalid type: Expected Object but received null (null)']);
  assert.deepEqual(problems(where, 'x'), [': Invalid type: Expected Object but received "x" ("x")']);
});

test('objects, arrays and records: every problem with its path, in document order', () => {
  const schema = object({
    id: string([regex(/^[a-z]+$/, 'bad id')]),
    name: string(),
    tags: optional(array(string(), 'not a list')),
    links: optional(record(string([regex(/^[a-z]+$/)]), number(), 'not a map')),
  });
  assert.deepEqual(problems(schema, 'x'), [': must be an object ("x")']);
  assert.deepEqual(problems(schema, { id: 'A', tags: ['a', 5, null], links: { ok: 1, Bad: 'x' } }), [
    'id: bad id ("A")',
    'name: must be a string (undefined)', // missing: no input (lenient.ts says "is required but missing")
    'tags/1: must be a string (5)',
    'tags/2: must be a string (null)',
    'links/Bad: Invalid format: Expected /^[a-z]+$/ but received "Bad" ("Bad")',
    'links/Bad: must be a number ("x")',
  ]);
  const result = safeParse(schema, { id: 'a', name: 'A', extra: 1, tags: undefined });
  assert.equal(result.success, true);
  // Only the entries, in the description's order; a present optional key keeps its undefined.
  assert.deepEqual(result.success && { ...result.output }, { id: 'a', name: 'A', tags: undefined });
  // Arrays are objects, as valibot read them.
  assert.deepEqual(problems(object({ length: number() }), []), []);
});

test('records pass over __proto__, prototype and constructor, and output only own keys', () => {
  const schema = record(string(), number(), 'not a map');
  const input = JSON.parse('{"__proto__": "x", "constructor": "y", "prototype": 1, "a": 1}') as unknown;
  const result = safeParse(schema, input);
  assert.equal(result.success, true);
  assert.deepEqual(result.success && Object.keys(result.output), ['a']);
});

test('a union: the first option that passes; else the problems of the one option fitting the type, or its own message', () => {
  const text = string([regex(/\S/, 'must not be empty')]);
  const schema = union([text, record(string([regex(/^[a-z]{2}$/)]), string(), 'map')], 'text or map');
  assert.deepEqual(problems(schema, 'hi'), []);
  assert.deepEqual(problems(schema, { nl: 'hoi' }), []);
  assert.deepEqual(problems(schema, ' '), [': must not be empty (" ")'], 'the string option speaks');
  assert.deepEqual(
    problems(schema, { NL: 'hoi' }),
    ['NL: Invalid format: Expected /^[a-z]{2}$/ but received "NL" ("NL")'],
    'the record option speaks (its key is a format problem, not a type problem)',
  );
  assert.deepEqual(problems(schema, { nl: 5 }), [': text or map ({"nl":5})'], 'no option fits the type');
  assert.deepEqual(problems(schema, 12), [': text or map (12)']);
  // Within an object, a union's problem stands at the union's key.
  assert.deepEqual(problems(object({ d: optional(schema) }), { d: 12 }), ['d: text or map (12)']);
});

test('a polluted Object.prototype is neither an entry, nor a value, nor a key', () => {
  const proto = Object.prototype as Record<string, unknown>;
  proto['polluted'] = 'host';
  proto['name'] = 'from the host';
  proto['logo'] = 'https://evil.example/';
  try {
    const schema = object({ id: string(), name: optional(string()) });
    const result = safeParse(schema, { id: 'a' });
    assert.equal(result.success, true);
    const output = result.success ? result.output : undefined;
    assert.equal(Object.hasOwn(output!, 'name'), false);
    assert.equal(output!.name, undefined, 'the output inherits nothing either');
    assert.deepEqual(problems(object({ name: string() }), {}), ['name: must be a string (undefined)']);
    assert.deepEqual(problems(record(string([regex(/^[a-z]$/)]), string(), 'map'), { a: 'x' }), []);
    // A plain object still reads the prototype; what matters is that nothing of it becomes feed data.
    const network = normaliseFeed({
      version: 1,
      actors: [
        { id: 'a', type: 'expert', name: 'A' },
        { id: 'b', type: 'expert' },
      ],
    });
    assert.equal(Object.hasOwn(network.actors[0]!, 'logo'), false, 'no logo from the host');
    assert.deepEqual(
      network.actors.map((actor) => actor.id),
      ['a'],
      'no name from the host',
    );
    assert.deepEqual(network.issues, [
      { pointer: '/actors/1/name', message: 'is required but missing; skipped', severity: 'error' },
    ]);
  } finally {
    delete proto['polluted'];
    delete proto['name'];
    delete proto['logo'];
  }
});

test('doc() adds a description (and a title) for the JSON Schema, and changes no check', () => {
  const id = string([regex(/^[a-z]+$/, 'bad id')]);
  const described = doc(id, 'An id.', 'Id');
  assert.equal(described.description, 'An id.');
  assert.equal(described.title, 'Id');
  assert.equal(id.description, undefined, 'the schema it describes is left as it was');
  assert.deepEqual(problems(described, 'A'), problems(id, 'A'));
});

test('the published JSON Schema is the description: every entry, required key and check', () => {
  const json = feedJsonSchema() as {
    properties: Record<string, { items?: { properties: Record<string, Record<string, unknown>>; required: string[] } }>;
    required: string[];
  };
  assert.deepEqual(Object.keys(json.properties), Object.keys(Feed.entries));
  assert.deepEqual(json.required, ['actors']);
  const actor = json.properties['actors']!.items!;
  assert.deepEqual(Object.keys(actor.properties), Object.keys(Actor.entries));
  assert.deepEqual(actor.required, ['id', 'type', 'name']);
  assert.deepEqual(actor.properties['since'], { type: 'integer', minimum: 1800, maximum: 2200 });
  assert.deepEqual(actor.properties['email'], { type: 'string', format: 'email' });
  assert.equal(actor.properties['type']!['description'], 'A type id: a built-in one or one declared in `types`.');
  // The built file, when there is one, is this same schema.
  try {
    const built = JSON.parse(readFileSync(new URL('../../dist/feed.schema.json', import.meta.url), 'utf8')) as unknown;
    assert.deepEqual(built, feedJsonSchema());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
});

test('types come from the description', () => {
  const schema = object({ a: string(), b: optional(number()), c: picklist(['x', 'y'], 'x or y'), d: literal(1, '1') });
  const value: Infer<typeof schema> = { a: 'a', c: 'x', d: 1 };
  // @ts-expect-error: a required entry is missing
  const missing: Infer<typeof schema> = { c: 'x', d: 1 };
  // @ts-expect-error: not one of the picklist's options
  const wrong: Infer<typeof schema> = { a: 'a', c: 'z', d: 1 };
  const actor: RawActor = { id: 'a', type: 'expert', name: 'A', location: { province: 'limburg' } };
  assert.ok(missing && wrong && actor);
  assert.equal(safeParse(schema, value).success, true);
});
