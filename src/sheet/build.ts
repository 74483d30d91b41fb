/**
 * The network's spreadsheet → feed v1, in Node (`mf-feed build`) and in the browser (the feed
 * studio) alike. Every problem names the row and column the spreadsheet shows; a row without a
 * name or a known type is left out, a bad optional value is dropped and the row kept; nothing
 * else is lost. The result goes through the widgets' own feed rules before it is published.
 */
import { ID_PATTERN } from '../feed/ids.js';
import { countMetric } from '../feed/network.js';
import { normaliseFeed } from '../feed/normalise.js';
import { toFeed } from '../feed/serialise.js';
import type { Network } from '../feed/types.js';
import type { Lang } from '../i18n/locale.js';
import { provinceLabel } from '../i18n/province-label.js';
import { ACTOR_COLUMNS, LINK_COLUMNS, columnLetter, headerKey, mapHeaders, type ActorField } from './columns.js';
import { cellText, makeId, readList } from './cells.js';
import { compareFeeds, type Changes } from './diff.js';
import { makeLookups, type ExtraTypes } from './lookups.js';
import { message, type MessageCode } from './messages.js';
import { SheetRefusal, pickTable, type Table, type Workbook } from './read.js';
import { cellAddress, readRow, type Draft, type RowProblem } from './rows.js';

export interface Problem {
  /** The sheet the problem is on, when it is not the actors' sheet (the links). */
  readonly sheet?: string;
  /** The spreadsheet's row number (the header is row 1), or null for the file as a whole. */
  readonly row: number | null;
  /** The column's header as the sheet writes it. */
  readonly column: string | null;
  /** The cell as Excel names it ("D17"). */
  readonly cell?: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: MessageCode;
  readonly message: string;
  /** The row's name, so that a reader finds the row without counting. */
  readonly name?: string;
}

export interface BuildOptions {
  readonly lang?: Lang;
  /** The feed published last time: ids stay, and the report says what changed. */
  readonly previous?: unknown;
  readonly now?: Date;
  /** A links sheet from a separate file, when the workbook has none. */
  readonly links?: Workbook;
}

