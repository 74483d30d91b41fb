import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '../helpers/browser.js';
import '../../src/widgets/actor-list/define.js';
import type { MfActorList } from '../../src/widgets/actor-list/actor-list.js';
import { q, qa, settled, text } from '../helpers/shadow.js';
import { WAIT, waitFor } from '../helpers/wait.js';

/** A small network across Flanders and Brussels, its places written as people write them. */
const PLACES_FEED = {
  version: 1,
  actors: [
    { id: 'net', type: 'network', name: 'Netwerk' },
    {
      id: 'borgerhout',
      type: 'association',
      name: 'Zuid Borgerhout',
      location: { postcode: '2140', lat: 51.2125, lon: 4.4397 },
    },
    {
      id: 'antwerpen',
      type: 'association',
      name: 'Anker Antwerpen',
      location: { municipality: 'Antwerpen', lat: 51.2194, lon: 4.4025 },
    },
    { id: 'mortsel', type: 'association', name: 'Mortsel Samen', location: { municipality: 'Mortsel' } },
    { id: 'gent', type: 'education', name: 'Atheneum Gent', location: { municipality: 'Gent' } },
    { id: 'ledeberg', type: 'association', name: 'Ledeberg Leeft', location: { place: 'Ledeberg' } },
    { id: 'brugge', type: 'association', name: 'Brugse Buren', location: { municipality: 'Brugge' } },
    { id: 'laeken', type: 'association', name: 'Laeken Solidair', location: { postcode: '1020' } },
    { id: 'rode', type: 'expert', name: 'Expert Rode', location: { municipality: 'Rhode-Saint-Genèse' } },
    { id: 'nowhere', type: 'expert', name: 'Amina Nergens' },
    // Peer is also a municipality (in Limburg), with no actor of its own here.
    { id: 'peer', type: 'association', name: 'Peer Support', location: { municipality: 'Leuven' } },
  ],
};

const names = (el: Element): string[] => qa(el, '[part="row"] .name').map(text);
const distances = (el: Element): string[] => qa(el, '[part="row"]').map((row) => text(row.querySelector('.distance')));
const summary = (el: Element): string => text(q(el, '[part="summary"] > span'));

async function directory(lang = 'nl', attributes = ''): Promise<MfActorList> {
  const wrapper = await fixture(
    html`<div style="width: 800px"><mf-actor-list lang=${lang} .feed=${PLACES_FEED}></mf-actor-list></div>`,
  );
  const el = wrapper.querySelector('mf-actor-list')!;
  if (attributes) el.setAttribute('query', attributes);
  await settled(el, '[part="summary"]', WAIT.heavy);
  return el;
}

async function search(el: MfActorList, value: string): Promise<void> {
  const input = q<HTMLInputElement>(el, 'input[type="search"]')!;
  input.focus();
  input.select();
  await sendKeys({ type: value });
  await el.updateComplete;
}

