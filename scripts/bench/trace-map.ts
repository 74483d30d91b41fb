/**
 * Development tool (not part of `npm run bench`): what the long tasks between the map's data
 * ready (mf-load) and its first complete frame are made of. Runs the bench's map page (unminified)
 * under a Chromium trace, in a raster mode, and prints each long task's top-level events and the
 * JavaScript functions its CPU samples fell in.
 *
 *   npx tsx scripts/bench/trace-map.ts --raster gpu --feed stress --view graph --runs 2
 *
 * Options: --timeline (every task from data ready on, wall and thread time), --no-profile (no JS
 * sampling: lighter), --root <checkout> (trace another checkout's map), --min <ms>, --save.
 */
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call --
   Chromium's trace events are untyped JSON, read field by field. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { flagsFor, type RasterMode } from './flags.js';
import { coldPage, launchChromium, serveFiles, shutdown, writeBenchFeeds } from './setup.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, '.cache/trace');
const { values: args } = parseArgs({
  options: {
    raster: { type: 'string', default: 'gpu' },
    feed: { type: 'string', default: 'stress' },
    view: { type: 'string', default: 'graph' },
    runs: { type: 'string', default: '2' },
    min: { type: 'string', default: '30' },
    save: { type: 'boolean', default: false },
    timeline: { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    /** Another checkout's map, built and traced the same way. */
    root: { type: 'string' },
  },
});

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, any>;
  id?: string;
}

async function buildPage(): Promise<void> {
  await build({
    configFile: false,
    root: join(args.root ?? root, 'scripts/bench'),
    logLevel: 'warn',
    publicDir: false,
    build: { outDir: out, emptyOutDir: true, target: 'es2022', minify: false },
  });
  writeBenchFeeds(join(out, 'feeds'));
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'gpu',
  'disabled-by-default-v8.cpu_profiler',
];