export interface BuildReport {
  readonly actors: number;
  readonly placed: number;
  /** Rows read that are on no map: no municipality and no province. */
  readonly unplaced: ReadonlyArray<{ readonly row: number; readonly name: string }>;
  readonly problems: readonly Problem[];
  /** Column headers that are never published. */
  readonly unpublished: readonly string[];
  readonly rowsLeftOut: number;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

export interface BuildResult {
  readonly feed: Record<string, unknown>;
  /** The counts-only feed: what a page with only counters needs. */
  readonly stats: Record<string, unknown>;
  readonly network: Network;
  readonly report: BuildReport;
  /** 0: no errors; 1: rows left out or values dropped. (2, nothing written, is a refusal.) */
  readonly exitCode: 0 | 1;
}

/** A province id in a message reads as its name ("Antwerpen", "Flandre-Orientale"). */
function withLabels(params: Readonly<Record<string, string | number>>, lang: Lang): Record<string, string | number> {
  const province = params['province'];
  return typeof province === 'string' ? { ...params, province: provinceLabel(province, lang) } : { ...params };
}

const DEFAULT_NETWORK = { id: 'minderhedenforum', name: 'Minderhedenforum', url: 'https://www.minderhedenforum.be' };

function hasData(table: Table, index: number): boolean {
  return table.rows.some((row, i) => i > 0 && row[index] !== null && row[index] !== undefined && row[index] !== '');
}

/** The previous feed's custom types, so that a sheet may keep using them. */
function extraTypes(previous: unknown): ExtraTypes {
  const types = (previous as { types?: unknown } | undefined)?.types;
  if (!Array.isArray(types)) return [];
  return types.flatMap((t: unknown) => {
    const { id, label } = (t ?? {}) as { id?: unknown; label?: unknown };
    if (typeof id !== 'string') return [];
    const labels =
      typeof label === 'string'
        ? [label]
        : label && typeof label === 'object'
          ? Object.values(label).filter((l): l is string => typeof l === 'string')
          : [];
    return [{ id, labels }];
  });
}

export async function buildFeed(workbook: Workbook, options: BuildOptions = {}): Promise<BuildResult> {
  const lang = options.lang ?? 'nl';
  const now = options.now ?? new Date();
  const table = pickTable(workbook, ['actoren', 'actors'], true);
  if (!table || table.rows.length === 0) throw new SheetRefusal('empty');
  const headers = mapHeaders(table.rows[0]!, ACTOR_COLUMNS, (i) => hasData(table, i));
  if (!headers.fields.has('name')) {
    throw new SheetRefusal('no-name-column', headers.names.filter(Boolean).slice(0, 12).join(', ') || '—');
  }
  const previous = options.previous;
  const lookups = await makeLookups(extraTypes(previous));

  const problems: Problem[] = [];
  const column = (field: ActorField | null): string | null => {
    const index = field === null ? undefined : headers.fields.get(field);
    return index === undefined ? null : headers.names[index]!;
  };
  const names = new Map<number, string>();
  const say = (p: RowProblem): void => {
    const cell = cellAddress(headers, p.field, p.row);
    const name = names.get(p.row);
    problems.push({
      row: p.row,
      column: column(p.field),
      ...(cell ? { cell } : {}),
      severity: p.severity,
      code: p.code,
      message: message(p.code, withLabels(p.params ?? {}, lang), lang),
      ...(name ? { name } : {}),
    });
  };
  const sheetWide = (
    code: MessageCode,
    severity: Problem['severity'],
    columnName: string | null,
    params = {},
  ): void => {
    problems.push({
      row: columnName === null ? null : 1,
      column: columnName,
      severity,
      code,
      message: message(code, params, lang),
    });
  };
  if (workbook.encoding) sheetWide('encoding-1252', 'warning', null);
  for (const { header } of headers.unpublished) sheetWide('column-unpublished', 'info', header);
  for (const { header } of headers.duplicates) sheetWide('column-duplicate', 'warning', header);
  if (!headers.fields.has('type')) sheetWide('no-type-column', 'warning', null);

  // 1. Rows, each on its own.
  const context = {
    headers,
    lookups,
    now,
    format: workbook.format,
    ...(headers.fields.has('type') ? {} : { defaultType: 'association' }),
  };
  const drafts: Draft[] = [];
  const rowProblems: RowProblem[] = [];
  let rowsLeftOut = 0;
  table.rows.forEach((cells, index) => {
    if (index === 0 || cells.every((c) => c === null || c === undefined || cellText(c) === undefined)) return;
    const row = index + 1;
    const name = cellText(cells[headers.fields.get('name')!]);
    if (name) names.set(row, name);
    const draft = readRow(cells, row, context, rowProblems);
    if (draft) drafts.push(draft);
    else rowsLeftOut++;
  });

  // 2. Ids: the given ones first (a bad one is replaced), then made from name and postcode.
  const ids = new Map<Draft, string>();
  const firstRow = new Map<string, number>();
  const kept: Draft[] = [];
  for (const draft of drafts) {
    if (draft.givenId === undefined || !ID_PATTERN.test(draft.givenId)) continue;
    const first = firstRow.get(draft.givenId);
    if (first !== undefined) {
      rowProblems.push({
        row: draft.row,
        field: 'id',
        severity: 'error',
        code: 'id-duplicate',
        params: { value: draft.givenId, first },
      });
      rowsLeftOut++;
      ids.set(draft, '');
      continue;
    }
    firstRow.set(draft.givenId, draft.row);
    ids.set(draft, draft.givenId);
  }
  // The network's id is no one else's: an actor called "@minderhedenforum" must not become it.
  const networkRow = drafts.find((d) => d.type === 'network' && ids.get(d) !== '');
  const networkId =
    (networkRow && ids.get(networkRow)) ||
    ((previous as { network?: { id?: unknown } } | undefined)?.network?.id as string | undefined) ||
    DEFAULT_NETWORK.id;
  const reserved = !firstRow.has(networkId);
  if (reserved) firstRow.set(networkId, 0);
  for (const draft of drafts) {
    if (ids.get(draft) === '') continue;
    if (!ids.has(draft)) {
      const base = draft === networkRow && reserved ? networkId : makeId(draft.name, draft.postcode);
      if (draft === networkRow && reserved) firstRow.delete(networkId);
      let id = base;
      for (let n = 2; firstRow.has(id); n++) id = `${base.slice(0, 60)}-${n}`;
      firstRow.set(id, draft.row);
      ids.set(draft, id);
      if (draft.givenId !== undefined) {
        rowProblems.push({
          row: draft.row,
          field: 'id',
          severity: 'error',
          code: 'id-invalid',
          params: { value: draft.givenId, id },
        });
      }
    }
    kept.push(draft);
  }

  // 3. The network, and who belongs to whom.
  const hubDraft = kept.find((d) => d.type === 'network');
  const hubId = hubDraft ? ids.get(hubDraft)! : networkId;
  const byKey = new Map<string, Draft[]>();
  const index = (key: string, draft: Draft): void => {
    const list = byKey.get(key);
    if (list) {
      if (!list.includes(draft)) list.push(draft);
    } else byKey.set(key, [draft]);
  };
  for (const draft of kept) {
    index(`id:${ids.get(draft)}`, draft);
    index(`name:${headerKey(draft.name)}`, draft);
    const short = draft.fields['shortName'];
    if (typeof short === 'string') index(`name:${headerKey(short)}`, draft);
  }
  const find = (value: string): Draft | undefined =>
    byKey.get(`id:${value}`)?.[0] ??
    byKey.get(`name:${headerKey(value)}`)?.find((d) => d.type === 'federation') ??
    byKey.get(`name:${headerKey(value)}`)?.[0];

  const actors: Array<Record<string, unknown>> = [];
  for (const draft of kept) {
    const id = ids.get(draft)!;
    const memberOf: string[] = [];
    if (draft.federation !== undefined) {
      const federation = find(draft.federation);
      if (!federation)
        rowProblems.push({
          row: draft.row,
          field: 'federation',
          severity: 'error',
          code: 'federation-unknown',
          params: { value: draft.federation },
        });
      else if (federation === draft)
        rowProblems.push({ row: draft.row, field: 'federation', severity: 'error', code: 'federation-self' });
      else if (federation.type !== 'federation')
        rowProblems.push({
          row: draft.row,
          field: 'federation',
          severity: 'error',
          code: 'federation-not-federation',
          params: { value: draft.federation, type: lookups.typeName(federation.type) },
        });
      else memberOf.push(ids.get(federation)!);
    }
    for (const value of draft.memberOf) {
      const other = value === hubId || headerKey(value) === 'network' ? undefined : find(value);
      if (value === hubId || headerKey(value) === 'network' || headerKey(value) === 'netwerk') memberOf.push(hubId);
      else if (!other)
        rowProblems.push({
          row: draft.row,
          field: 'memberOf',
          severity: 'error',
          code: 'member-unknown',
          params: { value },
        });
      else if (other === draft)
        rowProblems.push({ row: draft.row, field: 'memberOf', severity: 'error', code: 'member-self' });
      else memberOf.push(ids.get(other)!);
    }
    if (memberOf.length === 0 && draft.type !== 'network') memberOf.push(hubId);
    actors.push({
      id,
      type: draft.type,
      name: draft.name,
      ...draft.fields,
      ...(draft.location ? { location: draft.location } : {}),
      memberOf: [...new Set(memberOf)],
    });
  }
  for (const p of rowProblems) say(p);

  // 4. Links, from the workbook's links sheet or a separate file.
  const linkTable =
    pickTable(workbook, ['verbanden', 'links'], false) ??
    (options.links ? pickTable(options.links, ['verbanden', 'links'], true) : undefined);
  const links = linkTable ? readLinks(linkTable, find, ids, problems, lang) : [];

  // 5. Through the widgets' own rules: what they would drop is a problem of its row too.
  const info = hubDraft
    ? {
        id: hubId,
        name: hubDraft.name,
        ...(typeof hubDraft.fields['website'] === 'string' ? { url: hubDraft.fields['website'] } : {}),
      }
    : { ...DEFAULT_NETWORK, ...((previous as { network?: object })?.network ?? {}), id: hubId };
  const previousTypes = (previous as { types?: unknown })?.types;
  const raw = {
    version: 1,
    updated: now.toISOString(),
    network: info,
    ...(Array.isArray(previousTypes) ? { types: previousTypes } : {}),
    actors,
    ...(links.length ? { links } : {}),
  };
  const network = normaliseFeed(raw);
  for (const issue of network.issues) {
    const match = /^\/actors\/(\d+)(?:\/([^/]+))?/.exec(issue.pointer);
    const draft = match ? kept[Number(match[1])] : undefined;
    const field = (match?.[2] && match[2] in ACTOR_COLUMNS ? match[2] : null) as ActorField | null;
    say({
      row: draft?.row ?? 1,
      field,
      severity: issue.severity,
      code: 'feed-rule',
      params: { message: `${issue.pointer}: ${issue.message}` },
    });
  }
  const feed = toFeed(network);

  // 6. Against the previous feed; the counts-only feed.
  const changes: Changes =
    previous === undefined ? { added: [], removed: [], changed: [] } : compareFeeds(previous, feed);
  for (const { id, name } of changes.removed) sheetWide('removed', 'warning', null, { id, name });
  const metrics = ['associations', 'federations', 'actors', ...network.types.keys()];
  const stats = {
    version: 1,
    updated: feed['updated'],
    network: feed['network'],
    actors: [],
    stats: Object.fromEntries(metrics.map((metric) => [metric, countMetric(network, metric)])),
  };

  const real = network.actors.filter((a) => a.type !== 'network' && a.pointer !== '/network');
  const unplaced = real
    .filter((a) => !a.location?.municipality && !a.location?.province)
    .map((a) => ({ row: kept[Number(a.pointer.split('/')[2])]?.row ?? 0, name: a.name }));
  const sorted = problems.sort((a, b) => (a.sheet ? 1 : 0) - (b.sheet ? 1 : 0) || (a.row ?? 0) - (b.row ?? 0));
  return {
    feed,
    stats,
    network,
    exitCode: sorted.some((p) => p.severity === 'error') ? 1 : 0,
    report: {
      actors: real.length,
      placed: real.length - unplaced.length,
      unplaced,
      problems: sorted,
      unpublished: headers.unpublished.map((u) => u.header),
      rowsLeftOut,
      added: changes.added,
      removed: changes.removed.map((r) => r.id),
      changed: changes.changed,
    },
  };
}

function readLinks(
  table: Table,
  find: (value: string) => Draft | undefined,
  ids: ReadonlyMap<Draft, string>,
  problems: Problem[],
  lang: Lang,
): Array<Record<string, string>> {
  const headers = mapHeaders(table.rows[0] ?? [], LINK_COLUMNS, () => true);
  const say = (row: number | null, columnName: string | null, code: MessageCode, params = {}, index?: number): void => {
    problems.push({
      sheet: table.name,
      row,
      column: columnName,
      ...(row !== null && index !== undefined ? { cell: `${columnLetter(index)}${row}` } : {}),
      severity: code === 'no-link-columns' ? 'error' : 'warning',
      code,
      message: message(code, params, lang),
    });
  };
  const source = headers.fields.get('source');
  const target = headers.fields.get('target');
  if (source === undefined || target === undefined) {
    say(null, null, 'no-link-columns');
    return [];
  }
  const kind = headers.fields.get('kind');
  const links: Array<Record<string, string>> = [];
  table.rows.forEach((cells, i) => {
    if (i === 0) return;
    const row = i + 1;
    const ends: string[] = [];
    for (const index of [source, target]) {
      const value = cellText(cells[index]);
      if (value === undefined) return;
      const draft = find(value);
      if (!draft) {
        say(row, headers.names[index]!, 'link-end-unknown', { value }, index);
        return;
      }
      ends.push(ids.get(draft)!);
    }
    if (ends[0] === ends[1]) return say(row, null, 'link-self');
    const kindText = kind === undefined ? undefined : readList(cells[kind], /$^/)[0];
    links.push({ source: ends[0]!, target: ends[1]!, ...(kindText ? { kind: kindText.slice(0, 64) } : {}) });
  });
  return links;
}
