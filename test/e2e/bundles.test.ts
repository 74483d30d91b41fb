/**
 * End to end, against the built `dist/` (npm test builds it first): pages made only of what a
 * partner pastes, under strict CSP and Trusted Types, with bundles loaded twice, and the CMS-safe
 * form through the loader.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { snippetFor } from '../../demo/snippet.js';

interface ProbeWindow extends Window {
  __violations: string[];
  __errors: string[];
}

const FEED = '/test/e2e/feed.json';
const frames: HTMLIFrameElement[] = [];

async function page(body: string, head = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '900px';
  frame.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8">${head}<script src="/test/e2e/page-probe.js"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  frames.push(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

const win = (frame: HTMLIFrameElement): ProbeWindow => frame.contentWindow as unknown as ProbeWindow;
const shadowText = (frame: HTMLIFrameElement, selector: string): string =>
  (frame.contentDocument?.querySelector(selector)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function allRendered(frame: HTMLIFrameElement): Promise<void> {
  await waitUntil(
    () =>
      shadowText(frame, 'mf-member-counter').includes('lokale verenigingen') &&
      shadowText(frame, 'mf-actor-card').includes('Federatie Atlas') &&
      shadowText(frame, 'mf-actor-list').includes('actoren gevonden') &&
      shadowText(frame, 'mf-network-map').includes('Netwerkkaart'),
    'not every element rendered',
    { timeout: 10_000 },
  );
}

const ALL = `
  <mf-member-counter src="${FEED}" duration="0"></mf-member-counter>
  <mf-actor-card src="${FEED}" actor-id="fed-01"></mf-actor-card>
  <mf-network-map src="${FEED}"></mf-network-map>
  <mf-actor-list src="${FEED}"></mf-actor-list>`;

describe('the built bundles', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('render every element on a blank page holding only the README snippet', async () => {
    const readme = await (await fetch('/README.md')).text();
    const snippet = /## Paste this[\s\S]*?```html\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet, 'README has a snippet').to.be.a('string');
    const local = snippet!
      .replaceAll('https://YOUR-SITE/netwerk-widgets/', '/dist/')
      .replaceAll('https://YOUR-SITE/netwerk/feed.json', FEED);
    const frame = await page(local);
    await waitUntil(() => shadowText(frame, 'mf-member-counter').length > 0, 'the snippet rendered nothing', {
      timeout: 10_000,
    });
    for (const tag of ['mf-member-counter', 'mf-actor-card', 'mf-network-map', 'mf-actor-list']) {
      if (frame.contentDocument!.querySelector(tag)) {
        await waitUntil(
          () =>
            shadowText(frame, tag) &&
            !frame.contentDocument!.querySelector(tag)!.shadowRoot!.querySelector('[aria-busy]'),
        );
      }
    }
    expect(win(frame).__errors).to.deep.equal([]);
  });

  it('render a snippet copied from the configurator', async () => {
    const snippet = snippetFor({
      widget: 'actor-card',
      script: '/dist/mf-widgets.js',
      attributes: { src: FEED, 'actor-id': 'fed-02', lang: 'fr' },
    });
    const frame = await page(snippet);
    await waitUntil(
      () => shadowText(frame, 'mf-actor-card').includes('Federatie Zijderoute'),
      'the snippet did not render',
      { timeout: 10_000 },
    );
    expect(shadowText(frame, 'mf-actor-card')).to.contain('fédération');
  });

  it('work with a strict Content Security Policy, with zero violations', async () => {
    const frame = await page(
      `<script type="module" src="/dist/mf-widgets.js"></script>${ALL}`,
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'">`,
    );
    await allRendered(frame);
    expect(win(frame).__violations).to.deep.equal([]);
    expect(win(frame).__errors).to.deep.equal([]);
  });

  it('work with Trusted Types enforced, with zero violations', async () => {
    const frame = await page(
      `<script type="module" src="/dist/mf-widgets.js"></script>${ALL}`,
      `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'">`,
    );
    await allRendered(frame);
    expect(win(frame).__violations).to.deep.equal([]);
    expect(win(frame).__errors).to.deep.equal([]);
  });

  it('work as a classic script (IIFE) under the strict policy', async () => {
    const frame = await page(
      `<script src="/dist/mf-widgets.iife.js"></script>${ALL}`,
      `<meta http-equiv="Content-Security-Policy" content="script-src 'self'; style-src 'self'">`,
    );
    await allRendered(frame);
    expect(win(frame).__violations).to.deep.equal([]);
  });

  it('register each element once when bundles are loaded twice, or together, and throw nothing', async () => {
    const frame = await page(`
      <script type="module" src="/dist/mf-widgets.js"></script>
      <script type="module" src="/dist/mf-widgets.js?again"></script>
      <script src="/dist/mf-widgets.iife.js"></script>
      <script src="/dist/mf-widgets.iife.js"></script>
      <script type="module" src="/dist/mf-member-counter.js"></script>
      <script type="module" src="/dist/mf-loader.js"></script>
      ${ALL}`);
    await allRendered(frame);
    expect(win(frame).__errors).to.deep.equal([]);
    // Two copies of the code on one page still fetch the feed once.
    const fetches = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith(FEED));
    expect(fetches).to.have.length(1);
  });

  it('upgrade the CMS-safe form through the loader, loading only what is used, carrying only known attributes', async () => {
    const frame = await page(`
      <script type="module" src="/dist/mf-loader.js"></script>
      <div data-mf="member-counter" data-src="${FEED}" data-metric="federations" data-duration="0" data-onclick="window.__clicked=1" class="partner-class"></div>
      <div data-mf="unknown-thing" data-src="${FEED}"></div>`);
    await waitUntil(() => shadowText(frame, 'mf-member-counter').includes('federaties'), 'not upgraded', {
      timeout: 10_000,
    });
    const doc = frame.contentDocument!;
    const counter = doc.querySelector('mf-member-counter')!;
    expect(counter.getAttribute('metric')).to.equal('federations');
    expect(counter.hasAttribute('onclick')).to.equal(false);
    expect(counter.className).to.equal('partner-class');
    expect(doc.querySelector('div[data-mf="unknown-thing"]')).to.exist;
    expect(frame.contentWindow!.customElements.get('mf-network-map')).to.equal(undefined);
    // Added later, by a script of the page: upgraded too.
    const late = doc.createElement('div');
    late.dataset['mf'] = 'actor-card';
    late.dataset['src'] = FEED;
    late.dataset['actorId'] = 'fed-01';
    doc.body.append(late);
    await waitUntil(() => shadowText(frame, 'mf-actor-card').includes('Federatie Atlas'), 'late div not upgraded', {
      timeout: 10_000,
    });
  });

  it('loader: loads an element only when it comes near the viewport', async () => {
    const frame = await page(`
      <script type="module" src="/dist/mf-loader.js"></script>
      <mf-member-counter src="${FEED}" duration="0"></mf-member-counter>
      <div style="height: 5000px"></div>
      <mf-actor-list src="${FEED}"></mf-actor-list>`);
    const registry = frame.contentWindow!.customElements;
    await waitUntil(() => registry.get('mf-member-counter'), 'the visible element did not load', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(registry.get('mf-actor-list')).to.equal(undefined);
    frame.contentDocument!.querySelector('mf-actor-list')!.scrollIntoView();
    await waitUntil(() => registry.get('mf-actor-list'), 'the far element did not load when scrolled to', {
      timeout: 10_000,
    });
  });
});
