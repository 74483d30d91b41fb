/**
 * The columns a sheet of the network may have, in Dutch or English (SPEC "From a spreadsheet to
 * the feed"). Headers match ignoring case, accents, spaces and punctuation: "E-mail", "e mail"
 * and "EMAIL" are one column. Any other column is never published.
 */

export const ACTOR_COLUMNS = {
  id: ['id'],
  type: ['soort', 'type'],
  name: ['naam', 'name'],
  shortName: ['korte naam', 'short name'],
  federation: ['federatie', 'federation'],
  memberOf: ['lid van', 'member of'],
  postcode: ['postcode', 'postal code'],
  place: ['plaats', 'place'],
  municipality: ['gemeente', 'municipality'],
  province: ['provincie', 'province'],
  website: ['website'],
  email: ['e-mail', 'email'],
  phone: ['telefoon', 'phone'],
  description: ['beschrijving', 'description', 'beschrijving nl', 'description nl'],
  descriptionFr: ['beschrijving fr', 'description fr'],
  descriptionEn: ['beschrijving en', 'description en'],
  themes: ["thema's", 'themes'],
  since: ['sinds', 'since'],
  logo: ['logo'],
  facebook: ['facebook'],
  instagram: ['instagram'],
  linkedin: ['linkedin'],
  x: ['x'],
  // Not in SPEC's list: exact coordinates, so that a feed exported to a sheet builds back the same.
  lat: ['lat', 'breedtegraad', 'latitude'],
  lon: ['lon', 'lengtegraad', 'longitude'],
} as const;

export const LINK_COLUMNS = {
  source: ['bron', 'source'],
  target: ['doel', 'target'],
  kind: ['soort', 'kind'],
} as const;

export type ActorField = keyof typeof ACTOR_COLUMNS;
export type LinkField = keyof typeof LINK_COLUMNS;

/** A header cell as text (a sheet may hold a number or a date there). */
function asText(cell: unknown): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return '';
}

/** "E-mail " → "email", "Thema's" → "themas", "Beschrijving (FR)" → "beschrijvingfr". */
export function headerKey(header: unknown): string {
  return asText(header)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Excel's column letter: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export interface HeaderMap<F extends string> {
  /** Field → column index. */
  readonly fields: ReadonlyMap<F, number>;
  /** Column index → the header as the sheet writes it (or its letter when it has none). */
  readonly names: readonly string[];
  /** Columns that are not published: their header as written (the same header twice counts once). */
  readonly unpublished: ReadonlyArray<{ readonly index: number; readonly header: string }>;
  /** A known header seen a second time: the column that is ignored. */
  readonly duplicates: ReadonlyArray<{ readonly index: number; readonly header: string }>;
}

export function mapHeaders<F extends string>(
  header: readonly unknown[],
  columns: Readonly<Record<F, readonly string[]>>,
  hasData: (index: number) => boolean,
): HeaderMap<F> {
  const byKey = new Map<string, F>();
  for (const field of Object.keys(columns) as F[])
    for (const alias of columns[field]) byKey.set(headerKey(alias), field);
  const fields = new Map<F, number>();
  const names: string[] = [];
  const unpublished: Array<{ index: number; header: string }> = [];
  const duplicates: Array<{ index: number; header: string }> = [];
  const seenUnpublished = new Set<string>();
  header.forEach((cell, index) => {
    const written = asText(cell).trim();
    names[index] = written || columnLetter(index);
    const field = byKey.get(headerKey(written));
    if (field !== undefined) {
      if (fields.has(field)) duplicates.push({ index, header: names[index] });
      else fields.set(field, index);
      return;
    }
    // An empty header over an empty column is no column at all.
    if (!written && !hasData(index)) return;
    const key = headerKey(names[index]) || names[index];
    if (!seenUnpublished.has(key)) {
      seenUnpublished.add(key);
      unpublished.push({ index, header: names[index] });
    }
  });
  return { fields, names, unpublished, duplicates };
}
