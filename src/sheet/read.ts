/**
 * A spreadsheet's bytes → tables of cells, in Node and in the browser alike: CSV (comma, semicolon
 * or tab; UTF-8 with or without BOM, or Windows-1252 from old Excel; CRLF or LF) through
 * papaparse, XLSX through read-excel-file. Whatever cannot be read is refused with one line that
 * says what to do, never a stack trace.
 */
import Papa from 'papaparse';
import readXlsx from 'read-excel-file/universal';

export type Cell = string | number | boolean | Date | null;

export interface Table {
  /** The sheet's name; for CSV, the file's. */
  readonly name: string;
  /** Row 0 is the header row (the spreadsheet's row 1). */
  readonly rows: readonly (readonly Cell[])[];
}

export interface Workbook {
  readonly format: 'csv' | 'xlsx';
  readonly tables: readonly Table[];
  /** Set when the text was not UTF-8 and was read as Windows-1252. */
  readonly encoding?: 'windows-1252';
}

export type RefusalCode =
  | 'empty'
  | 'pdf'
  | 'xls'
  | 'not-xlsx'
  | 'too-big'
  | 'zip-bomb'
  | 'unreadable'
  | 'binary'
  | 'no-sheet'
  | 'no-name-column';

/** A file that cannot be read at all: nothing is written (exit 2). */
export class SheetRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'SheetRefusal';
  }
}

/** Larger than this (compressed or not) is no network's sheet: 1,800 rows are under 1 MB. */
export const MAX_BYTES = 64 * 1024 * 1024;
/** What an XLSX may unpack to in all; a zip bomb declares far more. */
export const MAX_UNPACKED = 256 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/**
 * The uncompressed sizes that an XLSX's zip directory declares, summed, without unpacking
 * anything. Refuses an archive that declares more than `MAX_UNPACKED`, or an entry that unpacks
 * more than 1,000 times its packed size.
 */
export function checkZip(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: within the last 64 KB + 22 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new SheetRefusal('not-xlsx', 'no zip directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      throw new SheetRefusal('not-xlsx', 'broken zip directory');
    const packed = view.getUint32(at + 20, true);
    const unpacked = view.getUint32(at + 24, true);
    // ZIP64 marks sizes it holds elsewhere with 0xFFFFFFFF: no sheet of ours needs ZIP64.
    if (unpacked === 0xffffffff || packed === 0xffffffff) throw new SheetRefusal('zip-bomb', 'ZIP64 entry');
    if (unpacked > 1_000 * Math.max(packed, 1) && unpacked > 1_000_000)
      throw new SheetRefusal('zip-bomb', `an entry unpacks ${unpacked} bytes from ${packed}`);
    total += unpacked;
    if (total > MAX_UNPACKED) throw new SheetRefusal('zip-bomb', `more than ${MAX_UNPACKED} bytes unpacked`);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

function decode(bytes: Uint8Array): { text: string; encoding?: 'windows-1252' } {
  const body = startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2)) };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    // Excel's plain "CSV" on Windows: Windows-1252 (é, ë, ç, €).
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}

/**
 * The separator, from the header row: Excel writes ";" where the decimal mark is a comma (Belgium),
 * "," elsewhere; a tab from a copy-paste. (papaparse's own guess missed plain two-line files.)
 */
export function guessDelimiter(text: string): string {
  let header = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted) header += char;
  }
  const count = (c: string): number => header.split(c).length - 1;
  const [best] = [';', ',', '\t'].sort((a, b) => count(b) - count(a));
  return count(best!) > 0 ? best! : ',';
}

function readCsv(bytes: Uint8Array, name: string): Workbook {
  const { text, encoding } = decode(bytes);
  // NUL bytes do not occur in text: this is some other binary file.
  if (text.slice(0, 4096).includes('\u0000')) throw new SheetRefusal('binary');
  const result = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const rows = result.data.map((row) => row.map((cell) => (cell === '' ? null : cell)));
  // A last line break makes one empty row at the end.
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === null)) rows.pop();
  if (rows.length === 0) throw new SheetRefusal('empty');
  return { format: 'csv', tables: [{ name, rows }], ...(encoding ? { encoding } : {}) };
}

async function readWorkbookXlsx(bytes: Uint8Array): Promise<Workbook> {
  checkZip(bytes);
  let sheets: Array<{ sheet: string; data: Cell[][] }>;
  try {
    const copy = bytes.slice().buffer;
    sheets = (await readXlsx(copy)) as Array<{ sheet: string; data: Cell[][] }>;
  } catch (error) {
    throw new SheetRefusal('unreadable', error instanceof Error ? error.message : String(error));
  }
  if (sheets.length === 0) throw new SheetRefusal('no-sheet');
  return { format: 'xlsx', tables: sheets.map(({ sheet, data }) => ({ name: sheet, rows: data })) };
}

/** Reads a CSV or XLSX file; the content decides, the name only breaks a tie. */
export async function readWorkbook(bytes: Uint8Array, fileName: string): Promise<Workbook> {
  if (bytes.length === 0) throw new SheetRefusal('empty');
  if (bytes.length > MAX_BYTES) throw new SheetRefusal('too-big', `${bytes.length} bytes`);
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) throw new SheetRefusal('pdf');
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) throw new SheetRefusal('xls');
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) {
    return readWorkbookXlsx(bytes);
  }
  if (/\.xls[xm]?$/i.test(fileName)) throw new SheetRefusal('not-xlsx');
  return readCsv(bytes, fileName.replace(/^.*[\\/]/, ''));
}

/** The table called one of `names` (ignoring case), else the first when `first` is set. */
export function pickTable(workbook: Workbook, names: readonly string[], first: boolean): Table | undefined {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return (
    workbook.tables.find((t) => wanted.has(t.name.trim().toLowerCase())) ?? (first ? workbook.tables[0] : undefined)
  );
}
