import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, engine, sendKeys, setPixelRatio, setViewport } from '../helpers/browser.js';
import { http, HttpResponse } from 'msw';
import { FEEDS } from '../../src/mocks/handlers.js';
import { smallFeed } from '../../src/mocks/feeds.js';
import type { MfActorSelectDetail } from '../../src/shared/events.js';
import { MfNetworkMap } from '../../src/widgets/network-map/network-map.js';
import '../../src/widgets/network-map/define.js';
import { resetFeeds, startMocks, worker } from '../helpers/msw.js';
import { pageErrorsOf, warningsOf } from '../helpers/console.js';
import { canvasPoint, click, drawnIds, frame, graphDrawn, keydown } from '../helpers/map.js';
import { q, root, text } from '../helpers/shadow.js';
import { waitFor } from '../helpers/wait.js';

async function map(template: ReturnType<typeof html>): Promise<MfNetworkMap> {
  const wrapper = await fixture(html`<div style="width: 900px">${template}</div>`);
  const el = wrapper.querySelector('mf-network-map')!;
  await graphDrawn(el);
  return el;
}

describe('<mf-network-map>', () => {
  before(async () => {
    await startMocks();
    await setViewport({ width: 1200, height: 900 });
  });
  beforeEach(resetFeeds);
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('is defined and maps attributes to properties', async () => {
    expect(customElements.get('mf-network-map')).to.equal(MfNetworkMap);
    const el = await map(
      html`<mf-network-map
        src=${FEEDS.small}
        types="federation,association"
        federation="fed-01"
        focus="fed-01"
      ></mf-network-map>`,
    );
    expect(el.view).to.equal('graph');
    expect(el.types).to.equal('federation,association');
    expect(el.federation).to.equal('fed-01');
    expect(el.focusId).to.equal('fed-01');
  });

  it('draws every actor of the feed, and describes the map in text', async () => {
    const el = await map(html`<mf-network-map src=${FEEDS.small}></mf-network-map>`);
    const ids = drawnIds(el);
    const shown = el.inspect().clustersOpen
      ? smallFeed().actors.map((a) => String(a['id'] as string))
      : ['minderhedenforum', 'fed-01', 'fed-02', 'expert-0001'];
    for (const id of shown) expect(ids.has(id), id).to.equal(true);
    expect(text(q(el, '#summary')))
      .to.contain('3 lokale verenigingen')
      .and.contain('2 federaties');
    expect(el.inspect().labels).to.include('minderhedenforum');
    await expect(el).to.be.accessible();
  });

  it('gathers associations in cluster bubbles with counts, which open on activation', async () => {
    const el = await map(html`<mf-network-map src=${FEEDS.sample}></mf-network-map>`);
    const first = el.inspect();
    expect(first.clustersOpen).to.equal(false);
    expect(first.clusters).to.have.length(10);
    expect(first.clusters.reduce((sum, c) => sum + c.count, 0)).to.equal(1834);
    expect(first.nodes.some((n) => n.id.startsWith('assoc-'))).to.equal(false);
    const cluster = first.clusters[0]!;
    // Below the federation's mark, inside the bubble.
    click(el, cluster.x, cluster.y + cluster.r * 0.7);
    await waitFor(() => el.inspect().clustersOpen, 'the cluster did not open');
    await waitFor(() => el.inspect().nodes.some((n) => n.id.startsWith('assoc-')));
  });

  it('selects an actor on click: event, highlight, card in a panel with focus, Escape returns', async () => {
    const el = await map(html`<mf-network-map src=${FEEDS.small}></mf-network-map>`);
    const target = el.inspect().nodes.find((n) => n.id === 'fed-01')!;
    const selected = oneEvent(el, 'mf-actor-select');
    click(el, target.x, target.y);
    const event = (await selected) as CustomEvent<MfActorSelectDetail>;
    expect(event.detail.id).to.equal('fed-01');
    expect(event.detail.actor.name).to.equal('Federatie Atlas');
    await el.updateComplete;
    expect(el.getAttribute('focus')).to.equal('fed-01');
    const card = q(el, '[part="panel"] mf-actor-card')!;
    await waitFor(() => text(card.shadowRoot?.querySelector('[part="name"]')) === 'Federatie Atlas');
    await waitFor(() => root(el).activeElement?.classList.contains('close'), 'focus did not move into the panel');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(q(el, '[part="panel"]')).to.equal(null);
    expect(root(el).activeElement?.tagName).to.equal('CANVAS');
    expect(el.hasAttribute('focus')).to.equal(false);
  });

  it('is travelled by keyboard: one tab stop, arrows, Enter, Escape, zoom keys and Home', async () => {
    const el = await map(html`<mf-network-map src=${FEEDS.small}></mf-network-map>`);
    q<HTMLCanvasElement>(el, 'canvas')!.focus();
    await el.updateComplete;
    expect(el.inspect().focused).to.equal('minderhedenforum');
    expect(text(q(el, '[role="status"]'))).to.contain('Minderhedenforum');
    const visited = new Set<string>();
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown']) {
      await sendKeys({ press: key });
      await el.updateComplete;
      visited.add(el.inspect().focused ?? '');
    }
    expect(visited.size).to.be.greaterThan(2);
    const focused = el.inspect().focused!;
    const selected = oneEvent(el, 'mf-actor-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<MfActorSelectDetail>).detail.id).to.equal(focused);
    q<HTMLCanvasElement>(el, 'canvas')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.inspect().selected).to.equal(undefined);
    await emulateMedia({ reducedMotion: 'reduce' });
    const k = el.inspect().view.k;
    await sendKeys({ press: '+' });
    expect(el.inspect().view.k).to.be.closeTo(k * 1.5, 1e-6);
    await sendKeys({ press: '-' });
    expect(el.inspect().view.k).to.be.closeTo(k, 1e-6);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.inspect().focused).to.equal('minderhedenforum');
  });

  it('reaches every actor by arrow keys alone', async function () {
    this.timeout(60_000);
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await map(html`<mf-network-map src=${FEEDS.sample} federation="fed-05"></mf-network-map>`);
    const canvas = q<HTMLCanvasElement>(el, 'canvas')!;
    // Breadth-first over what the arrow keys lead to, from the federation.
    const start = 'fed-05';
    const reached = new Set([start]);
    const queue = [start];
    while (queue.length > 0) {
      const from = queue.shift()!;
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
        el.focusId = undefined;
        await el.updateComplete;
        el.focusId = from;
        await el.updateComplete;
        canvas.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        const to = el.inspect().focused!;
        if (!reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    const members = el.inspect().nodes.map((n) => n.id);
    expect(members.length).to.be.greaterThan(100);
    expect(members.filter((id) => !reached.has(id))).to.deep.equal([]);
  });

  it('finds actors by name, accent- and case-insensitively, and selects the choice', async () => {
    const el = await map(html`<mf-network-map src=${FEEDS.small}></mf-network-map>`);
    const input = q<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: 'associacao' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const options = [...root(el).querySelectorAll('[role="option"]')];
    expect(options.map(text)).to.deep.equal(['Associação Cultural Saudade Antwerpen lokale vereniging']);
    expect(input.getAttribute('aria-activedescendant')).to.equal(options[0]!.id);
    await expect(el).to.be.accessible();
    const selected = oneEvent(el, 'mf-actor-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<MfActorSelectDetail>).detail.id).to.equal('assoc-0003');
    input.focus();
    input.value = '';
    await sendKeys({ type: 'ATLAS' });
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="option"]'))).to.contain('Federatie Atlas');
    await sendKeys({ type: 'zzzz' });
    await el.updateComplete;
    expect(text(root(el).querySelector('.results'))).to.equal('Geen actor gevonden');
  });

  it('filters by type in the legend, reflected to types', async () => {
    const el = await map(html`<mf-network-map src=${FEEDS.small}></mf-network-map>`);
    const button = [...root(el).querySelectorAll<HTMLButtonElement>('[part="legend"] button')].find((b) =>
      text(b).startsWith('expert'),
    )!;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.click();
    await el.updateComplete;
    await frame();
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(el.getAttribute('types')).to.not.contain('expert');
    expect(el.getAttribute('types')).to.contain('federation');
    expect(drawnIds(el).has('expert-0001')).to.equal(false);
    button.click();
    await el.updateComplete;
    await frame();
    expect(el.hasAttribute('types')).to.equal(false);
    expect(drawnIds(el).has('expert-0001')).to.equal(true);
  });

  it('shows one federation and its members with federation=…', async () => {
    const el = await map(html`<mf-network-map src=${FEEDS.small} federation="fed-02"></mf-network-map>`);
    await frame();
    const ids = drawnIds(el);
    expect(ids.has('fed-02')).to.equal(true);
    expect(ids.has('fed-01')).to.equal(false);
    expect(ids.has('minderhedenforum')).to.equal(false);
    expect([...ids].every((id) => ['fed-02', 'assoc-0003', 'employer-0001'].includes(id))).to.equal(true);
  });

  it("selects the focus actor on load and reflects the reader's selection", async () => {
    const el = await map(html`<mf-network-map src=${FEEDS.small} focus="assoc-0002"></mf-network-map>`);
    await waitFor(() => el.inspect().selected === 'assoc-0002');
    await waitFor(
      () => text(q(el, '[part="panel"] mf-actor-card')?.shadowRoot?.querySelector('[part="name"]')) === 'جمعية النور',
    );
    el.setAttribute('focus', 'fed-02');
    await waitFor(() => el.inspect().selected === 'fed-02');
  });

  it('shows the whole network for an unknown focus, and says so once on the console', async () => {
    const warnings = await warningsOf(async () => {
      const el = await map(html`<mf-network-map src=${FEEDS.small} focus="nobody"></mf-network-map>`);
      expect(el.inspect().selected).to.equal(undefined);
      expect(q(el, '[part="state"]')).to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('<mf-network-map focus="nobody">'))).to.have.length(1);
  });

  it('lets a plain wheel scroll the page, with a hint; Ctrl + wheel zooms', async () => {
    const el = await map(html`<mf-network-map src=${FEEDS.small}></mf-network-map>`);
    const canvas = q<HTMLCanvasElement>(el, 'canvas')!;
    const k = el.inspect().view.k;
    const plain = new WheelEvent('wheel', {
      deltaY: 100,
      bubbles: true,
      cancelable: true,
      ...canvasPoint(el, 200, 200),
    });
    canvas.dispatchEvent(plain);
    expect(plain.defaultPrevented).to.equal(false);
    expect(el.inspect().view.k).to.equal(k);
    await el.updateComplete;
    expect(text(q(el, '.hint'))).to.match(/(Ctrl|⌘) \+ scrollen/);
    const zoom = new WheelEvent('wheel', {
      deltaY: -100,
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
      ...canvasPoint(el, 200, 200),
    });
    canvas.dispatchEvent(zoom);
    expect(zoom.defaultPrevented).to.equal(true);
    expect(el.inspect().view.k).to.be.greaterThan(k);
  });

  it('pans by dragging and zooms with the buttons', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await map(html`<mf-network-map src=${FEEDS.small}></mf-network-map>`);
    const canvas = q<HTMLCanvasElement>(el, 'canvas')!;
    const before = el.inspect().view;
    const base = { pointerId: 7, pointerType: 'mouse', bubbles: true, button: 0 };
    canvas.dispatchEvent(new PointerEvent('pointerdown', { ...base, ...canvasPoint(el, 100, 100) }));
    canvas.dispatchEvent(new PointerEvent('pointermove', { ...base, ...canvasPoint(el, 160, 130) }));
    canvas.dispatchEvent(new PointerEvent('pointerup', { ...base, ...canvasPoint(el, 160, 130) }));
    const after = el.inspect().view;
    expect(after.x - before.x).to.be.closeTo(60, 0.01);
    expect(after.y - before.y).to.be.closeTo(30, 0.01);
    const [zoomIn, zoomOut, reset] = [...root(el).querySelectorAll<HTMLButtonElement>('.zoom button')];
    zoomIn!.click();
    expect(el.inspect().view.k).to.be.closeTo(after.k * 1.5, 1e-6);
    zoomOut!.click();
    reset!.click();
    expect(el.inspect().view.k).to.be.closeTo(before.k, 1e-6);
    expect(zoomIn!.getAttribute('aria-label')).to.equal('Inzoomen');
  });

  it('renders odd networks sensibly and throws nothing', async () => {
    const feeds: Record<string, unknown> = {
      one: { version: 1, actors: [{ id: 'a', type: 'expert', name: 'Alone' }] },
      federations: { version: 1, actors: [1, 2, 3].map((i) => ({ id: `f${i}`, type: 'federation', name: `F${i}` })) },
      loose: {
        version: 1,
        actors: [
          { id: 'a', type: 'association', name: 'A' },
          { id: 'b', type: 'academic', name: 'B' },
        ],
      },
      cycles: {
        version: 1,
        actors: [
          { id: 'a', type: 'federation', name: 'A', memberOf: ['b'] },
          { id: 'b', type: 'federation', name: 'B', memberOf: ['a'] },
          { id: 'c', type: 'expert', name: 'C' },
        ],
        links: [
          { source: 'a', target: 'c' },
          { source: 'c', target: 'a' },
          { source: 'a', target: 'c' },
        ],
      },
    };
    const errors = await pageErrorsOf(async () => {
      for (const [name, feed] of Object.entries(feeds)) {
        worker.use(http.get(`/mock-feeds/odd-${name}.json`, () => HttpResponse.json(feed as Record<string, unknown>)));
        const el = await map(html`<mf-network-map src=${`/mock-feeds/odd-${name}.json`}></mf-network-map>`);
        expect(el.inspect().nodes.length, name).to.equal((feed as { actors: unknown[] }).actors.length);
      }
      const empty = await fixture<MfNetworkMap>(html`<mf-network-map src=${FEEDS.empty}></mf-network-map>`);
      await waitFor(() => text(q(empty, '[part="state"]')).includes('geen actoren'));
    });
    expect(errors).to.deep.equal([]);
  });

  it('shows loading and error states, accessibly', async () => {
    const loading = await fixture<MfNetworkMap>(html`<mf-network-map src=${FEEDS.hanging}></mf-network-map>`);
    expect(q(loading, '[aria-busy="true"]')).to.exist;
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(300);
    await expect(loading).to.be.accessible();
    const error = await fixture<MfNetworkMap>(html`<mf-network-map src=${FEEDS.missing}></mf-network-map>`);
    await waitFor(() => q(error, '[role="alert"]'));
    expect(q(error, 'button[part="retry"]')).to.exist;
    await expect(error).to.be.accessible();
  });

  it('starts hidden and draws when shown; survives removal and re-adding', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="display: none; width: 800px">
        <mf-network-map src=${FEEDS.small}></mf-network-map>
      </div>`,
    );
    const el = wrapper.querySelector('mf-network-map')!;
    await waitFor(() => q(el, 'canvas'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.inspect().nodes).to.have.length(0);
    wrapper.style.display = 'block';
    await waitFor(() => el.inspect().nodes.length > 0, 'did not draw once shown');
    el.remove();
    wrapper.append(el);
    await el.updateComplete;
    wrapper.style.width = '600px';
    await waitFor(() => el.inspect().view.x !== 0 && el.inspect().nodes.length > 0);
    const canvas = q<HTMLCanvasElement>(el, 'canvas')!;
    await waitFor(() => Math.round(canvas.getBoundingClientRect().width) === 598, 'did not follow the new size');
  });

  it('speaks French in French', async () => {
    const el = await map(html`<mf-network-map lang="fr" src=${FEEDS.small}></mf-network-map>`);
    expect(text(q(el, '#summary'))).to.contain('2 fédérations');
    expect(q<HTMLInputElement>(el, 'input')!.getAttribute('aria-label')).to.equal('Chercher un acteur ou un lieu');
    // Text made in an event handler, outside rendering, is in the element's language too.
    q<HTMLCanvasElement>(el, 'canvas')!.dispatchEvent(
      new WheelEvent('wheel', { deltaY: 50, bubbles: true, cancelable: true }),
    );
    await el.updateComplete;
    expect(text(q(el, '.hint'))).to.match(/Utilisez (Ctrl|⌘) \+ défilement pour zoomer/);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible in the ${theme} theme with a selection`, async () => {
      const el = await map(html`<mf-network-map theme=${theme} src=${FEEDS.small} focus="fed-01"></mf-network-map>`);
      await waitFor(() => q(el, '[part="panel"]'));
      await expect(el).to.be.accessible();
    });
  }
});

