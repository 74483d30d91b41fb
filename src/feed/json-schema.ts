import type { AnySchema, Check, Schema } from './schema-kit.js';
import { Feed } from './schema.js';

type Json = Record<string, unknown>;

function addCheck(json: Json, check: Check<never>): void {
  const { kind, requirement } = check;
  if (kind === 'regex') json['pattern'] = (requirement as RegExp).source;
  else if (kind === 'integer') json['type'] = 'integer';
  else if (kind === 'min') json['minimum'] = requirement;
  else if (kind === 'max') json['maximum'] = requirement;
  else if (kind === 'maxLength') json['maxLength'] = requirement;
  else json['format'] = kind; // 'email', 'date-time'
}

/** One schema of the description as JSON Schema (draft 2020-12), keys in the order valibot's converter wrote them. */
function toJson(input: Schema): Json {
  const schema = input as AnySchema;
  let json: Json;
  switch (schema.kind) {
    case 'string':
    case 'number':
      json = { type: schema.kind };
      for (const check of schema.checks) addCheck(json, check);
      break;
    case 'literal':
      json = { const: schema.value };
      break;
    case 'picklist':
      json = { enum: [...schema.options], type: 'string' };
      break;
    case 'optional':
      // Optional is the object's business (not `required`); the value is described as it is.
      json = toJson(schema.wrapped);
      break;
    case 'object': {
      const keys = Object.keys(schema.entries);
      json = {
        type: 'object',
        properties: Object.fromEntries(keys.map((key) => [key, toJson(schema.entries[key]!)])),
        required: keys.filter((key) => schema.entries[key]!.kind !== 'optional'),
      };
      break;
    }
    case 'array':
      json = { type: 'array', items: toJson(schema.item) };
      break;
    case 'record':
      json = { type: 'object', propertyNames: toJson(schema.key), additionalProperties: toJson(schema.value) };
      break;
    case 'union':
      json = { anyOf: schema.options.map(toJson) };
      break;
  }
  if (schema.title !== undefined) json['title'] = schema.title;
  if (schema.description !== undefined) json['description'] = schema.description;
  return json;
}

/** The published JSON Schema (`dist/feed.schema.json`), generated from the description in schema.ts. */
export function feedJsonSchema(): Record<string, unknown> {
  return {
    ...toJson(Feed),
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://minderhedenforum.be/netwerk-widgets/feed.schema.json',
  };
}