describe('<mf-actor-list> finds what is near a place', () => {
  it('a postcode lists its municipality first, then the rest by distance, saying how far', async () => {
    const el = await directory();
    await search(el, '2140');
    await waitFor(() => summary(el).includes('in Antwerpen'), 'the place was not understood', WAIT.heavy);
    expect(summary(el)).to.equal('2 actoren in Antwerpen, daarna de dichtstbij');
    const listed = names(el);
    // Borgerhout's own first (same postcode), then the rest of Antwerpen, then Mortsel (nearest).
    expect(listed.slice(0, 3)).to.deep.equal(['Zuid Borgerhout', 'Anker Antwerpen', 'Mortsel Samen']);
    expect(listed.at(-1)).to.equal('Amina Nergens', 'an actor without a place comes last');
    const far = distances(el);
    expect(far.slice(0, 2)).to.deep.equal(['', ''], 'no distance inside the place');
    expect(far[2]).to.match(/^\d+ km$/);
    const km = far.slice(2, -1).map((d) => Number(d.replace(/\D/g, '')));
    expect(km).to.deep.equal(
      [...km].sort((a, b) => a - b),
      'nearest first',
    );
    await expect(el).to.be.accessible();
  });

  it('understands postal places, French and English names, and any case or accents', async () => {
    const el = await directory();
    for (const [typed, town, first] of [
      ['Borgerhout', 'Antwerpen', 'Zuid Borgerhout'],
      ['Anvers', 'Antwerpen', 'Anker Antwerpen'],
      ['gand', 'Gent', 'Atheneum Gent'],
      ['sint genesius rode', 'Sint-Genesius-Rode', 'Expert Rode'],
      ['LAKEN', 'Brussel', 'Laeken Solidair'],
    ] as const) {
      await search(el, typed);
      await waitFor(() => summary(el).includes(` in ${town},`), `"${typed}" was not read as ${town}`, WAIT.heavy);
      expect(names(el)[0], typed).to.equal(first);
    }
    // Gent's actors: the school in Gent and the association in Ledeberg (a part of Gent).
    await search(el, 'Gent');
    await waitFor(() => summary(el).startsWith('2 actoren in Gent'), 'Gent with Ledeberg', WAIT.heavy);
  });

  it('says what it understood in French and English', async () => {
    const fr = await directory('fr');
    await search(fr, 'Gand');
    await waitFor(() => summary(fr) === '2 acteurs à Gand, puis les plus proches', summary(fr), WAIT.heavy);
    const en = await directory('en');
    await search(en, '9000');
    await waitFor(() => summary(en) === '2 actors in Ghent, then the nearest', summary(en), WAIT.heavy);
    expect(distances(en).find((d) => d !== '')).to.match(/^\d+ km$/);
  });

  it('a name search keeps the order by name, without distances', async () => {
    const el = await directory();
    await search(el, 'ge');
    await el.updateComplete;
    expect(summary(el)).to.equal('3 actoren gevonden');
    expect(names(el)).to.deep.equal(['Amina Nergens', 'Atheneum Gent', 'Zuid Borgerhout']);
    expect(distances(el).every((d) => d === '')).to.equal(true);
  });

  it('a place that is also a word of names elsewhere offers the names instead, and back, keeping focus', async () => {
    const el = await directory();
    await search(el, 'Peer');
    await waitFor(() => summary(el) === 'Geen actoren in Peer; de dichtstbij eerst', summary(el), WAIT.heavy);
    const instead = (): HTMLButtonElement => q<HTMLButtonElement>(el, '[part="search-instead"]')!;
    // Counted once typing pauses, not on each keystroke.
    await waitFor(() => text(instead()) === 'Namen met „Peer” tonen (1)', 'no names-instead link', WAIT.heavy);
    expect(names(el).length).to.be.greaterThan(1, 'the place search lists everyone by distance');
    instead().focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => summary(el) === '1 actor gevonden', summary(el), WAIT.heavy);
    expect(names(el)).to.deep.equal(['Peer Support']);
    expect(text(instead())).to.equal('Actoren in en rond Peer tonen');
    expect(el.shadowRoot!.activeElement).to.equal(instead(), 'focus stays on the button');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => summary(el).startsWith('Geen actoren in Peer'), summary(el), WAIT.heavy);
    // Typing again reads the text afresh: a place again.
    instead().click();
    await waitFor(() => summary(el) === '1 actor gevonden', summary(el), WAIT.heavy);
    await search(el, 'Peer');
    await waitFor(() => summary(el).startsWith('Geen actoren in Peer'), summary(el), WAIT.heavy);
  });

  it('offers no name search when the names found are all in the place, and says it in French and English', async () => {
    const el = await directory();
    // "Mortsel Samen" is in Mortsel: listed first anyway.
    await search(el, 'Mortsel');
    await waitFor(() => summary(el) === '1 actor in Mortsel, daarna de dichtstbij', summary(el), WAIT.heavy);
    // Longer than the pause after which the names are counted (300 ms).
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(q(el, '[part="search-instead"]')).to.equal(null);
    const fr = await directory('fr');
    await search(fr, 'Peer');
    await waitFor(() => q(fr, '[part="search-instead"]') !== null, summary(fr), WAIT.heavy);
    expect(text(q(fr, '[part="search-instead"]'))).to.equal('Afficher les noms contenant « Peer » (1)');
    const en = await directory('en');
    await search(en, 'Peer');
    await waitFor(() => q(en, '[part="search-instead"]') !== null, summary(en), WAIT.heavy);
    q<HTMLButtonElement>(en, '[part="search-instead"]')!.click();
    await waitFor(() => text(q(en, '[part="search-instead"]')) === 'Show actors in and around Peer', summary(en));
  });

  it('filters still apply to a place search', async () => {
    const el = await directory();
    el.types = 'association';
    await search(el, 'Gent');
    await waitFor(() => summary(el).startsWith('1 actor in Gent'), summary(el), WAIT.heavy);
    expect(names(el)[0]).to.equal('Ledeberg Leeft');
    expect(names(el)).to.not.include('Atheneum Gent');
  });
});

