import { toJsonSchema } from '@valibot/to-json-schema';
import { Feed } from './schema.js';

/** The published JSON Schema (`dist/feed.schema.json`), generated from the valibot schema. */
export function feedJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(Feed, { target: 'draft-2020-12', errorMode: 'throw' });
  return {
    ...schema,
    $id: 'https://minderhedenforum.be/netwerk-widgets/feed.schema.json',
  };
}