describe('<mf-network-map> events', () => {
  before(startMocks);

  it('fires mf-load once for the page, not again for the card in its panel or the list inside it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const loads: EventTarget[] = [];
    wrapper.addEventListener('mf-load', (event) => loads.push(event.target!));
    const el = document.createElement('mf-network-map');
    el.src = FEEDS.small;
    el.setAttribute('focus', 'fed-01');
    wrapper.append(el);
    await waitFor(() => q(el, '[part="panel"] mf-actor-card')?.shadowRoot?.querySelector('[part="name"]'));
    el.view = 'list';
    await waitFor(() => q(el, 'mf-actor-list')?.shadowRoot?.querySelector('[part="row"]'));
    expect(loads).to.deep.equal([el]);
  });

  it('draws sharp again when the pixel density changes without a resize (another screen, browser zoom)', async function () {
    // WebKitGTK takes its device scale from GDK_SCALE when it starts, and WebDriver classic has no
    // command to change it on a running window: the change this test plays cannot happen there.
    if ((await engine()) === 'webkit') this.skip();
    const el = await map(html`<mf-network-map src=${FEEDS.small}></mf-network-map>`);
    const canvas = q<HTMLCanvasElement>(el, 'canvas')!;
    const css = canvas.getBoundingClientRect().width;
    expect(canvas.width).to.equal(Math.round(css * window.devicePixelRatio));
    try {
      await setPixelRatio(2);
      await waitFor(() => window.devicePixelRatio === 2);
      // Headless Chromium's emulation fires no media-query change: the next frame (a key) picks it up.
      canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
      await waitFor(() => canvas.width === Math.round(canvas.getBoundingClientRect().width * 2), 'not redrawn at 2×');
    } finally {
      await setPixelRatio(1);
    }
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await waitFor(() => canvas.width === Math.round(canvas.getBoundingClientRect().width), 'not back at 1×');
  });

  it('draws anew within the frame of a resize: no frame shows the canvas blank or stretched', async () => {
    const el = await map(html`<mf-network-map src=${FEEDS.small}></mf-network-map>`);
    const canvas = q<HTMLCanvasElement>(el, 'canvas')!;
    const stage = q<HTMLElement>(el, '.stage')!;
    // Observed after the map's own observer, so called after it in the same frame.
    let calls = 0;
    const seen = new Promise<{ width: number; inked: boolean }>((resolve) => {
      const observer = new ResizeObserver(() => {
        if (calls++ === 0) return; // the first observation, at once
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let inked = false;
        for (let i = 3; i < data.length && !inked; i += 4) inked = data[i] !== 0;
        observer.disconnect();
        resolve({ width: canvas.width, inked });
      });
      observer.observe(stage);
    });
    await frame();
    await frame();
    el.parentElement!.style.width = '600px';
    const { width, inked } = await seen;
    expect(width).to.equal(Math.round(stage.getBoundingClientRect().width * window.devicePixelRatio));
    expect(width).to.be.below(900);
    expect(inked, 'the canvas was blank after the resize').to.equal(true);
  });

  it('draws again after being moved in the page while a frame was pending', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 900px">
        <div></div>
        <div></div>
      </div>`,
    );
    const [first, second] = [...wrapper.children] as HTMLElement[];
    const el = document.createElement('mf-network-map');
    el.src = FEEDS.small;
    first!.append(el);
    await waitFor(() => el.inspect().nodes.length > 0);
    // Ask for a frame (a key press redraws the focus ring), then move the element before it comes.
    keydown(el, 'Home');
    second!.append(el);
    await el.updateComplete;
    // Well after the reattachment (whose resize draws once by itself).
    await new Promise((resolve) => setTimeout(resolve, 200));
    await frame();
    // A key press draws a new frame (its focus ring): inspect() reads what the last frame drew.
    const beforeKey = el.inspect();
    keydown(el, 'ArrowRight');
    await waitFor(
      () => el.inspect().focused !== beforeKey.focused && el.inspect().nodes !== beforeKey.nodes,
      'no frame drawn for the key after moving',
    );
    const drawnBefore = el.inspect().nodes;
    el.setAttribute('types', 'federation');
    await waitFor(
      () => el.inspect().nodes !== drawnBefore && el.inspect().nodes.every((n) => n.id.startsWith('fed-')),
      'no redraw after moving',
    );
  });
});
