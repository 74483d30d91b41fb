/**
 * `npm run templates`: the sheets the network's staff start from, in templates/:
 * - netwerk.xlsx / netwerk.csv: a filled example from the sample network (the network, its ten
 *   federations, a few associations each and one actor of every other type), written the way the
 *   staff write addresses: a postcode and a postal place ("2140 Borgerhout"), no municipality.
 * - netwerk-leeg.xlsx / netwerk-leeg.csv: the same columns, no rows.
 * The output is committed; a Node test checks that the filled one builds without errors.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normaliseFeed } from '../src/feed/normalise.js';
import { POSTCODES } from '../src/geo/postcodes.js';
import { MUNICIPALITIES } from '../src/geo/municipalities.js';
import { generateSample } from '../src/mocks/sample.js';
import { EXPORT_FIELDS, toCsv, toSheet, toXlsx } from '../src/sheet/export.js';
import { makeLookups } from '../src/sheet/lookups.js';

const dir = fileURLToPath(new URL('../templates/', import.meta.url));
mkdirSync(dir, { recursive: true });

const sample = generateSample();
const perFederation = new Map<string, number>();
const seenTypes = new Set<string>();
const actors = sample.actors.filter((actor) => {
  const type = actor['type'] as string;
  if (type === 'network' || type === 'federation') return true;
  if (type === 'association') {
    const federation = String((actor['memberOf'] as string[] | undefined)?.[0] ?? '');
    const count = perFederation.get(federation) ?? 0;
    perFederation.set(federation, count + 1);
    return count < 4;
  }
  if (seenTypes.has(type)) return false;
  seenTypes.add(type);
  return true;
});
const ids = new Set(actors.map((a) => a['id'] as string));
const feed = { ...sample, actors, links: sample.links.filter((l) => ids.has(l.source) && ids.has(l.target)) };
const sheet = toSheet(normaliseFeed(feed), await makeLookups());

// Addresses as people write them: a postcode and a postal place of the municipality, often a
// sub-municipality; the municipality and province columns left for the builder to fill.
const nisByName = new Map(MUNICIPALITIES.map(([nis, name]) => [name, nis]));
const column = (field: (typeof EXPORT_FIELDS)[number]): number => EXPORT_FIELDS.indexOf(field);
sheet.actors.slice(1).forEach((row, i) => {
  const nis = nisByName.get(row[column('municipality')]!);
  const places = POSTCODES.filter((p) => p[2] === nis);
  if (!nis || places.length === 0 || row[column('type')] === 'netwerk') return;
  const [postcode, place] = places[(i * 7) % places.length]!;
  row[column('postcode')] = postcode;
  row[column('place')] = place;
  row[column('municipality')] = '';
  row[column('province')] = '';
  // Exact coordinates are rare in a member list: most rows go by their address.
  if (i % 3) row[column('lat')] = row[column('lon')] = '';
});

writeFileSync(`${dir}netwerk.xlsx`, toXlsx(sheet));
writeFileSync(`${dir}netwerk.csv`, toCsv(sheet.actors));
writeFileSync(`${dir}netwerk-verbanden.csv`, toCsv(sheet.links));
const empty = { actors: [sheet.actors[0]!], links: [sheet.links[0]!, ['', '', '']] };
writeFileSync(`${dir}netwerk-leeg.xlsx`, toXlsx(empty));
writeFileSync(`${dir}netwerk-leeg.csv`, toCsv(empty.actors));
console.log(`wrote ${sheet.actors.length - 1} actors and ${sheet.links.length - 1} links to templates/`);
