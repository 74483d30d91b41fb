import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '../helpers/browser.js';
import { http, HttpResponse } from 'msw';
import { FEEDS } from '../../src/mocks/handlers.js';
import { smallFeed } from '../../src/mocks/feeds.js';
import type { MfActorSelectDetail, MfErrorDetail } from '../../src/shared/events.js';
import { MfActorCard, initials } from '../../src/widgets/actor-card/actor-card.js';
import '../../src/widgets/actor-card/define.js';
import { gate, recordRequests, resetFeeds, startMocks, worker } from '../helpers/msw.js';
import { q, root, settled, text } from '../helpers/shadow.js';
import { waitFor } from '../helpers/wait.js';

const cardSettled = (el: MfActorCard): Promise<void> => settled(el, '[part="base"], [role="alert"], [role="note"]');

async function card(template: ReturnType<typeof html>): Promise<MfActorCard> {
  const wrapper = await fixture(html`<div>${template}</div>`);
  const el = wrapper.querySelector('mf-actor-card')!;
  await cardSettled(el);
  return el;
}

describe('<mf-actor-card>', () => {
  before(startMocks);
  beforeEach(resetFeeds);

  it('is defined and maps attributes to properties', async () => {
    expect(customElements.get('mf-actor-card')).to.equal(MfActorCard);
    const el = await card(
      html`<mf-actor-card src=${FEEDS.small} actor-id="fed-01" variant="compact" heading-level="2"></mf-actor-card>`,
    );
    expect(el.actorId).to.equal('fed-01');
    expect(el.variant).to.equal('compact');
    expect(el.headingLevel).to.equal(2);
  });

  it('shows everything about an actor', async () => {
    const el = await card(html`<mf-actor-card src=${FEEDS.small} actor-id="fed-01"></mf-actor-card>`);
    expect(text(q(el, '[part="name"]'))).to.equal('Federatie Atlas');
    expect(q(el, '[part="name"]')?.getAttribute('role')).to.equal('heading');
    // No heading before it on the test page: one level below the page's title, 2.
    expect(q(el, '[part="name"]')?.getAttribute('aria-level')).to.equal('2');
    expect(text(q(el, '[part="type"]'))).to.equal('federatie');
    expect(q(el, '[part="type"] svg path')).to.exist;
    expect(text(q(el, '[part="description"]'))).to.equal('Fictieve federatie voor de demo.');
    expect(text(q(el, '[part="details"]')))
      .to.contain('Gent, Oost-Vlaanderen')
      .and.contain('2 lokale verenigingen')
      .and.contain('1995');
    expect([...root(el).querySelectorAll('[part="themes"] li')].map(text)).to.deep.equal(['onderwijs', 'werk']);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="links"] a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://federatie-atlas.example/',
      'mailto:info@federatie-atlas.example',
      'tel:+3222001040',
      'https://facebook.example/atlas',
    ]);
    for (const a of links.filter((link) => link.href.startsWith('http'))) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(text(a)).to.contain('(opent in een nieuw tabblad)');
    }
    await expect(el).to.be.accessible();
  });

  it('shows the initials, with readable contrast, when there is no logo or the logo fails', async () => {
    const feed = smallFeed();
    feed.actors[3] = { ...feed.actors[3], logo: `${location.origin}/mock-feeds/broken-logo.png` };
    // Held until the test has seen the image; then it fails.
    const logo = gate();
    worker.use(
      http.get('/mock-feeds/logo.json', () => HttpResponse.json(feed)),
      http.get('/mock-feeds/broken-logo.png', async () => {
        await logo.hold();
        return new HttpResponse(null, { status: 404 });
      }),
    );
    const noLogo = await card(html`<mf-actor-card src=${FEEDS.small} actor-id="assoc-0003"></mf-actor-card>`);
    expect(text(q(noLogo, '[part="avatar"]'))).to.equal('AC');
    const el = await card(html`<mf-actor-card src="/mock-feeds/logo.json" actor-id="assoc-0001"></mf-actor-card>`);
    const img = q<HTMLImageElement>(el, '[part="avatar"] img');
    expect(img?.getAttribute('loading')).to.equal('lazy');
    expect(img?.alt).to.equal('Logo van Vereniging Amani Gent');
    logo.release();
    await waitFor(() => !q(el, '[part="avatar"] img'), 'broken logo was not replaced');
    expect(text(q(el, '[part="avatar"]'))).to.equal('VA');
    await expect(el).to.be.accessible();
    expect(initials('Ömer Şahin', 'nl')).to.equal('ÖŞ');
    expect(initials('👩🏽‍🤝‍👩🏿 Vereniging Samen', 'nl')).to.equal('VS');
    expect(initials('جمعية النور', 'nl')).to.equal('جا');
  });

  it("describes in the element's language, with fallback nl → fr → en → any", async () => {
    const fr = await card(html`<mf-actor-card lang="fr" src=${FEEDS.small} actor-id="assoc-0001"></mf-actor-card>`);
    expect(text(q(fr, '[part="description"]'))).to.equal('Association locale à Gand.');
    const en = await card(html`<mf-actor-card lang="en" src=${FEEDS.small} actor-id="assoc-0001"></mf-actor-card>`);
    expect(text(q(en, '[part="description"]'))).to.equal('Lokale vereniging in Gent.');
    expect(text(q(en, '[part="type"]'))).to.equal('local association');
    expect(text(q(en, '[part="details"]'))).to.contain('Member of');
  });

  it("names the place in the element's language: Gand, Molenbeek-Saint-Jean; Ghent, Molenbeek-Saint-Jean", async () => {
    const place = async (lang: string, id: string, expected: string): Promise<void> => {
      const el = await card(html`<mf-actor-card lang=${lang} src=${FEEDS.small} actor-id=${id}></mf-actor-card>`);
      // French and English names come with their table, loaded on first use.
      await waitFor(() => text(q(el, '[part="details"]')).includes(expected), `${lang}: no "${expected}"`);
    };
    await place('fr', 'assoc-0001', 'Gand, Flandre-Orientale');
    await place('en', 'assoc-0001', 'Ghent, East Flanders');
    await place('nl', 'assoc-0001', 'Gent, Oost-Vlaanderen');
    // Brussels: French in en too, as English writes them.
    await place('fr', 'assoc-0002', 'Molenbeek-Saint-Jean');
    await place('en', 'assoc-0002', 'Molenbeek-Saint-Jean');
    await place('nl', 'assoc-0002', 'Sint-Jans-Molenbeek');
    await place('fr', 'expert-0001', 'Louvain');
  });

  it('emits mf-actor-select for its federation, by mouse and by keyboard', async () => {
    const el = await card(html`<mf-actor-card src=${FEEDS.small} actor-id="assoc-0001"></mf-actor-card>`);
    const button = q<HTMLButtonElement>(el, '[part="federation"]')!;
    expect(text(button)).to.equal('Federatie Atlas');
    let selected = oneEvent(el, 'mf-actor-select');
    button.click();
    let event = (await selected) as CustomEvent<MfActorSelectDetail>;
    expect(event.detail.id).to.equal('fed-01');
    expect(event.detail.actor.name).to.equal('Federatie Atlas');
    expect(event.bubbles && event.composed).to.equal(true);
    button.focus();
    selected = oneEvent(el, 'mf-actor-select');
    await sendKeys({ press: 'Enter' });
    event = (await selected) as CustomEvent<MfActorSelectDetail>;
    expect(event.detail.id).to.equal('fed-01');
  });

  it('can be travelled by keyboard: every link and button in order', async () => {
    const el = await card(html`<mf-actor-card src=${FEEDS.small} actor-id="fed-01"></mf-actor-card>`);
    const focusables = [...root(el).querySelectorAll('a, button')];
    expect(focusables).to.have.length(4);
    (focusables[0] as HTMLElement).focus();
    for (let i = 1; i < focusables.length; i++) {
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(focusables[i]);
    }
  });

  it('shows a compact variant', async () => {
    const el = await card(
      html`<mf-actor-card variant="compact" src=${FEEDS.small} actor-id="assoc-0003"></mf-actor-card>`,
    );
    expect(text(q(el, '[part="name"]'))).to.equal('Associação Cultural Saudade Antwerpen');
    expect(text(q(el, '.subline')))
      .to.contain('lokale vereniging')
      .and.contain('Antwerpen');
    expect(q(el, '[part="description"], [part="links"], [part="details"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('displays right-to-left names in their own direction', async () => {
    const el = await card(html`<mf-actor-card src=${FEEDS.small} actor-id="assoc-0002"></mf-actor-card>`);
    const name = q(el, '[part="name"]')!;
    expect(name.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(name).direction).to.equal('rtl');
  });

  it('shows a localized not-found state and fires mf-error with reason not-found', async () => {
    const el = document.createElement('mf-actor-card');
    el.lang = 'fr';
    const failed = oneEvent(el, 'mf-error');
    el.src = FEEDS.small;
    el.actorId = 'nobody';
    document.body.append(el);
    const event = (await failed) as CustomEvent<MfErrorDetail>;
    expect(event.detail.reason).to.equal('not-found');
    expect(event.detail.message).to.contain('nobody');
    await el.updateComplete;
    expect(text(q(el, '[role="alert"]'))).to.equal('Cet acteur ne fait pas partie du réseau.');
    expect(q(el, 'button[part="retry"]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('takes an actor set as a property, with a feed for its federation, and without one', async () => {
    const recorder = recordRequests();
    const raw = { id: 'x', type: 'expert', name: 'Nadia Haddad', memberOf: ['fed-01'], website: 'javascript:alert(1)' };
    const alone = await card(html`<mf-actor-card .actor=${raw}></mf-actor-card>`);
    expect(text(q(alone, '[part="name"]'))).to.equal('Nadia Haddad');
    expect(q(alone, '[part="links"]')).to.equal(null);
    expect(q(alone, '[part="federation"]')).to.equal(null);
    recorder.stop();
    expect(recorder.urls).to.deep.equal([]);
    const withFeed = await card(html`<mf-actor-card .actor=${raw} .feed=${smallFeed()}></mf-actor-card>`);
    await waitFor(() => q(withFeed, '[part="federation"]'));
    expect(text(q(withFeed, '[part="federation"]'))).to.equal('Federatie Atlas');
  });

  it('says where an actor is as people say it: "Borgerhout (Antwerpen)", from a postcode alone too', async () => {
    const raw = { id: 'x', type: 'association', name: 'VZW De Brug', location: { postcode: '2140' } };
    const el = await card(html`<mf-actor-card .actor=${raw}></mf-actor-card>`);
    await waitFor(() => text(root(el)).includes('Borgerhout (Antwerpen)'), 'no "Borgerhout (Antwerpen)"');
    const feed = {
      version: 1,
      actors: [
        { id: 'a', type: 'association', name: 'Laken Leeft', location: { postcode: '1020', place: 'Laeken' } },
        {
          id: 'b',
          type: 'association',
          name: 'Ledeberg Samen',
          location: { place: 'Ledeberg', municipality: 'Gent', province: 'oost-vlaanderen' },
        },
      ],
    };
    const fr = await card(html`<mf-actor-card lang="fr" actor-id="a" .feed=${feed}></mf-actor-card>`);
    await waitFor(() => text(root(fr)).includes('Laeken (Bruxelles)'), 'no "Laeken (Bruxelles)"');
    const nl = await card(html`<mf-actor-card actor-id="b" .feed=${feed}></mf-actor-card>`);
    expect(text(root(nl))).to.contain('Ledeberg (Gent), Oost-Vlaanderen');
    await expect(nl).to.be.accessible();
  });

  it('says so when the actor property is not an actor', async () => {
    const el = document.createElement('mf-actor-card');
    const failed = oneEvent(el, 'mf-error');
    el.actor = { id: 'x', type: 'spaceship', name: 'X' };
    document.body.append(el);
    expect(((await failed) as CustomEvent<MfErrorDetail>).detail.reason).to.equal('schema');
    await waitFor(() => q(el, '[role="alert"]'), 'no error state');
    expect(text(q(el, '[role="alert"]'))).to.equal('De netwerkgegevens hebben niet de verwachte vorm.');
    el.remove();
  });

  it('takes the actor of an mf-actor-select event as it is', async () => {
    const source = await card(html`<mf-actor-card src=${FEEDS.small} actor-id="assoc-0001"></mf-actor-card>`);
    const selected = oneEvent(source, 'mf-actor-select');
    q<HTMLButtonElement>(source, '[part="federation"]')!.click();
    const { actor } = ((await selected) as CustomEvent<MfActorSelectDetail>).detail;
    const el = await card(html`<mf-actor-card .actor=${actor}></mf-actor-card>`);
    expect(text(q(el, '[part="description"]'))).to.equal('Fictieve federatie voor de demo.');
  });

  it('shows the loading, error (with retry) and idle states', async () => {
    const loading = await fixture<MfActorCard>(
      html`<mf-actor-card src=${FEEDS.hanging} actor-id="fed-01"></mf-actor-card>`,
    );
    expect(q(loading, '[aria-busy="true"]')).to.exist;
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(loading).to.be.accessible();
    const error = await card(html`<mf-actor-card src=${FEEDS.serverError} actor-id="fed-01"></mf-actor-card>`);
    expect(text(q(error, '[role="alert"]'))).to.contain('(500)');
    expect(q(error, 'button[part="retry"]')).to.exist;
    await expect(error).to.be.accessible();
    const idle = await card(html`<mf-actor-card></mf-actor-card>`);
    expect(text(q(idle, '[role="note"]'))).to.contain('actor-id');
  });

  it('reads a partly broken feed: keeps the good, drops the bad values', async () => {
    const el = await card(html`<mf-actor-card src=${FEEDS.partlyBroken} actor-id="assoc-bad-fields"></mf-actor-card>`);
    expect(text(q(el, '[part="name"]'))).to.equal('Vereniging met foute velden');
    expect(q(el, '[part="links"]')).to.equal(null);
    expect(text(q(el, '[part="federation"]'))).to.equal('Federatie Atlas');
    await expect(el).to.be.accessible();
  });

  it('keeps hostile strings as text and never links anything but http(s)', async () => {
    for (let i = 0; i < 10; i++) {
      const el = await card(html`<mf-actor-card src=${FEEDS.hostile} actor-id=${`hostile-${i}`}></mf-actor-card>`);
      expect(q(el, 'img, script, b, p[onclick]')).to.equal(null);
      for (const a of root(el).querySelectorAll('a'))
        expect(a.getAttribute('href')).to.match(/^(https?:|mailto:|tel:)/);
    }
    expect((window as unknown as { __mfHacked?: boolean }).__mfHacked).to.equal(undefined);
  });

  it('follows the system colour scheme with theme="auto", and stays accessible', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await card(html`<mf-actor-card theme="auto" src=${FEEDS.small} actor-id="fed-01"></mf-actor-card>`);
      expect(getComputedStyle(q(el, '[part="base"]')!).backgroundColor).to.equal('rgb(21, 25, 30)');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      it(`is accessible in ${lang}, ${theme} theme (full and compact)`, async () => {
        const full = await card(
          html`<mf-actor-card lang=${lang} theme=${theme} src=${FEEDS.small} actor-id="fed-01"></mf-actor-card>`,
        );
        await expect(full).to.be.accessible();
        const compact = await card(
          html`<mf-actor-card
            lang=${lang}
            theme=${theme}
            variant="compact"
            src=${FEEDS.small}
            actor-id="expert-0001"
          ></mf-actor-card>`,
        );
        await expect(compact).to.be.accessible();
      });
    }
  }
});
