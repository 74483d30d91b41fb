/**
 * `npm run bench:peers`, the report: a row per library, layout and feed (medians over the runs), the
 * table printed, and the goals checked against the peers.
 */
import type { Bytes } from './bytes.js';
import { catalogueBytes } from './bytes.js';
import type { FeedFacts } from './data.js';
import { median, type Measurement } from './measure.js';
import {
  LABEL,
  LAYOUT_NAME,
  MODES,
  PAN_BUDGET_MS,
  ZOOM_BUDGET_MS,
  type Library,
  type PeerOptions,
  type Size,
} from './options.js';
import type { Rounds } from './run.js';
import type { LayoutMode } from './types.js';

/** Everything one run of the bench found. */
export interface Results {
  readonly options: PeerOptions;
  readonly bytes: Record<string, Bytes>;
  readonly feeds: Partial<Record<Size, FeedFacts>>;
  readonly rounds: Rounds;
}

export interface Row {
  library: string;
  layout: string;
  mode: LayoutMode;
  feed: Size;
  runs: number;
  status: string;
  gzipKB: number;
  firstFrameMs: number | null;
  longestTaskMs: number | null;
  p95FrameMs: number | null;
  heapMB: number | null;
  /** Frames of the pan and zoom script measured (median); under 180 when a phase ran out of time. */
  framesMeasured: number | null;
  firstFrameRatio: number | null;
  bytesRatio: number;
  note?: string;
}

/** The bundle a library and mode load (sigma's default layout adds ForceAtlas2). */
export function bytesOf(bytes: Record<string, Bytes>, library: Library, mode: LayoutMode): Bytes {
  return bytes[library === 'sigma' && mode === 'default' ? 'sigma+fa2' : library]!;
}

/** A row per library, layout mode and feed size: medians of what the runs measured. */
export function tableRows({ options, bytes, rounds: { runs, skipped } }: Results): Row[] {
  const { libraries, sizes } = options;
  const rows: Row[] = [];
  for (const size of sizes) {
    for (const library of libraries) {
      for (const mode of MODES[library]) {
        const mine = runs.filter((r) => r.library === library && r.mode === mode && r.size === size);
        if (mine.length === 0) continue;
        // A run counts for what it measured: a load that finished counts even if the pan and zoom timed out.
        const loaded = mine.filter((r) => r.load !== undefined);
        const med = (pick: (r: Measurement) => number | undefined): number | null => {
          const values = mine.map(pick).filter((v): v is number => v !== undefined);
          return values.length > 0 ? median(values) : null;
        };
        const failed = mine.filter((r) => r.status !== 'ok');
        const reached = failed.find((r) => r.progress)?.progress;
        rows.push({
          library: LABEL[library],
          layout: LAYOUT_NAME[library][mode]!,
          mode,
          feed: size,
          runs: loaded.length,
          status:
            failed.length === 0
              ? 'ok'
              : failed
                  .map(
                    (r) =>
                      `round ${r.round + 1}: ${r.status} at "${r.step ?? ''}"${r.status === 'error' ? ` (${r.error})` : ''}`,
                  )
                  .join('; ') + (reached ? `; it had reached ${reached}` : ''),
          gzipKB: bytesOf(bytes, library, mode).gzip / 1024,
          firstFrameMs: med((r) => r.load?.firstFrame),
          longestTaskMs: med((r) => r.load?.longestTask),
          p95FrameMs: med((r) => r.p95Frame),
          heapMB: med((r) => r.heapMB),
          framesMeasured: med((r) => (r.frames ? r.frames.pan.length + r.frames.zoom.length : undefined)),
          firstFrameRatio: null,
          bytesRatio: bytesOf(bytes, library, mode).gzip / bytes['ours']!.gzip,
          ...(skipped.has(`${library}/${mode}/${size}`) ? { note: skipped.get(`${library}/${mode}/${size}`) } : {}),
        });
      }
    }
  }
  for (const row of rows) {
    const ours = rows.find((r) => r.mode === 'own' && r.feed === row.feed)?.firstFrameMs;
    if (ours && row.firstFrameMs !== null) row.firstFrameRatio = row.firstFrameMs / ours;
  }
  return rows;
}

