/**
 * `mf-feed validate|stats|fix|build|export`: the browser's own feed code, run in Node, for the
 * people who publish the feed.
 *
 * Exit codes: 0 valid (warnings allowed), 1 the feed has errors or cannot be read, 2 wrong usage.
 */
import { readFile } from 'node:fs/promises';
import { FeedFormatError, normaliseFeed, parseFeedText } from '../feed/normalise.js';
import { toFeed } from '../feed/serialise.js';
import { applyPlaces } from '../feed/apply-places.js';
import type { Network } from '../feed/types.js';
import { BUILD_USAGE, runBuild } from './build-command.js';
import { EXPORT_USAGE, runExport } from './export-command.js';
import type { Io } from './io.js';

const USAGE = `Usage:
${BUILD_USAGE}
${EXPORT_USAGE}
  mf-feed validate <file-or-url> [--json]   print every problem with its JSON pointer
  mf-feed stats <file-or-url> [--json]      print the number of actors per type and province
  mf-feed fix <file-or-url>                 print the feed as the widgets read it (broken actors
                                            skipped, bad values dropped); problems go to stderr

Exit codes: 0 valid (warnings allowed), 1 errors or unreadable, 2 wrong usage.
build: 0 written, no errors; 1 written, with rows left out or values dropped; 2 nothing written.`;

async function readSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(15_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    return response.text();
  }
  return readFile(source, 'utf8');
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text + ' '.repeat(width - text.length);
}

function statsReport(network: Network): Record<string, unknown> {
  const noProvince = network.actors.filter((a) => a.type !== 'network' && !a.location?.province).length;
  return {
    actors: network.actors.length,
    updated: network.updated?.toISOString(),
    types: Object.fromEntries(network.countsByType),
    provinces: { ...Object.fromEntries(network.countsByProvince), '(none)': noProvince },
    stats: Object.fromEntries(network.stats),
    links: network.links.length,
  };
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const sub =
    argv[0] === 'build'
      ? runBuild
      : argv[0] === 'export'
        ? (args: readonly string[], out: Io) => runExport(args, out, readSource)
        : undefined;
  if (sub) {
    const code = await sub(argv.slice(1), io);
    if (code === -1) io.err(USAGE);
    return code === -1 ? 2 : code;
  }
  const json = argv.includes('--json');
  const [command, source, ...rest] = argv.filter((arg) => arg !== '--json');
  if (!['validate', 'stats', 'fix'].includes(command ?? '') || !source || rest.length > 0) {
    io.err(USAGE);
    return 2;
  }

  let network: Network;
  try {
    const text = await readSource(source);
    network = applyPlaces(normaliseFeed(parseFeedText(text), { reportUnknownFields: command === 'validate' }));
  } catch (error) {
    const reason = error instanceof FeedFormatError ? error.reason : 'read';
    const where = error instanceof FeedFormatError && error.pointer ? `${error.pointer}: ` : '';
    const message = error instanceof Error ? error.message : String(error);
    if (json) io.out(JSON.stringify({ source, valid: false, fatal: { reason, message } }));
    else io.err(`${source}: ${reason} error: ${where}${message}`);
    return 1;
  }

  const errors = network.issues.filter((issue) => issue.severity === 'error');
  const warnings = network.issues.filter((issue) => issue.severity === 'warning');

  if (command === 'fix') {
    for (const issue of network.issues) io.err(`${pad(issue.severity, 8)} ${issue.pointer}: ${issue.message}`);
    io.out(JSON.stringify(toFeed(network), null, 2));
    return 0;
  }

  if (command === 'stats') {
    const report = statsReport(network);
    if (json) io.out(JSON.stringify({ source, ...report }));
    else {
      io.out(
        `${source}: ${network.actors.length} actors, ${network.links.length} links${network.updated ? `, updated ${network.updated.toISOString()}` : ''}`,
      );
      io.out('');
      io.out(pad('type', 16) + 'actors');
      for (const [type, count] of network.countsByType) io.out(pad(type, 16) + String(count).padStart(6));
      io.out('');
      io.out(pad('province', 16) + 'actors');
      for (const [province, count] of Object.entries(report['provinces'] as Record<string, number>)) {
        io.out(pad(province, 16) + String(count).padStart(6));
      }
      if (network.stats.size > 0) {
        io.out('');
        io.out(pad('stats (feed)', 16) + 'value');
        for (const [metric, value] of network.stats) io.out(pad(metric, 16) + String(value).padStart(6));
      }
      if (network.issues.length > 0)
        io.out(`\n${errors.length} errors, ${warnings.length} warnings: run mf-feed validate ${source}`);
    }
    return errors.length > 0 ? 1 : 0;
  }

  if (json) {
    io.out(
      JSON.stringify({ source, valid: errors.length === 0, actors: network.actors.length, issues: network.issues }),
    );
  } else {
    for (const issue of network.issues) io.out(`${pad(issue.severity, 8)} ${issue.pointer}: ${issue.message}`);
    const verdict = errors.length === 0 ? 'valid' : 'INVALID';
    io.out(
      `${network.issues.length ? '\n' : ''}${source}: ${verdict}: ${network.actors.length} actors read, ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`,
    );
  }
  return errors.length > 0 ? 1 : 0;
}
