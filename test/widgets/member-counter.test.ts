import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '../helpers/browser.js';
import { http, HttpResponse } from 'msw';
import { FEEDS } from '../../src/mocks/handlers.js';
import { partlyBrokenFeed, smallFeed } from '../../src/mocks/feeds.js';
import { normaliseFeed } from '../../src/feed/normalise.js';
import { countMetric } from '../../src/feed/network.js';
import { MfMemberCounter, roundDown } from '../../src/widgets/member-counter/member-counter.js';
import '../../src/widgets/member-counter/define.js';
import { resetFeeds, startMocks, worker } from '../helpers/msw.js';
import { warningsOf } from '../helpers/console.js';
import { q, qa, root, settled, text } from '../helpers/shadow.js';
import { WAIT, waitFor } from '../helpers/wait.js';

const BIG = '/mock-feeds/counter-big.json';
const bigFeed = { ...smallFeed(), stats: { associations: 1834, federations: 10, experts: 1 } };

const visible = (el: Element): string =>
  qa(el, '.value > span:not(.sizer), .label')
    .map((n) => n.textContent?.trim())
    .join(' ');
const spoken = (el: Element): string => text(q(el, '.visually-hidden'));
const counterSettled = (el: MfMemberCounter): Promise<void> => settled(el, '[part="base"], [role="alert"]');

async function counter(attributes: string, lang = 'nl'): Promise<MfMemberCounter> {
  const wrapper = await fixture(
    `<div lang="${lang}"><mf-member-counter duration="0" ${attributes}></mf-member-counter></div>`,
  );
  const el = wrapper.querySelector('mf-member-counter') as MfMemberCounter;
  await counterSettled(el);
  return el;
}

