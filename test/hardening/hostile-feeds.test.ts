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
import { captureConsole, type ConsoleCapture } from '../helpers/console.js';
import { frame } from '../helpers/map.js';
import { settled as shown } from '../helpers/shadow.js';
import { startMocks, worker } from '../helpers/msw.js';
import { tally } from '../helpers/tally.js';
import { WAIT, waitFor } from '../helpers/wait.js';
import { foreignRequests, prototypePolluted, deepText, unsafeParts, watchPayloads } from './audit.js';
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
/** Until `el` shows something other than its loading state. */
const settled = (el: Element): Promise<void> => shown(el, undefined, 10_000);
/** Payloads written as markup, which must show character for character. */
// eslint-disable-next-line no-control-regex
const MARKUP = TEXT_VECTORS.filter((vector) => /[<>{}$&]/.test(vector) && !/[\u0000-\u001f\u2028\u2029]/.test(vector));

let views = 0;
const escaped: string[] = [];
// The feed's problems are reported on the console, as they should be; kept here, not printed
// (Lit's dev-mode warnings still reach their guard, which fails the test).
let logged: ConsoleCapture<'warn' | 'error' | 'groupCollapsed'>;

/** The card in `root` if it shows actor `id` (a card kept from the actor before does not count). */
function cardFor(root: ParentNode, id: string): MfActorCard | undefined {
  const card = root.querySelector<MfActorCard>('mf-actor-card');
  return (card?.actor as { id?: string } | undefined)?.id === id ? card! : undefined;
}

function check(el: Element): void {
  escaped.push(...unsafeParts(el));
}

describe('hardening: hostile feeds', function () {
  this.timeout(120_000);

  before(async () => {
    logged = captureConsole(['warn', 'error', 'groupCollapsed']);
    await startMocks();
    worker.use(http.get(URL, () => new HttpResponse(text, { headers: { 'content-type': 'application/json' } })));
  });

  afterEach(() => {
    expect(escaped, escaped.slice(0, 5).join('\n')).to.deep.equal([]);
    expect(payloads.count(), 'payloads that ran').to.equal(0);
  });

  after(async () => {
    logged.restore();
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
    expect(logged.lines.join('\n')).to.match(/\/actors\/\d+\/location\/lat/);
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
      // The expanded row's card, the only one in the directory.
      await waitFor(() => cardFor(el.shadowRoot!, actor.id), `no card for ${actor.id}`);
      await settled(cardFor(el.shadowRoot!, actor.id)!);
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
        // The list view opens the selected actor's row without scrolling to it: every row in view.
        html`<div style="width: 900px">
          <mf-network-map
            src=${URL}
            view=${view}
            style=${view === 'list' ? '--mf-map-height: 40000px' : ''}
          ></mf-network-map>
        </div>`,
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
        // The list view shows the card in its directory's expanded row.
        const within = view === 'list' ? el.shadowRoot!.querySelector('mf-actor-list')!.shadowRoot! : el.shadowRoot!;
        await waitFor(() => cardFor(within, actor.id), `${view}: no card for ${actor.id}`);
        const card = cardFor(within, actor.id)!;
        await settled(card);
        check(el);
        if (MARKUP.includes(actor.name)) expect(deepText(card)).to.contain(actor.name);
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
