/**
 * One sheet row → a draft actor: every cell read on its own, every problem with the row and column
 * the spreadsheet shows. Relations (federation, member of) are resolved later, across rows.
 */
import type { ProvinceId } from '../feed/ids.js';
import { readPostcode, resolvePlace, type PlaceProblem } from '../geo/places.js';
import { columnLetter, type ActorField, type HeaderMap } from './columns.js';
import {
  cellText,
  readDegrees,
  readDescription,
  readEmail,
  readList,
  readText,
  readUrl,
  readYear,
  type CellProblem,
  type Read,
} from './cells.js';
import type { Lookups } from './lookups.js';
import type { MessageCode } from './messages.js';
import type { Cell } from './read.js';

export interface RowProblem {
  readonly row: number;
  readonly field: ActorField | null;
  readonly severity: 'error' | 'warning';
  readonly code: MessageCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface Draft {
  /** The spreadsheet's row number (the header is row 1). */
  readonly row: number;
  readonly name: string;
  readonly type: string;
  readonly givenId?: string;
  readonly federation?: string;
  readonly memberOf: readonly string[];
  readonly fields: Record<string, unknown>;
  readonly location?: Record<string, string | number>;
  readonly postcode?: string;
}

export interface RowContext {
  readonly headers: HeaderMap<ActorField>;
  readonly lookups: Lookups;
  readonly now: Date;
  readonly format: 'csv' | 'xlsx';
  /** Set when the sheet has no type column: every row is an association. */
  readonly defaultType?: string;
}

/** The cell address of a field on a row, as Excel names it ("D17"). */
export function cellAddress(headers: HeaderMap<ActorField>, field: ActorField | null, row: number): string | undefined {
  const index = field === null ? undefined : headers.fields.get(field);
  return index === undefined ? undefined : `${columnLetter(index)}${row}`;
}

function placeProblem(problem: PlaceProblem, hasPlace: boolean): Omit<RowProblem, 'row'> {
  const nameField: ActorField = hasPlace ? 'place' : 'municipality';
  switch (problem.code) {
    case 'postcode-invalid':
      return { field: 'postcode', severity: 'error', code: 'postcode-invalid', params: { value: problem.postcode } };
    case 'postcode-unknown':
      return { field: 'postcode', severity: 'warning', code: 'postcode-unknown', params: { value: problem.postcode } };
    case 'postcode-ambiguous':
      return {
        field: 'postcode',
        severity: 'warning',
        code: 'postcode-ambiguous',
        params: {
          value: problem.postcode,
          chosen: problem.chosen,
          all: [problem.chosen, ...problem.others].join(', '),
        },
      };
    case 'name-not-in-postcode':
      return { field: nameField, severity: 'warning', code: 'name-not-in-postcode', params: { ...problem } };
    case 'name-unknown':
      return { field: nameField, severity: 'warning', code: 'place-unknown', params: { value: problem.name } };
    case 'name-ambiguous':
      return {
        field: nameField,
        severity: 'warning',
        code: 'place-ambiguous',
        params: { value: problem.name, candidates: problem.candidates.join(', ') },
      };
    case 'place-not-in-municipality':
      return { field: 'place', severity: 'warning', code: 'place-not-in-municipality', params: { ...problem } };
  }
}

/** A row of the actors' sheet, or undefined when it is left out (its problems say why). */
export function readRow(
  cells: readonly Cell[],
  row: number,
  context: RowContext,
  problems: RowProblem[],
): Draft | undefined {
  const { headers, lookups } = context;
  const csv = context.format === 'csv';
  const cell = (field: ActorField): Cell | undefined => {
    const index = headers.fields.get(field);
    return index === undefined ? undefined : cells[index];
  };
  const report = (field: ActorField | null, found: readonly CellProblem[]): void => {
    for (const p of found)
      problems.push({ row, field, severity: p.severity, code: p.code, ...(p.params ? { params: p.params } : {}) });
  };
  const take = <T>(field: ActorField, read: Read<T>): T | undefined => {
    report(field, read.problems);
    return read.value;
  };

  const name = take('name', readText(cell('name'), undefined, csv));
  if (name === undefined) {
    if (!problems.some((p) => p.row === row && p.field === 'name'))
      problems.push({ row, field: 'name', severity: 'error', code: 'name-missing' });
    return undefined;
  }
  const typeText = cellText(cell('type'));
  const hasFederation = cellText(cell('federation')) !== undefined;
  const type =
    typeText !== undefined
      ? lookups.type(typeText)
      : (context.defaultType ?? (hasFederation ? 'association' : undefined));
  if (type === undefined) {
    problems.push(
      typeText === undefined
        ? { row, field: 'type', severity: 'error', code: 'type-missing' }
        : { row, field: 'type', severity: 'error', code: 'type-unknown', params: { value: typeText } },
    );
    return undefined;
  }

  const fields: Record<string, unknown> = {};
  const set = (key: string, value: unknown): void => {
    if (value !== undefined) fields[key] = value;
  };
  set('shortName', take('shortName', readText(cell('shortName'), undefined, csv)));
  const descriptions = {
    nl: take('description', readDescription(cell('description'), csv)),
    fr: take('descriptionFr', readDescription(cell('descriptionFr'), csv)),
    en: take('descriptionEn', readDescription(cell('descriptionEn'), csv)),
  };
  const languages = Object.entries(descriptions).filter(([, text]) => text !== undefined);
  // "beschrijving" is Dutch: the feed says so, so that a French page does not show it as French.
  if (languages.length > 0) set('description', Object.fromEntries(languages));
  set('logo', take('logo', readUrl(cell('logo'))));
  set('website', take('website', readUrl(cell('website'))));
  set('email', take('email', readEmail(cell('email'))));
  set('phone', take('phone', readText(cell('phone'), undefined, csv)));
  const social: Record<string, string> = {};
  for (const network of ['facebook', 'instagram', 'linkedin', 'x'] as const) {
    const url = take(network, readUrl(cell(network)));
    if (url !== undefined) social[network] = url;
  }
  if (Object.keys(social).length > 0) fields['social'] = social;
  const themes = readList(cell('themes'));
  if (themes.length > 0) fields['themes'] = themes;
  set('since', take('since', readYear(cell('since'), context.now)));

  // Where: postcode + place/municipality resolved; a province that contradicts them is overruled.
  const postcodeText = cellText(cell('postcode'));
  const placeText = take('place', readText(cell('place'), undefined, csv));
  const municipalityText = take('municipality', readText(cell('municipality'), undefined, csv));
  const provinceText = cellText(cell('province'));
  let province: ProvinceId | undefined;
  if (provinceText !== undefined) {
    province = lookups.province(provinceText);
    if (!province)
      problems.push({
        row,
        field: 'province',
        severity: 'error',
        code: 'province-unknown',
        params: { value: provinceText },
      });
  }
  const location: Record<string, string | number> = {};
  let postcode: string | undefined;
  if (postcodeText !== undefined || placeText !== undefined || municipalityText !== undefined) {
    const { resolved, problems: found } = resolvePlace({
      postcode: postcodeText,
      place: placeText,
      municipality: municipalityText,
    });
    for (const p of found) problems.push({ row, ...placeProblem(p, placeText !== undefined) });
    const validPostcode = postcodeText !== undefined && !found.some((p) => p.code === 'postcode-invalid');
    if (resolved) {
      const { municipality } = resolved;
      if (province && province !== municipality.province) {
        problems.push({
          row,
          field: 'province',
          severity: 'warning',
          code: 'province-contradicts',
          params: { value: provinceText!, place: resolved.place ?? municipality.name, province: municipality.province },
        });
      }
      province = municipality.province;
      if (resolved.place) location['place'] = resolved.place;
      location['municipality'] = municipality.name;
      postcode = validPostcode ? resolved.postcode : undefined;
    } else {
      // Not placed: what the sheet says is still published (a postcode from Wallonia, a place we do not know).
      if (placeText !== undefined) location['place'] = placeText;
      if (municipalityText !== undefined) location['municipality'] = municipalityText;
      postcode = validPostcode ? readPostcode(postcodeText).postcode : undefined;
    }
    if (postcode) location['postcode'] = postcode;
  }
  if (province) location['province'] = province;
  const lat = take('lat', readDegrees(cell('lat'), 90));
  const lon = take('lon', readDegrees(cell('lon'), 180));
  if (lat !== undefined && lon !== undefined) {
    location['lat'] = lat;
    location['lon'] = lon;
  }

  const givenId = cellText(cell('id'));
  const federation = cellText(cell('federation'));
  return {
    row,
    name,
    type,
    ...(givenId !== undefined ? { givenId } : {}),
    ...(federation !== undefined ? { federation } : {}),
    memberOf: readList(cell('memberOf'), /;/),
    fields,
    ...(Object.keys(location).length > 0 ? { location } : {}),
    ...(postcode ? { postcode } : {}),
  };
}
