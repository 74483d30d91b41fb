/**
 * End to end, against the built `dist/` (npm test builds it first): pages made only of what a
 * partner pastes, under strict CSP and Trusted Types, with bundles loaded twice, and the CMS-safe
 * form through the loader.
 */
import { expect } from '@open-wc/testing';
import { snippetFor } from '../../demo/snippet.js';
import { allRendered, ALL_ELEMENTS, E2E_FEED, page, removePages, shadowText, win } from '../helpers/pages.js';
import { WAIT, waitFor } from '../helpers/wait.js';

const FEED = E2E_FEED;

const DIVS = `
  <div data-mf="member-counter" data-src="${FEED}" data-duration="0"></div>
  <div data-mf="actor-card" data-src="${FEED}" data-actor-id="fed-01"></div>
  <div data-mf="network-map" data-src="${FEED}"></div>
  <div data-mf="actor-list" data-src="${FEED}"></div>`;

/** Every file the page requested, by path. */
const requested = (frame: HTMLIFrameElement): string[] =>
  frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/'));

const ALL = ALL_ELEMENTS;

/** The card itself, not its loading state (whose placeholder text reads "Gent, Oost-Vlaanderen" too). */
const cardShown = (frame: HTMLIFrameElement): boolean =>
  Boolean(frame.contentDocument?.querySelector('mf-actor-card')?.shadowRoot?.querySelector('article[part="base"]'));

