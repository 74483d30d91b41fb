/**
 * Runs in Chromium for `npm run bench`: the built network map on a feed, from feed ready to first
 * complete frame, long tasks, frame times during a scripted pan and zoom.
 */
import '../../src/widgets/network-map/define.js';
import '../../src/widgets/actor-list/define.js';

export interface MapTiming {
  actors: number;
  firstFrame: number;
  longestTask: number;
  /** Long tasks as [start, duration], ms from the feed being handed over; and when mf-load came. */
  spans: Array<[number, number]>;
  loadedAt: number;
  /** Intervals between animation frames: the pan's first, then the zoom's. */
  frames: number[];
  panFrames: number;
}

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

async function benchMap(url: string, view: 'graph' | 'geo' = 'graph'): Promise<MapTiming> {
  const feed = (await (await fetch(url)).json()) as { actors: unknown[] };
  document.body.replaceChildren();
  const tasks: number[] = [];
  const spans: Array<[number, number]> = [];
  const start = performance.now();
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((entry) => {
      tasks.push(entry.duration);
      spans.push([entry.startTime - start, entry.duration]);
    }),
  );
  observer.observe({ type: 'longtask' });
  const el = document.createElement('mf-network-map');
  el.style.setProperty('--mf-map-height', '700px');
  el.style.width = '1100px';
  el.style.display = 'block';
  el.view = view;
  const loaded = new Promise<number>((resolve) =>
    el.addEventListener('mf-load', () => resolve(performance.now()), { once: true }),
  );
  el.feed = feed;
  document.body.append(el);
  const ready = await loaded;
  const drawn = (): boolean =>
    view === 'geo' ? (el.inspect().geo?.targets.length ?? 0) > 0 : el.inspect().nodes.length > 0;
  while (!drawn()) await frame();
  const firstFrame = performance.now() - ready;
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();

  // A scripted pan and zoom: 60 frames of drag, then 60 of Ctrl + wheel, both ways.
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  const rect = canvas.getBoundingClientRect();
  const at = (x: number, y: number): { clientX: number; clientY: number } => ({
    clientX: rect.left + x,
    clientY: rect.top + y,
  });
  const frames: number[] = [];
  let last = await frame();
  const base = { pointerId: 1, pointerType: 'mouse', bubbles: true, button: 0 };
  canvas.dispatchEvent(new PointerEvent('pointerdown', { ...base, ...at(500, 350) }));
  for (let i = 0; i < 60; i++) {
    canvas.dispatchEvent(
      new PointerEvent('pointermove', { ...base, ...at(500 + Math.sin(i / 6) * 200, 350 + Math.cos(i / 6) * 120) }),
    );
    const now = await frame();
    frames.push(now - last);
    last = now;
  }
  canvas.dispatchEvent(new PointerEvent('pointerup', { ...base, ...at(500, 350) }));
  const panFrames = frames.length;
  for (let i = 0; i < 120; i++) {
    const deltaY = i < 60 ? -40 : 40;
    canvas.dispatchEvent(
      new WheelEvent('wheel', { deltaY, ctrlKey: true, bubbles: true, cancelable: true, ...at(550, 350) }),
    );
    const now = await frame();
    frames.push(now - last);
    last = now;
  }
  return {
    actors: feed.actors.length,
    firstFrame,
    longestTask: Math.max(0, ...tasks),
    frames,
    panFrames,
    spans,
    loadedAt: ready - start,
  };
}

export interface ListTiming {
  actors: number;
  firstRender: number;
  rows: number;
  keystrokes: number[];
  /** Keystrokes of searches that name places (postcode, postal place, French name): place matching and distance sort. */
  placeKeystrokes: number[];
}

/** The directory: feed ready → first rows, then each keystroke of a search → updated results. */
async function benchList(url: string): Promise<ListTiming> {
  const feed = (await (await fetch(url)).json()) as { actors: unknown[] };
  document.body.replaceChildren();
  const el = document.createElement('mf-actor-list');
  el.style.setProperty('--mf-list-height', '700px');
  el.style.width = '900px';
  el.style.display = 'block';
  const loaded = new Promise<number>((resolve) =>
    el.addEventListener('mf-load', () => resolve(performance.now()), { once: true }),
  );
  el.feed = feed;
  document.body.append(el);
  const ready = await loaded;
  const rows = (): number => el.shadowRoot!.querySelectorAll('.row').length;
  while (rows() === 0) await frame();
  const firstRender = performance.now() - ready;
  const input = el.shadowRoot!.querySelector('input')!;
  // The search field's focus loads the place search, as a reader's click does.
  input.focus();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const type = async (typed: string, into: number[]): Promise<void> => {
    const steps = [...typed].map((_, i) => typed.slice(0, i + 1));
    for (const value of [...steps, ...steps.reverse().slice(1), '']) {
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      into.push(performance.now() - start);
      await frame();
    }
  };
  const keystrokes: number[] = [];
  await type('vereniging amani gent', keystrokes);
  const placeKeystrokes: number[] = [];
  for (const place of ['2140', 'Borgerhout', 'Anvers', 'gand', 'sint genesius rode'])
    await type(place, placeKeystrokes);
  return { actors: feed.actors.length, firstRender, rows: rows(), keystrokes, placeKeystrokes };
}

Object.assign(window, { benchMap, benchList });