function analyse(events: TraceEvent[], timing: { firstFrame: number }, min: number): void {
  const mark = events.find((e) => e.name === 'ready' && e.cat.includes('user_timing'));
  if (!mark) return console.log('  (no ready mark in the trace)');
  const { pid } = mark;
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain',
  )?.tid;
  const readyTs = mark.ts;
  const endTs = readyTs + timing.firstFrame * 1000;
  const onMain = events.filter((e) => e.pid === pid && e.tid === main && e.ph === 'X');
  const tasks = onMain
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask')
    .filter((e) => (e.dur ?? 0) >= min * 1000 && e.ts + (e.dur ?? 0) > readyTs && e.ts < endTs)
    .sort((a, b) => a.ts - b.ts);
  // CPU samples: (ts, stack of frames).
  const nodes = new Map<number, { name: string; parent?: number }>();
  const samples: Array<{ ts: number; node: number }> = [];
  let sampleTs = 0;
  for (const e of events.filter((x) => x.pid === pid && (x.name === 'Profile' || x.name === 'ProfileChunk'))) {
    if (e.name === 'Profile') {
      sampleTs = e.args?.data?.startTime ?? sampleTs;
      continue;
    }
    const data = e.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) {
      const frame = node.callFrame ?? {};
      const file = String(frame.url ?? '')
        .split('/')
        .pop();
      nodes.set(node.id, {
        name: `${frame.functionName || '(anon)'} ${file ? `${file}:${(frame.lineNumber ?? 0) + 1}` : ''}`.trim(),
        parent: node.parent,
      });
    }
    const ids: number[] = data.cpuProfile?.samples ?? [];
    const deltas: number[] = data.timeDeltas ?? [];
    ids.forEach((id, i) => {
      sampleTs += deltas[i] ?? 0;
      samples.push({ ts: sampleTs, node: id });
    });
  }
  if (args.timeline) {
    // Every task from the element's append to the first frame: wall and thread time, what it held.
    const append = events.find((e) => e.name === 'append' && e.cat.includes('user_timing'))?.ts ?? readyTs;
    console.log(`  ready at append+${((readyTs - append) / 1000).toFixed(0)} ms`);
    for (const task of onMain.filter(
      (e) =>
        e.name === 'ThreadControllerImpl::RunTask' &&
        (((e.dur ?? 0) >= 3000 && e.ts > readyTs - 30_000) || (e.ts <= readyTs && e.ts + (e.dur ?? 0) >= readyTs)) &&
        e.ts + (e.dur ?? 0) > append &&
        e.ts < endTs,
    )) {
      const end = task.ts + (task.dur ?? 0);
      const top: TraceEvent[] = [];
      for (const e of onMain
        .filter(
          (x) =>
            x !== task && x.ts >= task.ts && x.ts + (x.dur ?? 0) <= end && x.name !== 'ThreadControllerImpl::RunTask',
        )
        .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
        const last = top[top.length - 1];
        if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
        top.push(e);
      }
      const what = top
        .filter((e) => (e.dur ?? 0) >= 1000)
        .map(
          (e) =>
            `${e.name}${e.name === 'FunctionCall' ? `(${e.args?.data?.functionName || e.args?.data?.url?.split('/').pop() || ''})` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`,
        )
        .join(', ');
      const at = (task.ts - readyTs) / 1000;
      console.log(
        `   ${at >= 0 ? '+' : ''}${at.toFixed(0).padStart(5)}  ${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)} wall ${(((task as any).tdur ?? 0) / 1000).toFixed(1).padStart(6)} cpu  ${what}`,
      );
    }
  }
  const readyTask = onMain.find(
    (e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts <= readyTs && e.ts + (e.dur ?? 0) >= readyTs,
  );
  if (readyTask && args.timeline) {
    const end = readyTask.ts + (readyTask.dur ?? 0);
    console.log(
      `  the task holding mf-load: ${((readyTask.dur ?? 0) / 1000).toFixed(1)} wall, mf-load at +${((readyTs - readyTask.ts) / 1000).toFixed(1)}`,
    );
    for (const e of onMain
      .filter((x) => x !== readyTask && x.ts >= readyTask.ts && x.ts + (x.dur ?? 0) <= end && (x.dur ?? 0) >= 300)
      .sort((a, b) => a.ts - b.ts))
      console.log(
        `     +${((e.ts - readyTask.ts) / 1000).toFixed(1).padStart(5)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(5)} ${e.name} ${JSON.stringify(e.args?.data ?? {}).slice(0, 90)}`,
      );
  }
  const window = onMain.filter(
    (e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts + (e.dur ?? 0) > readyTs && e.ts < endTs,
  );
  const worst = (key: 'dur' | 'tdur'): number => Math.max(0, ...window.map((e) => ((e as any)[key] ?? 0) / 1000));
  summary.push([worst('dur'), worst('tdur')]);
  console.log(
    `  worst task after ready: ${worst('dur').toFixed(1)} ms wall, ${worst('tdur').toFixed(1)} ms thread time`,
  );
  console.log(`  first frame ${timing.firstFrame.toFixed(0)} ms; tasks ≥ ${min} ms in the window: ${tasks.length}`);
  for (const task of tasks) {
    const start = task.ts;
    const end = start + (task.dur ?? 0);
    console.log(
      `  • task at ready${(start - readyTs) / 1000 >= 0 ? '+' : ''}${((start - readyTs) / 1000).toFixed(0)} ms, ${((task.dur ?? 0) / 1000).toFixed(1)} ms`,
    );
    const inside = onMain.filter((e) => e !== task && e.ts >= start && e.ts + (e.dur ?? 0) <= end);
    // The top level within the task (events not inside another inside event).
    const top: TraceEvent[] = [];
    for (const e of inside.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
      const last = top[top.length - 1];
      if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
      top.push(e);
    }
    for (const e of top.filter((x) => (x.dur ?? 0) > 1000)) {
      const d = e.args?.data ?? e.args?.beginData ?? {};
      const what = d.functionName || d.url || d.type || d.frame || '';
      console.log(`      ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ${e.name} ${String(what).slice(0, 80)}`);
      // One level further for the big ones.
      if ((e.dur ?? 0) > 8000) {
        // The biggest nested events, two levels down.
        const sub2 = inside
          .filter((x) => x !== e && x.ts >= e.ts && x.ts + (x.dur ?? 0) <= e.ts + (e.dur ?? 0) && (x.dur ?? 0) > 3000)
          .sort((a, b) => a.ts - b.ts)
          .slice(0, 12);
        for (const x of sub2)
          console.log(
            `             ${((x.dur ?? 0) / 1000).toFixed(1).padStart(6)} ${x.name} ${JSON.stringify(x.args ?? {}).slice(0, 100)}`,
          );
        const sub = inside.filter((x) => x !== e && x.ts >= e.ts && x.ts + (x.dur ?? 0) <= e.ts + (e.dur ?? 0));
        const byName = new Map<string, number>();
        for (const x of sub) byName.set(x.name, (byName.get(x.name) ?? 0) + (x.dur ?? 0));
        const list = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8);
        console.log(`             inner: ${list.map(([n, t]) => `${n} ${(t / 1000).toFixed(1)}`).join(', ')}`);
      }
    }
    // JS self time and inclusive time by function in this task.
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    const inTask = samples.filter((s) => s.ts >= start && s.ts < end);
    for (let i = 0; i < inTask.length; i++) {
      const s = inTask[i]!;
      const dt = ((inTask[i + 1]?.ts ?? s.ts + 100) - s.ts) / 1000;
      let node = nodes.get(s.node);
      const name = node?.name ?? '?';
      self.set(name, (self.get(name) ?? 0) + dt);
      const seen = new Set<string>();
      let id: number | undefined = s.node;
      while (id !== undefined && (node = nodes.get(id))) {
        if (!seen.has(node.name)) incl.set(node.name, (incl.get(node.name) ?? 0) + dt);
        seen.add(node.name);
        id = node.parent;
      }
    }
    const fmt = (m: Map<string, number>, n: number): string =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .filter(([name]) => name !== '(root)' && name !== '(program)')
        .slice(0, n)
        .map(([name, t]) => `${t.toFixed(1)} ${name}`)
        .join('\n         ');
    console.log(`      js self:\n         ${fmt(self, 12)}`);
    console.log(`      js inclusive:\n         ${fmt(incl, 25)}`);
  }
}

