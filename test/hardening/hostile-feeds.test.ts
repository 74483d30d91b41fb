/**
 * The hostile corpus (corpus.ts) rendered by every element and every view: nothing runs, nothing
 * unsafe reaches a shadow root, no request leaves the page's origin, text stays text, and every
 * valid actor is still there.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { normaliseFeed, parseFeedText } from '../../src/feed/normalise.js';
import type { MfActorCard } from '../../src/widgets/actor-card/actor-card.js';
import type { MfActorList } from '../../src/widgets/actor-list/actor-list.js';
import type { MfNetworkMap } from '../../src/widgets/network-map/network-map.js';
import '../../src/widgets/member-counter/define.js';
import '../../src/widgets/actor-card/define.js';
import '../../src/widgets/actor-list/define.js';
import '../../src/widgets/network-map/define.js';
import { startMocks, worker } from '../helpers/msw.js';
import { tally } from '../helpers/tally.js';
import { WAIT, waitFor } from '../helpers/wait.js';
import { foreignRequests, prototypePolluted, settled, deepText, unsafeParts, watchPayloads } from './audit.js';
import {
  COORDINATES,
  INVISIBLE_NAMES,
  SPECIAL_IDS,
  TEXT_VECTORS,
  URL_VECTORS,
  corpusFeedText,
  corpusSize,
} from './corpus.js';

const URL = '/mock-feeds/corpus.json';
const text = corpusFeedText();
const network = normaliseFeed(parseFeedText(text));
const payloads = watchPayloads();
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
/** Payloads written as markup, which must show character for character. */
// eslint-disable-next-line no-control-regex
const MARKUP = TEXT_VECTORS.filter((vector) => /[<>{}$&]/.test(vector) && !/[\u0000-\u001f\u2028\u2029]/.test(vector));

let views = 0;
const escaped: string[] = [];
// The feed's problems are reported on the console, as they should be; kept here, not printed.
const logged: string[] = [];
const originals = { warn: console.warn, error: console.error, groupCollapsed: console.groupCollapsed };

function check(el: Element): void {
  escaped.push(...unsafeParts(el));
}

