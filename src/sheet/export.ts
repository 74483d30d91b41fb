/**
 * A feed back to a sheet that `build` reads again to the same actors: Dutch headers, the network
 * first, federations before their associations, one row per actor; links on a sheet (XLSX) or in
 * a file of their own (CSV). Cells that a spreadsheet would run as a formula get an apostrophe
 * first in CSV (OWASP "CSV injection"); XLSX cells are written as text, which a spreadsheet never
 * runs. `build` takes the apostrophe off again.
 */
import Papa from 'papaparse';
import { ANY_LANGUAGE } from '../feed/text.js';
import type { Actor, Network } from '../feed/types.js';
import { ACTOR_COLUMNS, LINK_COLUMNS, type ActorField } from './columns.js';
import { neutralise } from './cells.js';
import type { Lookups } from './lookups.js';
import { writeXlsx } from './xlsx.js';

/** The columns `export` writes, in this order, under their Dutch header. */
export const EXPORT_FIELDS: readonly ActorField[] = [
  'id',
  'type',
  'name',
  'shortName',
  'federation',
  'memberOf',
  'postcode',
  'place',
  'municipality',
  'province',
  'website',
  'email',
  'phone',
  'description',
  'descriptionFr',
  'descriptionEn',
  'themes',
  'since',
  'logo',
  'facebook',
  'instagram',
  'linkedin',
  'x',
  'lat',
  'lon',
];

export interface SheetData {
  readonly actors: string[][];
  readonly links: string[][];
}

const TYPE_ORDER = ['network', 'federation', 'association'];

function description(actor: Actor, lang: 'nl' | 'fr' | 'en'): string {
  const text = actor.description;
  if (!text) return '';
  if (lang === 'nl') return text.get('nl') ?? text.get(ANY_LANGUAGE) ?? '';
  return text.get(lang) ?? '';
}

/** A network as rows of text (header first), ready for CSV or XLSX. */
export function toSheet(network: Network, lookups: Lookups): SheetData {
  const hub = network.hub;
  const federationIds = new Set(network.actors.filter((a) => a.type === 'federation').map((a) => a.id));
  const order = (a: Actor): number => {
    const at = TYPE_ORDER.indexOf(a.type);
    return at < 0 ? TYPE_ORDER.length : at;
  };
  const actors = network.actors
    .filter((actor) => actor.pointer !== '/network')
    .map((actor, index) => ({ actor, index }))
    .sort((a, b) => order(a.actor) - order(b.actor) || a.index - b.index)
    .map(({ actor }) => actor);
  const value = (actor: Actor, field: ActorField): string => {
    const location = actor.location ?? {};
    const federation = actor.memberOf.find((id) => federationIds.has(id));
    switch (field) {
      case 'id':
        return actor.id;
      case 'type':
        return lookups.typeName(actor.type);
      case 'name':
        return actor.name;
      case 'shortName':
        return actor.shortName ?? '';
      case 'federation':
        return federation ?? '';
      case 'memberOf':
        // The network is implied for anyone without a federation; a federation is its own column.
        return actor.memberOf
          .filter((id) => id !== federation && !(id === hub?.id && !federation && actor.memberOf.length === 1))
          .join('; ');
      case 'description':
        return description(actor, 'nl');
      case 'descriptionFr':
        return description(actor, 'fr');
      case 'descriptionEn':
        return description(actor, 'en');
      case 'themes':
        return actor.themes.join('; ');
      case 'since':
        return actor.since === undefined ? '' : String(actor.since);
      case 'facebook':
      case 'instagram':
      case 'linkedin':
      case 'x':
        return actor.social.find((s) => s.network === field)?.url ?? '';
      case 'postcode':
      case 'place':
      case 'municipality':
      case 'province':
      case 'lat':
      case 'lon': {
        const v = location[field];
        return v === undefined ? '' : String(v);
      }
      case 'website':
      case 'email':
      case 'phone':
      case 'logo':
        return actor[field] ?? '';
    }
  };
  const header = EXPORT_FIELDS.map((field) => ACTOR_COLUMNS[field][0]);
  const rows = actors.map((actor) => EXPORT_FIELDS.map((field) => value(actor, field)));
  const links = [
    [LINK_COLUMNS.source[0], LINK_COLUMNS.target[0], LINK_COLUMNS.kind[0]],
    ...network.links.map((link) => [link.source, link.target, link.kind ?? '']),
  ];
  return { actors: [header, ...rows], links };
}

/**
 * CSV as Excel in Belgium opens it: UTF-8 with BOM, semicolons, CRLF; a cell that would run as a
 * formula gets its apostrophe (an XLSX cell is typed as text and never runs).
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const safe = rows.map((row) => row.map(neutralise));
  return `\uFEFF${Papa.unparse(safe, { delimiter: ';', newline: '\r\n', quotes: false })}\r\n`;
}

/** An XLSX workbook: the actors' sheet, and the links' when there are any. */
export function toXlsx(sheet: SheetData): Uint8Array {
  return writeXlsx([
    { name: 'actoren', rows: sheet.actors },
    ...(sheet.links.length > 1 ? [{ name: 'verbanden', rows: sheet.links }] : []),
  ]);
}
