/**
 * One cell's value as the feed wants it, or why not. Pure: the builder says where.
 */
import type { MessageCode } from './messages.js';
import type { Cell } from './read.js';

export interface CellProblem {
  readonly code: MessageCode;
  readonly severity: 'error' | 'warning';
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Read<T> = { value?: T; problems: CellProblem[] };

/** What `export` puts before a cell that a spreadsheet would run as a formula (OWASP). */
export const FORMULA_GUARD = "'";
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? FORMULA_GUARD + text : text;
}

/** Longest text kept in one cell: descriptions get more room than names. */
export const MAX_TEXT = 1_000;
export const MAX_DESCRIPTION = 20_000;

/** A cell as text: trimmed, numbers as written ("2140", not "2140.0"), empty as undefined. */
export function cellText(cell: Cell | undefined): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  let text: string;
  if (cell instanceof Date) text = Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  else if (typeof cell === 'number') text = Number.isFinite(cell) ? String(cell) : '';
  else text = String(cell);
  // The apostrophe that `export` (or the staff) put before a formula-like cell is not part of it.
  if (text.startsWith(FORMULA_GUARD) && FORMULA_START.test(text.slice(1))) text = text.slice(1);
  text = text.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/**
 * Plain text, with warnings for markup and formulas (shown as text by the widgets, but look). A
 * formula is worth a warning in CSV only: an XLSX text cell never runs ("@handle" is a name there).
 */
export function readText(cell: Cell | undefined, max = MAX_TEXT, checkFormula = true): Read<string> {
  const raw = cell === null || cell === undefined ? undefined : String(cell);
  if (raw !== undefined && raw.length > max) {
    return { problems: [{ code: 'too-long', severity: 'error', params: { length: raw.length, max } }] };
  }
  const value = cellText(cell);
  if (value === undefined) return { problems: [] };
  const problems: CellProblem[] = [];
  const unguarded = typeof cell === 'string' && !cell.trimStart().startsWith(FORMULA_GUARD);
  if (checkFormula && unguarded && /^[=@]|^[+-][\p{L}(]/u.test(value))
    problems.push({ code: 'formula', severity: 'warning' });
  if (/<\/?[a-z!][^>]*>/i.test(value)) problems.push({ code: 'markup', severity: 'warning' });
  return { value, problems };
}

/** A description keeps its line breaks (paragraphs), only trimmed. */
export function readDescription(cell: Cell | undefined, checkFormula = true): Read<string> {
  const result = readText(cell, MAX_DESCRIPTION, checkFormula);
  if (result.value === undefined) return result;
  const kept = String(cell)
    .replace(/\r\n?/g, '\n')
    .replace(/^'(?=[=+\-@])/, '')
    .trim();
  return { value: kept, problems: result.problems };
}

/** An http(s) address; "www.vzw.be" gets its https:// (and a note), anything else is dropped. */
export function readUrl(cell: Cell | undefined): Read<string> {
  const text = readText(cell);
  if (text.value === undefined) return text;
  let value = text.value;
  const problems = text.problems.filter((p) => p.code !== 'formula');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value) && /^(www\.)?[\p{L}0-9-]+(\.[\p{L}0-9-]+)+([/?#].*)?$/u.test(value)) {
    value = `https://${value}`;
    problems.push({ code: 'url-completed', severity: 'warning', params: { url: value } });
  }
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password && url.hostname) {
      return { value: url.href === `${value}/` ? value : url.href, problems };
    }
  } catch {
    // Not a URL at all: reported below.
  }
  return { problems: [{ code: 'url-invalid', severity: 'error', params: { value: text.value } }] };
}

export function readEmail(cell: Cell | undefined): Read<string> {
  const text = readText(cell);
  if (text.value === undefined) return text;
  const value = text.value.replace(/^mailto:/i, '');
  if (/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/.test(value)) return { value, problems: [] };
  return { problems: [{ code: 'email-invalid', severity: 'error', params: { value: text.value } }] };
}

/** A year: 2020, "2020", or a date cell. */
export function readYear(cell: Cell | undefined, now: Date): Read<number> {
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) return { value: cell.getUTCFullYear(), problems: [] };
  const text = cellText(cell);
  if (text === undefined) return { problems: [] };
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (year >= 1800 && year <= now.getUTCFullYear() + 1) return { value: year, problems: [] };
  return { problems: [{ code: 'since-invalid', severity: 'error', params: { value: text } }] };
}

/** Degrees; a comma as decimal mark too ("51,05"). */
export function readDegrees(cell: Cell | undefined, limit: number): Read<number> {
  if (typeof cell === 'number' && Number.isFinite(cell) && Math.abs(cell) <= limit)
    return { value: cell, problems: [] };
  const text = cellText(cell);
  if (text === undefined) return { problems: [] };
  const value = /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
  if (Number.isFinite(value) && Math.abs(value) <= limit) return { value, problems: [] };
  return { problems: [{ code: 'coordinate-invalid', severity: 'error', params: { value: text } }] };
}

/** "onderwijs; werk", "onderwijs, werk" → ["onderwijs", "werk"]. */
export function readList(cell: Cell | undefined, separators = /[;,]/): string[] {
  const text = cellText(cell);
  if (text === undefined) return [];
  return [
    ...new Set(
      text
        .split(separators)
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

/** An id made from a name and postcode: "VZW De Brug", "2140" → "vzw-de-brug-2140". */
export function makeId(name: string, postcode: string | undefined): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const tail = postcode ? `-${postcode}` : '';
  return `${(slug || 'actor').slice(0, 64 - tail.length - 3).replace(/-+$/, '')}${tail}`;
}