/** The results table, as it is printed. */
export function printTable(rows: readonly Row[], { rounds, timeoutMs }: PeerOptions): void {
  const fmt = (n: number | null, digits = 0): string => (n === null || Number.isNaN(n) ? '–' : n.toFixed(digits));
  const ratio = (n: number | null): string => (n === null ? '–' : `${n.toFixed(2)}×`);
  const header =
    'library'.padEnd(16) +
    'layout'.padEnd(21) +
    'feed'.padEnd(5) +
    'runs'.padStart(5) +
    'gzip KB'.padStart(9) +
    'first frame ms'.padStart(16) +
    'longest task ms'.padStart(17) +
    'p95 frame ms'.padStart(15) +
    'heap MB'.padStart(9) +
    '  first frame ×ours'.padStart(20) +
    '  bytes ×ours'.padStart(14);
  console.log(
    `\nResults (medians of ${rounds} cold page${rounds === 1 ? '' : 's'} each; ×ours = peer ÷ mf-network-map; longest task 0 = none over 50 ms)`,
  );
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const row of rows) {
    const failed = row.runs === 0;
    const timedOut = failed && row.status.includes('timeout');
    const ours = rows.find((r) => r.mode === 'own' && r.feed === row.feed)?.firstFrameMs ?? null;
    console.log(
      row.library.padEnd(16) +
        row.layout.padEnd(21) +
        row.feed.padEnd(5) +
        String(row.runs).padStart(5) +
        fmt(row.gzipKB, 1).padStart(9) +
        (timedOut ? `> ${timeoutMs}` : failed ? 'ERROR' : fmt(row.firstFrameMs)).padStart(16) +
        fmt(row.longestTaskMs).padStart(17) +
        (fmt(row.p95FrameMs, 1) + (row.framesMeasured !== null && row.framesMeasured < 180 ? '*' : ' ')).padStart(15) +
        fmt(row.heapMB, 1).padStart(9) +
        (timedOut && ours ? `> ${Math.floor(timeoutMs / ours)}×` : ratio(row.firstFrameRatio)).padStart(20) +
        ratio(row.bytesRatio).padStart(14),
    );
    if (row.status !== 'ok') console.log(`${''.padEnd(16)}↳ ${row.status}${row.note ? `; ${row.note}` : ''}`);
    else if (row.note) console.log(`${''.padEnd(16)}↳ ${row.note}`);
  }
  if (rows.some((row) => row.framesMeasured !== null && row.framesMeasured < 180)) {
    console.log(
      `* p95 over the frames drawn within the script's time budget (pan ${PAN_BUDGET_MS / 1000} s, zoom ${ZOOM_BUDGET_MS / 1000} s): ${rows
        .filter((row) => row.framesMeasured !== null && row.framesMeasured < 180)
        .map((row) => `${row.library} ${row.layout} ${row.feed}: ${row.framesMeasured} of 180`)
        .join(', ')}.`,
    );
  }
}

export interface Goal {
  goal: string;
  ours: number | null;
  target: number | null;
  met: boolean | null;
  detail: string;
}

