/**
 * What a new feed changes against the one published before: actors added, removed (a warning: a
 * partner page may link to that id) and changed, compared as the widgets read them.
 */
import { normaliseFeed } from '../feed/normalise.js';
import { toFeed } from '../feed/serialise.js';

export interface Changes {
  readonly added: readonly string[];
  readonly removed: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly changed: readonly string[];
}

/** JSON with sorted keys, so that two equal actors compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

function actorsOf(feed: unknown): Map<string, Record<string, unknown>> {
  let actors: unknown[] = [];
  try {
    actors = toFeed(normaliseFeed(feed))['actors'] as unknown[];
  } catch {
    // A previous feed that cannot be read compares as empty.
  }
  // A description in no language reads as the Dutch one (a sheet's "beschrijving"): the same text for every reader.
  const same = (actor: Record<string, unknown>): Record<string, unknown> =>
    typeof actor['description'] === 'string' ? { ...actor, description: { nl: actor['description'] } } : actor;
  return new Map((actors as Array<Record<string, unknown>>).map((actor) => [actor['id'] as string, same(actor)]));
}

export function compareFeeds(previous: unknown, next: unknown): Changes {
  const before = actorsOf(previous);
  const after = actorsOf(next);
  const added = [...after.keys()].filter((id) => !before.has(id));
  const removed = [...before.entries()]
    .filter(([id]) => !after.has(id))
    .map(([id, actor]) => ({ id, name: String(actor['name']) }));
  const changed = [...after.entries()]
    .filter(([id, actor]) => before.has(id) && canonical(before.get(id)) !== canonical(actor))
    .map(([id]) => id);
  return { added, removed, changed };
}
