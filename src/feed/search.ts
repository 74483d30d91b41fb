import type { Actor, Network } from './types.js';

/** Lower case without accents, so "associacao" finds "Associação" and "sahin" finds "Şahin". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[øœæ]/g, (c) => ({ ø: 'o', œ: 'oe', æ: 'ae' })[c] ?? c);
}

export interface Entry {
  readonly actor: Actor;
  readonly name: string;
  readonly short: string;
  /** Name and short name together, what a search word is looked for in. */
  readonly hay: string;
}

const indexes = new WeakMap<Network, Entry[]>();

/** Every actor with its folded name, made once per network. */
export function searchIndex(network: Network): readonly Entry[] {
  let index = indexes.get(network);
  if (!index) {
    index = network.actors.map((actor) => {
      const name = fold(actor.name);
      const short = fold(actor.shortName ?? '');
      return { actor, name, short, hay: `${name} ${short}` };
    });
    indexes.set(network, index);
  }
  return index;
}

/**
 * Actors whose name (or short name) contains every word of the query, accent- and
 * case-insensitively; names that start with the query first, then words that do, then the rest.
 */
export function searchActors(
  network: Network,
  query: string,
  limit = 8,
  accept: (actor: Actor) => boolean = () => true,
): Actor[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const whole = words.join(' ');
  const scored: Array<[number, Entry]> = [];
  for (const entry of searchIndex(network)) {
    const hay = entry.hay;
    if (!words.every((word) => hay.includes(word)) || !accept(entry.actor)) continue;
    const score =
      entry.name.startsWith(whole) || entry.short.startsWith(whole) ? 0 : hay.includes(` ${words[0]}`) ? 1 : 2;
    scored.push([score, entry]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].name.length - b[1].name.length || (a[1].name < b[1].name ? -1 : 1));
  return scored.slice(0, limit).map(([, entry]) => entry.actor);
}

/** Whether an index entry matches every word of a folded query. */
export function matches(entry: Entry, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const hay = entry.hay;
  for (const word of words) if (!hay.includes(word)) return false;
  return true;
}

export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}