/** Ours against the peers: first frame (each size and layout mode) and bytes; printed, and returned. */
export function checkGoals(rows: readonly Row[], { options, bytes }: Results): Goal[] {
  const { sizes, timeoutMs } = options;
  const goals: Goal[] = [];
  const ourFirst = (size: Size): number | null =>
    rows.find((r) => r.mode === 'own' && r.feed === size)?.firstFrameMs ?? null;
  const peerFirst = (library: string, mode: LayoutMode, size: Size): { ms: number | null; timedOut: boolean } => {
    const row = rows.find((r) => r.library === library && r.mode === mode && r.feed === size);
    return {
      ms: row?.firstFrameMs ?? null,
      timedOut: row !== undefined && row.runs === 0 && row.status.includes('timeout'),
    };
  };
  for (const mode of ['preset', 'default'] as const) {
    for (const size of sizes) {
      for (const [library, factor] of [
        ['Cytoscape.js', 0.5],
        ['sigma.js', 1],
      ] as const) {
        const ours = ourFirst(size);
        const peer = peerFirst(library, mode, size);
        // A peer that never drew within the timeout took longer than it: the timeout is its lower bound.
        const peerMs = peer.ms ?? (peer.timedOut ? timeoutMs : null);
        const target = peerMs === null ? null : peerMs * factor;
        const met = ours === null || target === null ? null : ours <= target;
        goals.push({
          goal: `first frame ≤ ${factor}× ${library} (${mode === 'preset' ? 'preset positions' : 'its default layout'}, ${size})`,
          ours,
          target,
          met,
          detail:
            ours === null || target === null
              ? 'not measured'
              : `ours ${ours.toFixed(0)} ms vs ${peer.ms === null ? `> ${timeoutMs / 1000} s (timeout)` : `${peer.ms.toFixed(0)} ms`} → limit ${peer.ms === null ? '≥ ' : ''}${target.toFixed(0)} ms`,
        });
      }
    }
  }
  // Frames over the pan and zoom: no worse than Cytoscape.js (its preset layout) on the same run.
  for (const size of sizes) {
    const ours = rows.find((r) => r.mode === 'own' && r.feed === size)?.p95FrameMs ?? null;
    const peer =
      rows.find((r) => r.library === 'Cytoscape.js' && r.mode === 'preset' && r.feed === size)?.p95FrameMs ?? null;
    goals.push({
      goal: `p95 frame ≤ Cytoscape.js (preset positions, ${size})`,
      ours,
      target: peer,
      met: ours === null || peer === null ? null : ours <= peer,
      detail: ours === null || peer === null ? 'not measured' : `ours ${ours.toFixed(1)} ms vs ${peer.toFixed(1)} ms`,
    });
  }
  const peerBundles = (['sigma', 'sigma+fa2', 'cytoscape', 'vis'] as const).map(
    (name) => [name, bytes[name]!.gzip] as const,
  );
  const [smallestName, smallest] = [...peerBundles].sort((a, b) => a[1] - b[1])[0]!;
  goals.push({
    goal: 'bytes ≤ 0.5× the smallest peer',
    ours: bytes['ours']!.gzip,
    target: smallest * 0.5,
    met: bytes['ours']!.gzip <= smallest * 0.5,
    detail: `ours ${(bytes['ours']!.gzip / 1024).toFixed(1)} KB vs ${smallestName} ${(smallest / 1024).toFixed(1)} KB → limit ${((smallest * 0.5) / 1024).toFixed(1)} KB (ours is ${(bytes['ours']!.gzip / smallest).toFixed(2)}× it)`,
  });
  // A page shows one language: it downloads at most one of the fr and en catalogues, not both.
  const onePage = bytes['ours']!.gzip - catalogueBytes('en');
  goals.push({
    goal: 'the same, counting what one fr page downloads (one catalogue)',
    ours: onePage,
    target: smallest * 0.5,
    met: onePage <= smallest * 0.5,
    detail: `ours ${(onePage / 1024).toFixed(1)} KB (all of it but the en catalogue) → limit ${((smallest * 0.5) / 1024).toFixed(1)} KB (${(onePage / smallest).toFixed(2)}×)`,
  });
  console.log('\nGoals');
  for (const goal of goals) {
    const mark = goal.met === null ? '  n/a   ' : goal.met ? '  met   ' : ' NOT met';
    console.log(`${mark}  ${goal.goal.padEnd(62)} ${goal.detail}`);
  }
  return goals;
}
