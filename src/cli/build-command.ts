/**
 * `mf-feed build <actors.csv|actors.xlsx> [--links links.csv] [--previous feed.json] [-o feed.json]
 * [--json] [--lang nl|fr|en]`: the network's spreadsheet → the feed and the counts-only feed.
 *
 * Exit codes: 0 written, no errors; 1 written, with rows left out or values dropped; 2 nothing
 * written (unreadable file, no name column, wrong usage).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Lang } from '../i18n/locale.js';
import { buildFeed, type BuildResult, type Problem } from '../sheet/build.js';
import { message, where } from '../sheet/messages.js';
import { SheetRefusal, readWorkbook } from '../sheet/read.js';
import type { Io } from './io.js';

export const BUILD_USAGE = `  mf-feed build <actors.csv|actors.xlsx> [--links links.csv] [--previous feed.json]
                [-o feed.json] [--json] [--lang nl|fr|en]
                                            make the feed from the network's spreadsheet, and the
                                            counts-only feed next to it (feed.stats.json)`;

interface BuildArgs {
  readonly source: string;
  readonly links?: string;
  readonly previous?: string;
  readonly out: string;
  readonly json: boolean;
  readonly lang: Lang;
}

export function parseBuildArgs(argv: readonly string[]): BuildArgs | undefined {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (['--links', '--previous', '-o', '--out', '--lang'].includes(arg)) {
      const value = argv[++i];
      if (value === undefined) return undefined;
      options[arg === '--out' ? '-o' : arg] = value;
    } else if (arg.startsWith('-')) return undefined;
    else positional.push(arg);
  }
  const lang = (options['--lang'] ?? 'nl') as Lang;
  if (positional.length !== 1 || !['nl', 'fr', 'en'].includes(lang)) return undefined;
  return {
    source: positional[0]!,
    out: options['-o'] ?? 'feed.json',
    json,
    lang,
    ...(options['--links'] ? { links: options['--links'] } : {}),
    ...(options['--previous'] ? { previous: options['--previous'] } : {}),
  };
}

/** `feed.json` → `feed.stats.json`; `netwerk` → `netwerk.stats.json`. */
export function statsPath(out: string): string {
  return /\.json$/i.test(out) ? out.replace(/\.json$/i, '.stats.json') : `${out}.stats.json`;
}

const SEVERITY: Record<Lang, Record<Problem['severity'], string>> = {
  nl: { error: 'fout', warning: 'let op', info: 'info' },
  fr: { error: 'erreur', warning: 'attention', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

function printReport(result: BuildResult, args: BuildArgs, io: Io): void {
  const { report } = result;
  const lang = args.lang;
  for (const p of report.problems) {
    const at = where(p.row, p.column, lang, p.sheet);
    io.err(`${SEVERITY[lang][p.severity].padEnd(8)} ${at ? `${at}: ` : ''}${p.message}${p.name ? ` (${p.name})` : ''}`);
  }
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.filter((p) => p.severity === 'warning').length;
  const lines: Record<Lang, string> = {
    nl: `${args.out}: ${report.actors} actoren, ${report.placed} geplaatst, ${report.rowsLeftOut} rijen weggelaten, ${errors} fouten, ${warnings} waarschuwingen`,
    fr: `${args.out} : ${report.actors} acteurs, ${report.placed} placés, ${report.rowsLeftOut} lignes omises, ${errors} erreurs, ${warnings} avertissements`,
    en: `${args.out}: ${report.actors} actors, ${report.placed} placed, ${report.rowsLeftOut} rows left out, ${errors} errors, ${warnings} warnings`,
  };
  io.out(lines[lang]);
  if (report.unpublished.length > 0) {
    const label = { nl: 'niet gepubliceerd', fr: 'non publié', en: 'not published' }[lang];
    io.out(`${label}: ${report.unpublished.join(', ')}`);
  }
  if (args.previous) {
    const label = {
      nl: ['nieuw', 'weg', 'gewijzigd'],
      fr: ['nouveaux', 'retirés', 'modifiés'],
      en: ['added', 'removed', 'changed'],
    }[lang];
    io.out(
      `${label[0]} ${report.added.length}, ${label[1]} ${report.removed.length}, ${label[2]} ${report.changed.length}`,
    );
  }
  io.out(`${statsPath(args.out)}`);
}

export async function runBuild(argv: readonly string[], io: Io): Promise<number> {
  const args = parseBuildArgs(argv);
  if (!args) return -1;
  const refuse = (text: string): number => {
    if (args.json) io.out(JSON.stringify({ written: false, refusal: text }));
    else io.err(`${args.source}: ${text}`);
    return 2;
  };
  let result: BuildResult;
  try {
    const bytes = new Uint8Array(await readFile(args.source));
    const workbook = await readWorkbook(bytes, basename(args.source));
    const links = args.links
      ? await readWorkbook(new Uint8Array(await readFile(args.links)), basename(args.links))
      : undefined;
    const previous = args.previous ? (JSON.parse(await readFile(args.previous, 'utf8')) as unknown) : undefined;
    result = await buildFeed(workbook, {
      lang: args.lang,
      ...(previous ? { previous } : {}),
      ...(links ? { links } : {}),
    });
  } catch (error) {
    if (error instanceof SheetRefusal)
      return refuse(message(error.code, { detail: error.detail, found: error.detail }, args.lang));
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return refuse({ nl: 'bestand niet gevonden', fr: 'fichier introuvable', en: 'file not found' }[args.lang]);
    return refuse(error instanceof Error ? error.message : String(error));
  }
  await writeFile(args.out, `${JSON.stringify(result.feed, null, 2)}\n`);
  await writeFile(statsPath(args.out), `${JSON.stringify(result.stats, null, 2)}\n`);
  if (args.json) {
    const { report } = result;
    io.out(
      JSON.stringify({
        written: true,
        feed: args.out,
        stats: statsPath(args.out),
        actors: report.actors,
        placed: report.placed,
        unplaced: report.unplaced,
        rowsLeftOut: report.rowsLeftOut,
        unpublished: report.unpublished,
        problems: report.problems.map(({ row, column, cell, sheet, severity, message: text, name }) => ({
          row,
          column,
          severity,
          message: text,
          ...(cell ? { cell } : {}),
          ...(sheet ? { sheet } : {}),
          ...(name ? { name } : {}),
        })),
        added: report.added,
        removed: report.removed,
        changed: report.changed,
      }),
    );
  } else printReport(result, args, io);
  return result.exitCode;
}