/** benchMap's first part (map-page.ts): feed handed over → first complete frame, nothing after (plain JS: tsx would add helpers). */
const FIRST_FRAME = `async (url, view) => {
  const feed = await (await fetch(url)).json();
  document.body.replaceChildren();
  const el = document.createElement('mf-network-map');
  el.style.setProperty('--mf-map-height', '700px');
  el.style.width = '1100px';
  el.style.display = 'block';
  el.view = view;
  const loaded = new Promise((resolve) => el.addEventListener('mf-load', () => resolve(performance.now()), { once: true }));
  el.feed = feed;
  performance.mark('append');
  document.body.append(el);
  const ready = await loaded;
  const drawn = () => view === 'geo' ? (el.inspect().geo?.targets.length ?? 0) > 0 : el.inspect().nodes.length > 0;
  while (!drawn()) await new Promise((resolve) => requestAnimationFrame(resolve));
  const result = { firstFrame: performance.now() - ready };
  await new Promise((resolve) => setTimeout(resolve, 50));
  return result;
}`;

const summary: Array<[number, number]> = [];
await buildPage();
const server = await serveFiles({ mounts: [{ prefix: '/', dir: out }], index: true });
const browser = await launchChromium(flagsFor(args.raster as RasterMode));
try {
  const warm = await browser.newPage();
  await warm.goto(`${server.origin}/`, { waitUntil: 'load' });
  await warm.waitForFunction(`'benchMap' in window`);
  await warm.evaluate(`benchMap('/feeds/sample.json')`);
  await warm.close();
  for (let run = 0; run < Number(args.runs); run++) {
    const { page, close } = await coldPage(browser, `${server.origin}/`, 'benchMap');
    await page.evaluate(
      `window.addEventListener('mf-load', () => performance.mark('ready'), { capture: true, once: true })`,
    );
    const cdp = await page.createCDPSession();
    const complete = new Promise<string>((resolve) =>
      cdp.once('Tracing.tracingComplete', (event: { stream?: string }) => resolve(event.stream!)),
    );
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: !args['no-profile'] ? CATEGORIES : CATEGORIES.filter((c) => !c.includes('cpu_profiler')),
      },
      transferMode: 'ReturnAsStream',
    });
    const timing = (await page.evaluate(
      `(${FIRST_FRAME})(${JSON.stringify(`/feeds/${args.feed}.json`)}, ${JSON.stringify(args.view)})`,
    )) as { firstFrame: number };
    await cdp.send('Tracing.end');
    const stream = await complete;
    const chunks: string[] = [];
    for (;;) {
      const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream, size: 8 << 20 });
      chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
      if (eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    const text = chunks.join('');
    chunks.length = 0;
    if (args.save) writeFileSync(join(out, `trace-${args.raster}-${args.feed}-${args.view}-${run}.json`), text);
    const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
    console.log(`\n${args.raster} ${args.feed} ${args.view} run ${run + 1}`);
    analyse(events, timing, Number(args.min));
    await close();
  }
  console.log(
    `\nworst task after ready, per run (wall / thread ms): ${summary.map(([w, t]) => `${w.toFixed(0)}/${t.toFixed(0)}`).join('  ')}`,
  );
} finally {
  await shutdown(browser);
  server.close();
}
