/**
 * `table[key]` for a key that comes from outside (a feed, an attribute, the page): only the
 * table's own entries, never what Object.prototype has (`constructor`, `toString`) or what a host
 * page's script added to it.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