describe('hardening: hostile feeds', function () {
  this.timeout(120_000);

  before(async () => {
    for (const method of ['warn', 'error', 'groupCollapsed'] as const)
      // eslint-disable-next-line no-console
      console[method] = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    await startMocks();
    worker.use(http.get(URL, () => new HttpResponse(text, { headers: { 'content-type': 'application/json' } })));
  });

  afterEach(() => {
    expect(escaped, escaped.slice(0, 5).join('\n')).to.deep.equal([]);
    expect(payloads.count(), 'payloads that ran').to.equal(0);
  });

  after(async () => {
    Object.assign(console, originals);
    // Logos are the feed's own choice of image host; anything else is a request nobody asked for.
    const logos = new Set(network.actors.map((actor) => actor.logo));
    const foreign = foreignRequests().filter((url) => !logos.has(url));
    // Counted first, so that a failure below still shows in the summary.
    await tally({
      vectors: corpusSize() * views + MARKUP.length * 2,
      executed: payloads.count(),
      escaped: escaped.length + foreign.length + (prototypePolluted() ? 1 : 0),
    });
    expect(foreign).to.deep.equal([]);
    expect(prototypePolluted()).to.equal(false);
    // Each problem was reported with where it is.
    expect(logged.join('\n')).to.match(/\/actors\/\d+\/location\/lat/);
  });

  it('has an audit that finds what it looks for', async () => {
    const el = await fixture(html`<div></div>`);
    const root = el.attachShadow({ mode: 'open' });
    root.innerHTML = `<img src="data:," onerror="void 0"><a href="javascript:void 0">a</a><a href="mailto:a@b.example">ok</a>
      <a href="https://ok.example/">ok</a><span hidden style="background: url(https://evil.example/)"></span><iframe></iframe>`;
    expect(unsafeParts(el)).to.have.length(5);
    el.remove();
  });

  it('keeps every valid actor of the corpus, and drops what the rules say', () => {
    const ids = new Set(network.actors.map((actor) => actor.id));
    const lost = [
      ...TEXT_VECTORS.map((_, index) => `text-${index}`),
      ...URL_VECTORS.map((_, index) => `url-${index}`),
      ...SPECIAL_IDS,
      ...COORDINATES.map((_, index) => `coord-${index}`),
    ].filter((id) => !ids.has(id));
    void tally({ lost: lost.length });
    expect(lost).to.deep.equal([]);
    // No URL survived that is not http(s), and none with credentials.
    for (const actor of network.actors) {
      for (const url of [actor.logo, actor.website, ...actor.social.map((s) => s.url)]) {
        if (url === undefined) continue;
        expect(new globalThis.URL(url).protocol, `${actor.id}: ${url}`).to.match(/^https?:$/);
        expect(url).to.not.contain('@');
      }
      const { lat, lon } = actor.location ?? {};
      for (const value of [lat, lon]) if (value !== undefined) expect(Number.isFinite(value)).to.equal(true);
    }
    expect(network.types.get('bad-colour')?.color).to.match(/^#[0-9a-f]{3,6}$/i);
    // A direction override cannot turn the rest of the page around.
    expect(network.byId.get(`text-${TEXT_VECTORS.indexOf('\u202Egnp.exe\u202C Vereniging')}`)?.name).to.equal(
      'gnp.exe Vereniging',
    );
    expect(Object.prototype).to.not.have.property('polluted');
    // Names with nothing visible in them are no names: those actors are skipped.
    for (const [index] of INVISIBLE_NAMES.entries()) expect(ids.has(`invisible-${index}`)).to.equal(false);
  });

  it('member counters, in three languages, on every count and feed-labelled type', async () => {
    for (const lang of ['nl', 'fr', 'en'])
      for (const metric of [
        'associations',
        'federations',
        'actors',
        'hostile-type',
        'bad-colour',
        'employer',
        'toString',
        'constructor',
        '__proto__',
      ]) {
        const el = await fixture(
          html`<mf-member-counter src=${URL} lang=${lang} metric=${metric} duration="0"></mf-member-counter>`,
        );
        await settled(el);
        check(el);
        if (metric === 'toString') expect(deepText(el)).to.contain('Soort toString');
        if (metric === 'hostile-type')
          expect(deepText(el)).to.contain(TEXT_VECTORS[['nl', 'fr', 'en'].indexOf(lang) + 1]);
        el.remove();
      }
    views++;
  });

  for (const variant of ['full', 'compact'] as const) {
    it(`${variant} cards of every actor`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const ids = network.actors.map((actor) => actor.id);
      for (let start = 0; start < ids.length; start += 40) {
        const cards = ids.slice(start, start + 40).map((id) => {
          const card = document.createElement('mf-actor-card');
          card.setAttribute('src', URL);
          card.setAttribute('actor-id', id);
          card.setAttribute('variant', variant);
          return card;
        });
        holder.replaceChildren(...cards);
        for (const card of cards) {
          await settled(card);
          check(card);
        }
        // Markup shows as typed.
        for (const card of cards) {
          const actor = network.byId.get(card.getAttribute('actor-id')!)!;
          if (MARKUP.includes(actor.name)) expect(deepText(card)).to.contain(actor.name);
        }
      }
      holder.remove();
      views++;
    });
  }

  it('cards given a raw hostile actor as a property', async () => {
    // Actors of types named like Object.prototype's members, as a map's selection event hands them on.
    for (const actor of network.actors.filter((a) => a.id.startsWith('type-'))) {
      const el = await fixture<MfActorCard>(html`<mf-actor-card .actor=${actor}></mf-actor-card>`);
      await settled(el);
      check(el);
      expect(deepText(el)).to.contain(actor.name);
      el.remove();
    }
    for (const name of TEXT_VECTORS) {
      const el = await fixture<MfActorCard>(html`<mf-actor-card></mf-actor-card>`);
      el.actor = {
        id: 'raw',
        type: 'association',
        name,
        description: name,
        website: URL_VECTORS[0],
        logo: URL_VECTORS[18],
      };
      await el.updateComplete;
      await settled(el);
      check(el);
      if (MARKUP.includes(name)) expect(deepText(el)).to.contain(name);
      el.remove();
    }
  });

  it('the directory, every row drawn and every row opened, and searched for every payload', async () => {
    const el = await fixture<MfActorList>(
      html`<mf-actor-list src=${URL} style="--mf-list-height: 40000px"></mf-actor-list>`,
    );
    await settled(el);
    // Every row once the list has measured its 40,000 px (Firefox reports the size a frame later).
    const drawn = (): number => el.shadowRoot!.querySelectorAll('[role="option"], li').length;
    await waitFor(() => drawn() > network.actors.length - 2, 'not every row drawn', WAIT.heavy);
    expect(drawn()).to.be.greaterThan(network.actors.length - 2);
    check(el);
    for (const actor of network.actors.filter((a) => a.id.startsWith('text-') || a.id.startsWith('url-'))) {
      el.expandedId = actor.id;
      await el.updateComplete;
      const nested = el.shadowRoot!.querySelector('mf-actor-card');
      if (nested) await settled(nested);
      check(el);
    }
    el.expandedId = undefined;
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"], input')!;
    for (const query of MARKUP) {
      search.value = query;
      search.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      check(el);
    }
    el.remove();
    views++;
  });

  for (const view of ['graph', 'geo', 'list'] as const) {
    it(`the map's ${view} view, with every actor selected in turn${view === 'graph' ? ' and every payload searched' : ''}`, async () => {
      const el = await fixture<MfNetworkMap>(
        html`<div style="width: 900px"><mf-network-map src=${URL} view=${view}></mf-network-map></div>`,
      ).then((wrapper) => wrapper.querySelector('mf-network-map')!);
      await settled(el);
      for (let i = 0; i < 20; i++) await frame();
      check(el);
      const selectable = network.actors.filter(
        (a) => /^(text|url|coord|type)-/.test(a.id) || SPECIAL_IDS.includes(a.id as never),
      );
      for (const actor of selectable) {
        el.focusId = actor.id;
        await el.updateComplete;
        const card = el.shadowRoot!.querySelector('mf-actor-card');
        if (view !== 'list') expect(card, `${view}: no card for ${actor.id}`).to.exist;
        if (card) await settled(card);
        check(el);
        if (card && MARKUP.includes(actor.name)) expect(deepText(card)).to.contain(actor.name);
      }
      if (view === 'graph') {
        const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
        for (const query of MARKUP) {
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await el.updateComplete;
          check(el);
          expect(deepText(el)).to.not.contain('undefined');
        }
      }
      el.remove();
      views++;
    });
  }
});