describe('<mf-actor-list> "Mijn locatie"', () => {
  type Success = (position: { coords: { latitude: number; longitude: number } }) => void;
  type Failure = (error: { code: number }) => void;
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
  let calls = 0;
  let answer: (success: Success, failure: Failure) => void = () => {};

  beforeEach(() => {
    calls = 0;
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (success: Success, failure: Failure) => {
          calls++;
          answer(success, failure);
        },
      },
    });
  });
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>)['geolocation'];
    if (original) Object.defineProperty(Navigator.prototype, 'geolocation', original);
  });

  const button = (el: Element): HTMLButtonElement =>
    qa<HTMLButtonElement>(el, 'button').find(
      (b) => text(b).includes('Mijn locatie') || text(b).includes('Locatie zoeken'),
    )!;

  it('asks only on click, then lists everyone by distance from the reader', async () => {
    answer = (success) => success({ coords: { latitude: 51.05, longitude: 3.72 } });
    const el = await directory();
    expect(calls).to.equal(0, 'never asked on load');
    button(el).click();
    await waitFor(() => summary(el).includes('jouw locatie'), summary(el), WAIT.heavy);
    expect(calls).to.equal(1);
    expect(summary(el)).to.equal('10 actoren, de dichtstbij jouw locatie eerst');
    expect(names(el).slice(0, 2)).to.have.members(['Atheneum Gent', 'Ledeberg Leeft']);
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(distances(el)[0]).to.match(/km$/);
    expect(location.href).to.not.contain('51.05', 'the position is never put in the address');
    await expect(el).to.be.accessible();
    // Pressed again: back to the order by name.
    button(el).click();
    await el.updateComplete;
    expect(summary(el)).to.equal('10 actoren gevonden');
    expect(names(el)[0]).to.equal('Amina Nergens');
  });

  it('refused: says so, and nothing else changes', async () => {
    answer = (_, failure) => failure({ code: 1 });
    const el = await directory();
    const before = names(el);
    button(el).click();
    await waitFor(() => q(el, '.note[role="alert"]'), 'no message', WAIT.render);
    expect(text(q(el, '.note'))).to.equal('Je locatie werd niet gedeeld. Zoek op postcode of gemeente.');
    expect(names(el)).to.deep.equal(before);
    expect(summary(el)).to.equal('10 actoren gevonden');
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('unavailable: says so in the element’s language', async () => {
    answer = (_, failure) => failure({ code: 2 });
    const el = await directory('fr');
    qa<HTMLButtonElement>(el, 'button.locate')[0]!.click();
    await waitFor(() => q(el, '.note[role="alert"]'), 'no message', WAIT.render);
    expect(text(q(el, '.note'))).to.equal(
      "Votre position n'a pas pu être déterminée. Cherchez par code postal ou commune.",
    );
  });
});

describe('<mf-actor-list sync-url> copy link', () => {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>)['clipboard'];
    if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
  });

  async function opened(): Promise<MfActorList> {
    // The opened row is the author's own: nothing differs from it, so the address is not written.
    const wrapper = await fixture(
      html`<div style="width: 800px">
        <mf-actor-list sync-url expanded="gent" .feed=${PLACES_FEED}></mf-actor-list>
      </div>`,
    );
    const el = wrapper.querySelector('mf-actor-list')!;
    await waitFor(() => q(el, '.copy-link button'), 'no copy link', WAIT.heavy);
    return el;
  }

  it('says "Link gekopieerd" and is accessible', async () => {
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (value: string) => ((copied = value), Promise.resolve()) },
    });
    const el = await opened();
    const before = location.href;
    q<HTMLButtonElement>(el, '.copy-link button')!.click();
    await waitFor(() => text(q(el, '.copy-link [role="status"]')) === 'Link gekopieerd', 'not said');
    expect(text(q(el, '.copy-link button'))).to.equal('Link gekopieerd');
    expect(new URL(copied).searchParams.get('list.open')).to.equal(null, 'the author opened it: no parameter needed');
    expect(location.href).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('shows the link to copy by hand where the clipboard is refused, accessibly', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    const el = await opened();
    q<HTMLButtonElement>(el, '.copy-link button')!.click();
    await waitFor(() => q(el, '.copy-link input'), 'no field');
    expect(text(q(el, '.copy-link label'))).to.contain('Kopieer deze link');
    await expect(el).to.be.accessible();
  });
});

describe('<mf-actor-list> opened from outside', () => {
  it('scrolls an opened row far down the list into view', async () => {
    const many = {
      version: 1,
      actors: Array.from({ length: 400 }, (_, i) => ({
        id: `a${i}`,
        type: 'expert',
        name: `Expert ${String(i).padStart(3, '0')}`,
      })),
    };
    const wrapper = await fixture(
      html`<div style="width: 800px"><mf-actor-list expanded="a350" .feed=${many}></mf-actor-list></div>`,
    );
    const el = wrapper.querySelector('mf-actor-list')!;
    await waitFor(() => q(el, 'li.expanded'), 'the opened row is not in the page', WAIT.heavy);
    const row = q(el, 'li.expanded')!.getBoundingClientRect();
    const scroller = q(el, '.scroller')!.getBoundingClientRect();
    expect(row.top).to.be.at.least(scroller.top - 1);
    expect(row.top).to.be.below(scroller.bottom);
    expect(text(q(el, 'li.expanded .name'))).to.equal('Expert 350');
  });
});