describe('<mf-member-counter>', () => {
  before(startMocks);
  beforeEach(async () => {
    await resetFeeds();
    worker.use(http.get(BIG, () => HttpResponse.json(bigFeed)));
  });
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('is defined and maps attributes to properties', async () => {
    expect(customElements.get('mf-member-counter')).to.equal(MfMemberCounter);
    const el = await counter(`src=${FEEDS.small} metric="federations" format="plus" label="x" duration="0"`);
    expect(el.metric).to.equal('federations');
    expect(el.format).to.equal('plus');
    expect(el.label).to.equal('x');
    expect(el.duration).to.equal(0);
  });

  it('counts each metric, and lets stats win', async () => {
    expect(visible(await counter(`src=${FEEDS.small}`))).to.equal('3 lokale verenigingen');
    expect(visible(await counter(`src=${FEEDS.small} metric="federations"`))).to.equal('2 federaties');
    expect(visible(await counter(`src=${FEEDS.small} metric="actors"`))).to.equal('7 actoren');
    expect(visible(await counter(`src=${FEEDS.small} metric="expert"`))).to.equal('1 expert');
    expect(visible(await counter(`src=${FEEDS.small} metric="employers"`))).to.equal('1 werkgever');
    expect(visible(await counter(`src=${BIG}`))).to.equal('1.834 lokale verenigingen');
  });

  it('counts a feed given as a property or a URL with the counting reader, as the full reader would', async () => {
    const feed = partlyBrokenFeed();
    const full = normaliseFeed(JSON.parse(JSON.stringify(feed)) as unknown);
    for (const metric of ['associations', 'federations', 'actors', 'expert']) {
      const el = document.createElement('mf-member-counter');
      el.duration = 0;
      el.metric = metric;
      el.feed = feed;
      await fixture(el);
      await counterSettled(el);
      expect(visible(el).split(' ')[0], metric).to.equal(String(countMetric(full, metric)));
    }
    const loaded = oneEvent<CustomEvent<{ actors: number }>>(document.body, 'mf-load');
    const el = await counter(`src=${FEEDS.partlyBroken} metric="actors"`);
    expect((await loaded).detail.actors).to.equal(full.actors.length);
    expect(visible(el)).to.equal(`${countMetric(full, 'actors')} actoren`);
  });

  it('formats exact figures per language', async () => {
    expect(visible(await counter(`src=${BIG}`, 'nl'))).to.equal('1.834 lokale verenigingen');
    expect(visible(await counter(`src=${BIG}`, 'fr')).replace(/\s/g, ' ')).to.equal('1 834 associations locales');
    expect(visible(await counter(`src=${BIG}`, 'en'))).to.equal('1,834 local associations');
  });

  it('rounds down with a plus', async () => {
    expect(visible(await counter(`src=${BIG} format="plus"`))).to.equal('1.800+ lokale verenigingen');
    expect(visible(await counter(`src=${BIG} format="plus" metric="federations"`))).to.equal('10+ federaties');
    expect(visible(await counter(`src=${BIG} format="plus" metric="federations"`, 'en'))).to.equal('10+ federations');
    expect(roundDown(1834)).to.deep.equal({ value: 1800, plus: true });
    expect(roundDown(12_345)).to.deep.equal({ value: 12_000, plus: true });
    expect(roundDown(187)).to.deep.equal({ value: 180, plus: true });
    expect(roundDown(47)).to.deep.equal({ value: 40, plus: true });
    expect(roundDown(7)).to.deep.equal({ value: 7, plus: false });
  });

  it('uses singular and plural labels, and the label attribute', async () => {
    expect(visible(await counter(`src=${BIG} metric="experts"`, 'fr'))).to.equal('1 expert');
    const feed = { ...smallFeed(), stats: { federations: 1 } };
    worker.use(http.get('/mock-feeds/one.json', () => HttpResponse.json(feed)));
    expect(visible(await counter(`src="/mock-feeds/one.json" metric="federations"`))).to.equal('1 federatie');
    expect(visible(await counter(`src=${BIG} label="leden"`))).to.equal('1.834 leden');
    const hostile = await counter(`src=${BIG} label="<img src=x>"`);
    expect(visible(hostile)).to.equal('1.834 <img src=x>');
    expect(root(hostile).querySelector('img')).to.equal(null);
  });

  it('counts up once when scrolled into view, and screen readers hear only the final figure', async () => {
    await setViewport({ width: 800, height: 600 });
    const wrapper = await fixture(
      html`<div lang="nl">
        <div style="height: 1500px"></div>
        <mf-member-counter src=${BIG} duration="600"></mf-member-counter>
      </div>`,
    );
    const el = wrapper.querySelector('mf-member-counter') as MfMemberCounter;
    await counterSettled(el);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Out of view: waiting at 0, the final figure already spoken.
    expect(visible(el)).to.equal('0 lokale verenigingen');
    expect(spoken(el)).to.equal('1.834 lokale verenigingen');
    const seen = new Set<string>();
    el.scrollIntoView();
    await waitFor(
      () => {
        seen.add(visible(el));
        expect(spoken(el)).to.equal('1.834 lokale verenigingen');
        return visible(el) === '1.834 lokale verenigingen';
      },
      'did not reach the final figure',
      WAIT.render,
      16,
    );
    expect(seen.size).to.be.greaterThan(3);
    expect(root(el).querySelector('.value')?.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(root(el).querySelector('.value')!).fontVariantNumeric).to.equal('tabular-nums');
    // Once: scrolling away and back does not count again.
    window.scrollTo(0, 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    el.scrollIntoView();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(visible(el)).to.equal('1.834 lokale verenigingen');
  });

  it('keeps its width while counting up', async () => {
    const el = await fixture<MfMemberCounter>(html`<mf-member-counter src=${BIG} duration="800"></mf-member-counter>`);
    await counterSettled(el);
    const widths = new Set<number>();
    await waitFor(
      () => {
        widths.add(Math.round(root(el).querySelector('.value')!.getBoundingClientRect().width));
        return visible(el).startsWith('1.834');
      },
      'no final figure',
      WAIT.render,
      16,
    );
    expect(widths.size).to.equal(1);
  });

  it('does not count up under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<MfMemberCounter>(html`<mf-member-counter src=${BIG} duration="5000"></mf-member-counter>`);
    await counterSettled(el);
    await el.updateComplete;
    expect(visible(el)).to.equal('1.834 lokale verenigingen');
  });

  it('reserves its final height while loading', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.get('/mock-feeds/gated.json', async () => {
        await gate;
        return HttpResponse.json(bigFeed);
      }),
    );
    const el = await fixture<MfMemberCounter>(
      html`<mf-member-counter src="/mock-feeds/gated.json" duration="0"></mf-member-counter>`,
    );
    const loadingHeight = el.getBoundingClientRect().height;
    expect(root(el).querySelector('[aria-busy="true"]')).to.exist;
    await expect(el).to.be.accessible();
    release();
    await counterSettled(el);
    expect(Math.abs(el.getBoundingClientRect().height - loadingHeight)).to.be.lessThan(2);
  });

  it('shows a localized error with a retry that works', async () => {
    let calls = 0;
    worker.use(
      http.get('/mock-feeds/flaky-counter.json', () =>
        ++calls === 1 ? HttpResponse.error() : HttpResponse.json(bigFeed),
      ),
    );
    const el = await counter(`src="/mock-feeds/flaky-counter.json"`, 'fr');
    expect(root(el).querySelector('[role="alert"]')?.textContent).to.contain("n'ont pas pu être récupérées");
    await expect(el).to.be.accessible();
    // By keyboard: the retry button takes focus and Enter activates it.
    const loaded = oneEvent(el, 'mf-load');
    root(el).querySelector<HTMLButtonElement>('button[part="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await loaded;
    await waitFor(() => visible(el).startsWith('1'));
    expect(visible(el).replace(/\s/g, ' ')).to.equal('1 834 associations locales');
  });

  it('renders two languages side by side', async () => {
    const page = await fixture(
      html`<div>
        <mf-member-counter lang="fr" src=${BIG} duration="0"></mf-member-counter>
        <mf-member-counter lang="en" src=${BIG} duration="0"></mf-member-counter>
        <mf-member-counter src=${BIG} duration="0"></mf-member-counter>
      </div>`,
    );
    const [fr, en, nl] = [...page.querySelectorAll('mf-member-counter')];
    await waitFor(() => [fr, en, nl].every((el) => root(el!).querySelector('[part="base"]')));
    expect(visible(fr!)).to.contain('associations locales');
    expect(visible(en!)).to.equal('1,834 local associations');
    expect(visible(nl!)).to.equal('1.834 lokale verenigingen');
  });

  it('follows the system colour scheme with theme="auto"', async () => {
    const el = await counter(`src=${BIG} theme="auto"`);
    const label = root(el).querySelector('.label')!;
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(label).color).to.equal('rgb(238, 241, 244)');
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(label).color).to.equal('rgb(27, 31, 36)');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible in the ${theme} theme`, async () => {
      const el = await counter(`src=${BIG} theme="${theme}"`);
      await expect(el).to.be.accessible();
    });
  }

  it('warns once about an unknown metric and shows 0', async () => {
    const warnings = await warningsOf(async () => {
      const el = await counter(`src=${FEEDS.small} metric="spaceships"`);
      expect(visible(el)).to.equal('0 spaceships');
    });
    expect(warnings.filter((w) => w.includes('spaceships'))).to.have.length(1);
  });
});