describe('the built bundles', () => {
  afterEach(removePages);

  it('render every element on a blank page holding only the README snippet', async () => {
    const readme = await (await fetch('/README.md')).text();
    const snippet = /## Paste this[\s\S]*?```html\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet, 'README has a snippet').to.be.a('string');
    const local = snippet!
      .replaceAll('https://YOUR-SITE/netwerk-widgets/', '/dist/')
      .replaceAll('https://YOUR-SITE/netwerk/feed.json', FEED);
    const frame = await page(local);
    // Every element is in the snippet, and each shows its data (no loading, error or empty state).
    await allRendered(frame);
    const states = [
      ...frame.contentDocument!.querySelectorAll('mf-member-counter, mf-actor-card, mf-network-map, mf-actor-list'),
    ]
      .filter((el) => el.shadowRoot!.querySelector('[part="state"]'))
      .map((el) => el.localName);
    expect(states).to.deep.equal([]);
    expect(win(frame).__errors).to.deep.equal([]);
  });

  it('render a snippet copied from the configurator', async () => {
    const snippet = snippetFor({
      widget: 'actor-card',
      script: '/dist/mf-widgets.js',
      attributes: { src: FEED, 'actor-id': 'fed-02', lang: 'fr' },
    });
    const frame = await page(snippet);
    await waitFor(
      () => shadowText(frame, 'mf-actor-card').includes('Federatie Zijderoute'),
      'the snippet did not render',
      WAIT.heavy,
    );
    expect(shadowText(frame, 'mf-actor-card')).to.contain('fédération');
  });

  it("render the configurator's CMS-safe pair: the site's script once, the editor's div", async () => {
    const site = snippetFor({ widget: 'member-counter', script: '/dist/mf-loader.js', attributes: {} }).split('\n')[0]!;
    const editor = snippetFor({
      widget: 'member-counter',
      script: '/dist/mf-loader.js',
      attributes: { src: FEED, metric: 'federations', duration: '0' },
      form: 'div',
      withoutScript: true,
    });
    expect(editor).to.not.contain('<script');
    const frame = await page(`${site}<article><p>Tekst van de redacteur</p>${editor}</article>`);
    await waitFor(
      () => shadowText(frame, 'mf-member-counter').includes('federaties'),
      'the div did not render',
      WAIT.heavy,
    );
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
      <div data-mf=" Mf-Member-Counter " data-src="${FEED}" data-metric="federations" data-duration="0" data-onclick="window.__clicked=1" class="partner-class" style="--mf-counter-padding: 3px"></div>
      <div data-mf="unknown-thing" data-src="${FEED}"></div>`);
    await waitFor(() => shadowText(frame, 'mf-member-counter').includes('federaties'), 'not upgraded', WAIT.heavy);
    const doc = frame.contentDocument!;
    const counter = doc.querySelector('mf-member-counter')!;
    expect(counter.getAttribute('metric')).to.equal('federations');
    expect(counter.hasAttribute('onclick')).to.equal(false);
    expect(counter.className).to.equal('partner-class');
    // The name as editors type it (spaces, capitals, the tag's prefix); the inline style moves along.
    expect(counter.style.getPropertyValue('--mf-counter-padding').trim()).to.equal('3px');
    expect(doc.querySelector('div[data-mf="unknown-thing"]')).to.exist;
    expect(frame.contentWindow!.customElements.get('mf-network-map')).to.equal(undefined);
    // Added later, by a script of the page: upgraded too.
    const late = doc.createElement('div');
    late.dataset['mf'] = 'actor-card';
    late.dataset['src'] = FEED;
    late.dataset['actorId'] = 'fed-01';
    doc.body.append(late);
    await waitFor(
      () => shadowText(frame, 'mf-actor-card').includes('Federatie Atlas'),
      'late div not upgraded',
      WAIT.heavy,
    );
  });

  it('loader: loads an element only when it comes near the viewport', async () => {
    const frame = await page(`
      <script type="module" src="/dist/mf-loader.js"></script>
      <mf-member-counter src="${FEED}" duration="0"></mf-member-counter>
      <div style="height: 5000px"></div>
      <mf-actor-list src="${FEED}"></mf-actor-list>`);
    const registry = frame.contentWindow!.customElements;
    await waitFor(() => registry.get('mf-member-counter'), 'the visible element did not load', WAIT.heavy);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(registry.get('mf-actor-list')).to.equal(undefined);
    frame.contentDocument!.querySelector('mf-actor-list')!.scrollIntoView();
    await waitFor(() => registry.get('mf-actor-list'), 'the far element did not load when scrolled to', WAIT.heavy);
  });

  it("the directory loads the card's code when a row is first opened, and shows it there", async () => {
    const frame = await page(`
      <script type="module" src="/dist/mf-actor-list.js"></script>
      <mf-actor-list src="${FEED}"></mf-actor-list>`);
    const list = (): ShadowRoot => frame.contentDocument!.querySelector('mf-actor-list')!.shadowRoot!;
    await waitFor(() => list()?.querySelector('li button'), 'no rows', WAIT.heavy);
    const registry = frame.contentWindow!.customElements;
    expect(requested(frame)).to.not.include('/dist/mf-actor-card.js');
    expect(registry.get('mf-actor-card')).to.equal(undefined);
    list().querySelector<HTMLButtonElement>('li button')!.click();
    await waitFor(
      () => list().querySelector('li.expanded mf-actor-card')?.shadowRoot?.querySelector('[part="name"]'),
      'the opened row shows no card',
      WAIT.heavy,
    );
    expect(requested(frame)).to.include('/dist/mf-actor-card.js');
    expect(win(frame).__errors).to.deep.equal([]);
  });

  it("the map loads the card's code when its panel first shows one", async () => {
    const frame = await page(`
      <script type="module" src="/dist/mf-network-map.js"></script>
      <mf-network-map src="${FEED}" style="height: 500px"></mf-network-map>`);
    const map = frame.contentDocument!.querySelector('mf-network-map')!;
    await waitFor(() => map.shadowRoot?.querySelector('canvas'), 'no map', WAIT.heavy);
    await waitFor(() => !map.shadowRoot!.querySelector('[part="state"]'), 'the map did not load', WAIT.heavy);
    expect(requested(frame)).to.not.include('/dist/mf-actor-card.js');
    map.setAttribute('focus', 'fed-01');
    await waitFor(
      () => map.shadowRoot!.querySelector('mf-actor-card')?.shadowRoot?.querySelector('[part="name"]'),
      'the panel shows no card',
      WAIT.heavy,
    );
    expect(requested(frame)).to.include('/dist/mf-actor-card.js');
    expect(win(frame).__errors).to.deep.equal([]);
  });

  it('render each widget on a page holding only the CMS-safe divs and the loader', async () => {
    const frame = await page(`<script type="module" src="/dist/mf-loader.js"></script>${DIVS}`);
    await allRendered(frame);
    expect(frame.contentDocument!.querySelectorAll('[data-mf]')).to.have.length(0);
    expect(win(frame).__errors).to.deep.equal([]);
  });

  it('loader: a page with one counter downloads no code of the other widgets', async () => {
    const frame = await page(`
      <script type="module" src="/dist/mf-loader.js"></script>
      <div data-mf="member-counter" data-src="${FEED}" data-duration="0"></div>`);
    await waitFor(
      () => shadowText(frame, 'mf-member-counter').includes('lokale verenigingen'),
      'no counter',
      WAIT.heavy,
    );
    const files = requested(frame);
    expect(files).to.include('/dist/mf-member-counter.js');
    expect(
      files.filter((path) => /mf-(network-map|actor-card|actor-list|widgets)|actor-|provinces|municipal/.test(path)),
    ).to.deep.equal([]);
    // It reads the feed with the counting reader: the full one (normalise) is not fetched.
    expect(files.filter((path) => /chunks\/read-core-/.test(path))).to.have.length(1);
    expect(files.filter((path) => /normalise/.test(path))).to.deep.equal([]);
    // Nor inside a shared chunk: no file it fetched registers another widget.
    for (const path of files) {
      const code = (await (await fetch(path)).text()).replace(/\/\/# sourceMappingURL=.*/g, '');
      const hit = /[`"']mf-(network-map|actor-list|actor-card)[`"']/.exec(code)?.[0];
      expect(hit, `${path} registers another widget`).to.equal(undefined);
    }
  });

  it('per-element entries: a counter and a card on one feed make one request; the counter reads counts, the card the whole feed', async () => {
    const frame = await page(`
      <script type="module" src="/dist/mf-member-counter.js"></script>
      <script type="module" src="/dist/mf-actor-card.js"></script>
      <mf-member-counter src="${FEED}" metric="actors" duration="0"></mf-member-counter>
      <mf-actor-card src="${FEED}" actor-id="assoc-0001"></mf-actor-card>`);
    await waitFor(() => cardShown(frame), 'no card', WAIT.heavy);
    await waitFor(() => /\d actoren/.test(shadowText(frame, 'mf-member-counter')), 'no count', WAIT.heavy);
    const all = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname);
    expect(all.filter((path) => path === new URL(FEED, location.href).pathname)).to.have.length(1);
    // Whichever asks first, the card's full read answers the counter too once it is there.
    const readers = requested(frame).flatMap((path) => /chunks\/(read-core|count|normalise)-/.exec(path)?.[1] ?? []);
    expect(readers).to.include.members(['read-core', 'normalise']);
    // The same figure as the full reader counts: every actor but the network.
    const feed = (await (await fetch(FEED)).json()) as { actors: Array<{ type: string }> };
    const figure = /\d[\d.]*/.exec(shadowText(frame, 'mf-member-counter'))![0].replace(/\./g, '');
    expect(Number(figure)).to.equal(feed.actors.filter((actor) => actor.type !== 'network').length);
  });

  it('per-element entries: the validator comes with the first feed, not with any element', async () => {
    const names = ['mf-member-counter', 'mf-actor-card', 'mf-network-map', 'mf-actor-list'];
    const frame = await page(
      names.map((name) => `<script type="module" src="/dist/${name}.js"></script><${name}></${name}>`).join(''),
    );
    const registry = frame.contentWindow!.customElements;
    await waitFor(() => names.every((name) => registry.get(name)), 'not every element defined', WAIT.heavy);
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const path of requested(frame)) {
      const code = await (await fetch(path)).text();
      // A message of the feed schema (src/feed/schema.ts): only the validator's chunk holds it.
      expect(code.includes('object of language'), `${path} holds the validator`).to.equal(false);
    }
  });

  it('per-element entries: a Dutch page loads no table of French place names; a French one does, and uses it', async () => {
    const holds = async (frame: HTMLIFrameElement): Promise<boolean> => {
      for (const path of requested(frame)) {
        if ((await (await fetch(path)).text()).includes('Watermael-Boitsfort')) return true;
      }
      return false;
    };
    for (const lang of ['nl', 'fr']) {
      const frame = await page(
        `<script type="module" src="/dist/mf-actor-card.js"></script><mf-actor-card lang="${lang}" src="${FEED}" actor-id="assoc-0002"></mf-actor-card>`,
      );
      const place = lang === 'nl' ? 'Sint-Jans-Molenbeek' : 'Molenbeek-Saint-Jean';
      await waitFor(() => shadowText(frame, 'mf-actor-card').includes(place), `${lang}: no ${place}`, WAIT.heavy);
      expect(await holds(frame), lang).to.equal(lang === 'fr');
    }
  });

  it('places: a feed placed by postcode, postal place or French name loads the postcode table and shows "Borgerhout (Antwerpen)"; a complete feed never loads it', async () => {
    // "Gentbrugge" stands in the postcode table only.
    const holdsTable = async (frame: HTMLIFrameElement): Promise<boolean> => {
      for (const path of requested(frame)) if ((await (await fetch(path)).text()).includes('Gentbrugge')) return true;
      return false;
    };
    const complete = await page(
      `<script type="module" src="/dist/mf-actor-card.js"></script><mf-actor-card src="${FEED}" actor-id="assoc-0001"></mf-actor-card>`,
    );
    await waitFor(
      () => cardShown(complete) && shadowText(complete, 'mf-actor-card').includes('Gent'),
      'no card',
      WAIT.heavy,
    );
    expect(await holdsTable(complete), 'a complete feed loaded the postcode table').to.equal(false);

    const placed = await page(
      `<script type="module" src="/dist/mf-widgets.js"></script>
       <mf-actor-card src="/test/e2e/places-feed.json" actor-id="brug"></mf-actor-card>
       <mf-actor-list src="/test/e2e/places-feed.json" province="brussel"></mf-actor-list>`,
    );
    await waitFor(
      () => shadowText(placed, 'mf-actor-card').includes('Borgerhout (Antwerpen)'),
      'no Borgerhout (Antwerpen)',
      WAIT.heavy,
    );
    // The federation written "1020 Laeken" is counted in Brussels: the province filter finds it.
    await waitFor(
      () => shadowText(placed, 'mf-actor-list').includes('Laeken (Brussel)'),
      'Laeken not in Brussels',
      WAIT.heavy,
    );
    expect(shadowText(placed, 'mf-actor-list')).not.to.contain('VZW De Brug');
  });

  it('loader: tags and divs added later by the page are loaded and upgraded', async () => {
    const frame = await page(`<script type="module" src="/dist/mf-loader.js"></script><main></main>`);
    const doc = frame.contentDocument!;
    await new Promise((resolve) => setTimeout(resolve, 100));
    // A single-page app renders a block with a tag, then a CMS renders a block with a div, nested.
    doc
      .querySelector('main')!
      .insertAdjacentHTML('beforeend', `<section><mf-actor-list src="${FEED}"></mf-actor-list></section>`);
    const block = doc.createElement('article');
    block.innerHTML = `<p>Tekst</p><div data-mf="actor-card" data-src="${FEED}" data-actor-id="fed-01"></div>`;
    doc.querySelector('main')!.append(block);
    await waitFor(
      () =>
        shadowText(frame, 'mf-actor-list').includes('actoren gevonden') &&
        shadowText(frame, 'mf-actor-card').includes('Federatie Atlas'),
      'late content not upgraded',
      WAIT.heavy,
    );
  });

  it('never upgrade a div twice, with the loader and a full bundle on one page, and warn once about an unknown name', async () => {
    const frame = await page(`
      <script type="module" src="/dist/mf-loader.js"></script>
      <script type="module" src="/dist/mf-widgets.js"></script>
      <script src="/dist/mf-widgets.iife.js"></script>
      ${DIVS}
      <div data-mf="network-kaart" data-src="${FEED}"></div>`);
    await allRendered(frame);
    const added = win(frame).__added;
    // Each div became exactly one element in the page (nested cards live in shadow roots).
    for (const name of ['mf-member-counter', 'mf-actor-card', 'mf-network-map', 'mf-actor-list'])
      expect(
        added.filter((n) => n === name),
        name,
      ).to.have.length(1);
    const unknown = win(frame).__warnings.filter((text) => text.includes('network-kaart'));
    expect(unknown).to.have.length(1);
    expect(unknown[0]).to.contain('member-counter, actor-card, network-map, actor-list');
    expect(frame.contentDocument!.querySelector('[data-mf="network-kaart"]')).to.exist;
    expect(win(frame).__errors).to.deep.equal([]);
  });
});
