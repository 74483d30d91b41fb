import { executeServerCommand } from '@web/test-runner-commands';
import { WAIT, waitFor } from './wait.js';
/**
 * Blank partner pages in iframes for the tests against `dist/`: each loads page-probe.js first,
 * which records errors, CSP violations, warnings and the mf-* elements added.
 */

export interface ProbeWindow extends Window {
  __violations: string[];
  __errors: string[];
  __warnings: string[];
  __added: string[];
}

export const E2E_FEED = '/test/e2e/feed.json';

const frames: HTMLIFrameElement[] = [];

/**
 * Appends `frame` showing the document `html`, and resolves once it has loaded. The document has
 * a same-origin address of its own (served by the test runner, web-test-runner.config.mjs), as a
 * partner's page has: not `srcdoc`, under which Firefox's `script-src 'self'` blocks even the
 * page's own scripts.
 */
export async function loadPage(frame: HTMLIFrameElement, html: string): Promise<void> {
  const path = await executeServerCommand<string, { html: string }>('mf-page', { html });
  const loaded = new Promise<void>((resolve) => {
    // Only the page's own load counts, not an initial about:blank's an engine may report first.
    const onLoad = (): void => {
      if (frame.contentWindow?.location.pathname !== path) return;
      frame.removeEventListener('load', onLoad);
      resolve();
    };
    frame.addEventListener('load', onLoad);
  });
  frame.src = path;
  document.body.append(frame);
  await loaded;
}

/** A page of `body` (and `head`), 1000 × 900, loaded. */
export async function page(body: string, head = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '900px';
  frames.push(frame);
  await loadPage(
    frame,
    `<!doctype html><html lang="nl"><head><meta charset="utf-8">${head}<script src="/test/e2e/page-probe.js"></script></head><body>${body}</body></html>`,
  );
  return frame;
}

/** Removes the pages made so far (an afterEach). */
export function removePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

export const win = (frame: HTMLIFrameElement): ProbeWindow & typeof globalThis =>
  frame.contentWindow as unknown as ProbeWindow & typeof globalThis;

/** The text of the shadow root of the first `selector` in the page, spaces collapsed. */
export const shadowText = (frame: HTMLIFrameElement, selector: string): string =>
  (frame.contentDocument?.querySelector(selector)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The four elements on one feed, as the README's snippet has them. */
export const ALL_ELEMENTS = `
  <mf-member-counter src="${E2E_FEED}" duration="0"></mf-member-counter>
  <mf-actor-card src="${E2E_FEED}" actor-id="fed-01"></mf-actor-card>
  <mf-network-map src="${E2E_FEED}"></mf-network-map>
  <mf-actor-list src="${E2E_FEED}"></mf-actor-list>`;

/** Waits until the four elements of ALL_ELEMENTS have rendered their data (the card unless `card` is false). */
export async function allRendered(frame: HTMLIFrameElement, card = true): Promise<void> {
  await waitFor(
    () =>
      shadowText(frame, 'mf-member-counter').includes('lokale verenigingen') &&
      (!card || shadowText(frame, 'mf-actor-card').includes('Federatie Atlas')) &&
      shadowText(frame, 'mf-actor-list').includes('actoren gevonden') &&
      shadowText(frame, 'mf-network-map').includes('Netwerkkaart'),
    'not every element rendered',
    WAIT.heavy,
  );
}
