/**
 * Runs in Chromium for `npm run bench`: the built network map on a feed, from feed ready to first
 * complete frame, long tasks, frame times during a scripted pan and zoom.
 */
import '../../src/widgets/network-map/define.js';

export interface MapTiming {
  actors: number;
  firstFrame: number;
  longestTask: number;
  frames: number[];
}

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

async function benchMap(url: string): Promise<MapTiming> {
  const feed = (await (await fetch(url)).json()) as { actors: unknown[] };
  document.body.replaceChildren();
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  const el = document.createElement('mf-network-map');
  el.style.setProperty('--mf-map-height', '700px');
  el.style.width = '1100px';
  el.style.display = 'block';
  const loaded = new Promise<number>((resolve) =>
    el.addEventListener('mf-load', () => resolve(performance.now()), { once: true }),
  );
  el.feed = feed;
  document.body.append(el);
  const ready = await loaded;
  while (el.inspect().nodes.length === 0) await frame();
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
  for (let i = 0; i < 120; i++) {
    const deltaY = i < 60 ? -40 : 40;
    canvas.dispatchEvent(
      new WheelEvent('wheel', { deltaY, ctrlKey: true, bubbles: true, cancelable: true, ...at(550, 350) }),
    );
    const now = await frame();
    frames.push(now - last);
    last = now;
  }
  return { actors: feed.actors.length, firstFrame, longestTask: Math.max(0, ...tasks), frames };
}

Object.assign(window, { benchMap });
