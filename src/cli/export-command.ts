/**
 * `mf-feed export <feed.json|url> -o <file.csv|file.xlsx>`: a feed back to a sheet that `build`
 * reads again to the same actors. For CSV, links go to `<file>-verbanden.csv` next to it.
 *
 * Exit codes: 0 written; 1 the feed cannot be read; 2 wrong usage.
 */
import { writeFile } from 'node:fs/promises';
import { FeedFormatError, normaliseFeed, parseFeedText } from '../feed/normalise.js';
import { toCsv, toSheet, toXlsx } from '../sheet/export.js';
import { makeLookups } from '../sheet/lookups.js';
import type { Io } from './io.js';

export const EXPORT_USAGE = `  mf-feed export <feed.json|url> -o <file.csv|file.xlsx>
                                            write a feed as a sheet that build reads back (links:
                                            a sheet "verbanden", or <file>-verbanden.csv)`;

/** `netwerk.csv` → `netwerk-verbanden.csv`. */
export function linksPath(out: string): string {
  return out.replace(/(\.csv)?$/i, '-verbanden.csv');
}

export async function runExport(
  argv: readonly string[],
  io: Io,
  readSource: (source: string) => Promise<string>,
): Promise<number> {
  const at = argv.findIndex((arg) => arg === '-o' || arg === '--out');
  const out = at >= 0 ? argv[at + 1] : undefined;
  const rest = argv.filter((_, i) => i !== at && i !== at + 1);
  if (!out || rest.length !== 1 || !/\.(csv|xlsx)$/i.test(out)) return -1;
  const source = rest[0]!;
  let text: string;
  try {
    text = await readSource(source);
  } catch (error) {
    io.err(`${source}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    const network = normaliseFeed(parseFeedText(text));
    const sheet = toSheet(network, await makeLookups());
    if (/\.xlsx$/i.test(out)) await writeFile(out, toXlsx(sheet));
    else {
      await writeFile(out, toCsv(sheet.actors));
      if (sheet.links.length > 1) await writeFile(linksPath(out), toCsv(sheet.links));
    }
    const dropped = network.issues.filter((issue) => issue.severity === 'error').length;
    io.out(
      `${out}: ${sheet.actors.length - 1} actors, ${sheet.links.length - 1} links${dropped ? ` (${dropped} problems in the feed: run mf-feed validate)` : ''}`,
    );
    return 0;
  } catch (error) {
    const reason = error instanceof FeedFormatError ? `${error.reason} error: ` : '';
    io.err(`${source}: ${reason}${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
