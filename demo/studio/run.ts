/**
 * The builder as the studio runs it: bytes in, plain data out (what a worker can post: no Maps,
 * no class instances). The same function runs in the worker and, when no worker starts, in the
 * page.
 */
import type { Lang } from '../../src/i18n/locale.js';
import { loadCatalog } from '../../src/i18n/locale.js';
import { typeLabel } from '../../src/i18n/labels.js';
import { provinceLabel } from '../../src/i18n/province-label.js';
import { buildFeed, type BuildReport } from '../../src/sheet/build.js';
import { message } from '../../src/sheet/messages.js';
import { SheetRefusal, readWorkbook } from '../../src/sheet/read.js';

export interface SheetFile {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

export interface BuildRequest {
  /** Answers carry it back: an answer to an older request is dropped. */
  readonly id: number;
  readonly lang: Lang;
  readonly sheet: SheetFile;
  readonly links?: SheetFile;
}

export interface Count {
  readonly id: string;
  readonly label: string;
  readonly count: number;
}

export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Actors per type (the network itself left out), in the request's language. */
  readonly byType: readonly Count[];
  readonly byProvince: readonly Count[];
}

export type Outcome =
  | {
      readonly id: number;
      readonly ok: true;
      readonly feed: Record<string, unknown>;
      readonly stats: Record<string, unknown>;
      readonly report: BuildReport;
      readonly summary: Summary;
    }
  | {
      readonly id: number;
      readonly ok: false;
      /** Which file was refused. */
      readonly file: 'sheet' | 'links';
      /** The builder's one line, in the request's language; absent for an unexpected error. */
      readonly refusal?: string;
      readonly detail?: string;
    };

export async function run(request: BuildRequest): Promise<Outcome> {
  const { id, lang } = request;
  let file: 'sheet' | 'links' = 'sheet';
  try {
    const workbook = await readWorkbook(new Uint8Array(request.sheet.bytes), request.sheet.name);
    file = 'links';
    const links = request.links
      ? await readWorkbook(new Uint8Array(request.links.bytes), request.links.name)
      : undefined;
    file = 'sheet';
    const { feed, stats, report, network } = await buildFeed(workbook, { lang, ...(links ? { links } : {}) });
    await loadCatalog(lang);
    const count = (severity: string): number => report.problems.filter((p) => p.severity === severity).length;
    const byType = [...network.countsByType]
      .filter(([type, n]) => type !== 'network' && n > 0)
      .map(([type, n]) => ({ id: type, label: typeLabel(network.types.get(type) ?? type, lang, n), count: n }));
    const byProvince = [...network.countsByProvince]
      .filter(([, n]) => n > 0)
      .map(([province, n]) => ({ id: province, label: provinceLabel(province, lang), count: n }));
    return {
      id,
      ok: true,
      feed,
      stats,
      report,
      summary: { errors: count('error'), warnings: count('warning'), infos: count('info'), byType, byProvince },
    };
  } catch (error) {
    if (error instanceof SheetRefusal)
      return { id, ok: false, file, refusal: message(error.code, { detail: error.detail, found: error.detail }, lang) };
    return { id, ok: false, file, detail: error instanceof Error ? error.message : String(error) };
  }
}
