import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '../helpers/browser.js';
import { http, HttpResponse } from 'msw';
import { FEEDS } from '../../src/mocks/handlers.js';
import type { MfActorSelectDetail } from '../../src/shared/events.js';
import { MfActorList } from '../../src/widgets/actor-list/actor-list.js';
import '../../src/widgets/actor-list/define.js';
import '../../src/widgets/network-map/define.js';
import type { MfNetworkMap } from '../../src/widgets/network-map/network-map.js';
import { resetFeeds, startMocks, worker } from '../helpers/msw.js';
import { warningsOf } from '../helpers/console.js';
import { graphDrawn, viewButtons } from '../helpers/map.js';
import { q, qa, root, settled, text } from '../helpers/shadow.js';
import { WAIT, waitFor } from '../helpers/wait.js';

const names = (el: Element): string[] => qa(el, '[part="row"] .name').map(text);
const rows = (el: Element): HTMLButtonElement[] => qa<HTMLButtonElement>(el, '[part="row"]');

async function list(template: ReturnType<typeof html>): Promise<MfActorList> {
  const wrapper = await fixture(html`<div style="width: 800px">${template}</div>`);
  const el = wrapper.querySelector('mf-actor-list')!;
  await settled(el, '[part="summary"], [part="state"]:not([aria-busy="true"])', WAIT.heavy);
  return el;
}

async function typeInto(el: MfActorList, value: string): Promise<void> {
  const input = q<HTMLInputElement>(el, 'input[type="search"]')!;
  input.focus();
  input.select();
  await sendKeys({ type: value });
  await el.updateComplete;
}

const SORT_FEED = {
  version: 1,
  actors: ['Zeta', 'Émile', 'Eva', 'Vereniging 10', 'Vereniging 2', 'ábaco', 'Anna'].map((name, i) => ({
    id: `a${i}`,
    type: 'expert',
    name,
  })),
};

describe('<mf-actor-list>', () => {
  before(startMocks);
  beforeEach(resetFeeds);

  it('is defined and maps attributes to properties', async () => {
    expect(customElements.get('mf-actor-list')).to.equal(MfActorList);
    const el = await list(
      html`<mf-actor-list
        src=${FEEDS.small}
        query="x"
        types="expert"
        province="antwerpen"
        federation="fed-01"
      ></mf-actor-list>`,
    );
    expect([el.query, el.types, el.province, el.federation]).to.deep.equal(['x', 'expert', 'antwerpen', 'fed-01']);
  });

  it('lists everything for an unknown opened actor, and says so once on the console', async () => {
    const warnings = await warningsOf(async () => {
      const el = await list(html`<mf-actor-list src=${FEEDS.small} expanded="nobody"></mf-actor-list>`);
      expect(rows(el).length).to.be.greaterThan(3);
      expect(q(el, 'li.expanded')).to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('<mf-actor-list expanded="nobody">'))).to.have.length(1);
  });

  it('does not warn about an id of a new feed set together with it', async () => {
    const warnings = await warningsOf(async () => {
      const el = await list(html`<mf-actor-list src=${FEEDS.small}></mf-actor-list>`);
      const small = text(q(el, '[part="summary"]'));
      // fed-03 is in the sample network, not in the small one.
      el.src = FEEDS.sample;
      el.expandedId = 'fed-03';
      const summary = (): HTMLElement | null => q(el, '[part="summary"]');
      await waitFor(() => summary() && text(summary()) !== small, 'the new feed', WAIT.heavy);
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('fed-03'))).to.deep.equal([]);
  });

  it("lists every actor but the network itself, sorted by name in the element's language", async () => {
    worker.use(http.get('/mock-feeds/sort.json', () => HttpResponse.json(SORT_FEED)));
    const el = await list(html`<mf-actor-list src="/mock-feeds/sort.json"></mf-actor-list>`);
    expect(names(el)).to.deep.equal(['ábaco', 'Anna', 'Émile', 'Eva', 'Vereniging 2', 'Vereniging 10', 'Zeta']);
    const small = await list(html`<mf-actor-list src=${FEEDS.small}></mf-actor-list>`);
    expect(names(small)).to.not.include('Minderhedenforum');
    expect(text(q(small, '[part="summary"]'))).to.contain('7 actoren gevonden');
  });

  it('searches by name, accent- and case-insensitively', async () => {
    const el = await list(html`<mf-actor-list src=${FEEDS.small}></mf-actor-list>`);
    await typeInto(el, 'associacao');
    expect(names(el)).to.deep.equal(['Associação Cultural Saudade Antwerpen']);
    await typeInto(el, 'ATLAS');
    expect(names(el)).to.deep.equal(['Federatie Atlas']);
    expect(el.query).to.equal('ATLAS');
  });

  it('shows several chosen types as one choice in the type filter', async () => {
    const el = await list(html`<mf-actor-list src=${FEEDS.small} types="expert,employer"></mf-actor-list>`);
    expect(names(el)).to.have.members(['Amina Demir', 'Horizon Logistiek']);
    const select = root(el).querySelector('select')!;
    expect(text(select.selectedOptions[0])).to.equal('experts, werkgevers');
  });

  it('filters by type, province and federation', async () => {
    const el = await list(html`<mf-actor-list src=${FEEDS.small}></mf-actor-list>`);
    const [type, province, federation] = [...root(el).querySelectorAll('select')];
    type!.value = 'association';
    type!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.have.length(3);
    expect(el.types).to.equal('association');
    province!.value = 'antwerpen';
    province!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Associação Cultural Saudade Antwerpen']);
    federation!.value = 'fed-01';
    federation!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal([]);
    // No results: say so, and offer to clear the filters.
    expect(text(q(el, '.empty'))).to.contain('Geen actoren gevonden');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '.empty button')!.click();
    await el.updateComplete;
    expect(names(el)).to.have.length(7);
    expect([el.types, el.province, el.federation]).to.deep.equal([undefined, undefined, undefined]);
  });

  it('shows each filter choice whole, in every language (WebKit once clipped "Alle soorten")', async () => {
    for (const lang of ['nl', 'fr', 'en']) {
      const el = await list(html`<mf-actor-list lang=${lang} src=${FEEDS.small}></mf-actor-list>`);
      for (const select of root(el).querySelectorAll('select')) {
        // The same select holding only its chosen option, at its own width (text, padding, arrow).
        const alone = select.cloneNode(false) as HTMLSelectElement;
        alone.append(select.selectedOptions[0]!.cloneNode(true));
        alone.style.cssText = 'width: auto; min-width: 0; position: absolute';
        select.after(alone);
        const needed = alone.getBoundingClientRect().width;
        alone.remove();
        expect(
          select.getBoundingClientRect().width,
          `${lang}: ${select.value || text(select.options[0])}`,
        ).to.be.at.least(needed - 0.5);
      }
    }
  });

  it('announces the number of results politely, once typing pauses', async () => {
    const el = await list(html`<mf-actor-list src=${FEEDS.small} lang="en"></mf-actor-list>`);
    await typeInto(el, 'fed');
    const status = q(el, '[role="status"]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    await waitFor(() => text(status) === '2 actors found', 'no announcement');
  });

  it('keeps only a window of rows in the page with 20,000 actors', async function () {
    this.timeout(30_000);
    const el = await list(html`<mf-actor-list src=${FEEDS.stress}></mf-actor-list>`);
    await waitFor(() => rows(el).length > 0, 'no rows', WAIT.heavy);
    expect(text(q(el, '[part="summary"]'))).to.match(/20\.0\d\d actoren gevonden/);
    expect(rows(el).length).to.be.lessThan(60);
    const firstName = names(el)[0];
    const scroller = q(el, '.scroller')!;
    scroller.scrollTop = 500_000;
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(rows(el).length).to.be.lessThan(60);
    // Only the row holding the tab stop stays from before, so that focus is never lost.
    const positions = [...root(el).querySelectorAll('li')].map((li) => Number(li.getAttribute('aria-posinset')));
    expect(positions.filter((p) => p < 5000)).to.deep.equal([1]);
    expect(names(el).filter((name) => name === firstName)).to.have.length(1);
    const posinset = Number(root(el).querySelector('li')!.getAttribute('aria-posinset'));
    expect(posinset).to.be.greaterThan(5000);
    expect(root(el).querySelector('li')!.getAttribute('aria-setsize')).to.match(/^20\d\d\d$/);
  });

  it('is travelled by keyboard: arrows, Home, End; Enter opens the full card and fires mf-actor-select', async () => {
    const el = await list(html`<mf-actor-list src=${FEEDS.sample}></mf-actor-list>`);
    rows(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(
      rows(el).find((r) => r.closest('li')?.getAttribute('aria-posinset') === '2'),
    );
    await sendKeys({ press: 'End' });
    await waitFor(
      () => root(el).activeElement?.closest('li')?.getAttribute('aria-posinset') === '3197',
      'End did not reach the last row',
    );
    await sendKeys({ press: 'Home' });
    await waitFor(() => root(el).activeElement?.closest('li')?.getAttribute('aria-posinset') === '1');
    const id = (root(el).activeElement as HTMLElement).dataset['id'];
    const selected = oneEvent(el, 'mf-actor-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<MfActorSelectDetail>).detail.id).to.equal(id);
    await el.updateComplete;
    expect(rows(el)[0]!.getAttribute('aria-expanded')).to.equal('true');
    const card = q(el, 'li.expanded mf-actor-card')!;
    await waitFor(() => card.shadowRoot?.querySelector('[part="name"]'));
    await expect(el).to.be.accessible();
    // One tab stop for the rows: the one arrows last moved to.
    expect(rows(el).filter((row) => row.tabIndex === 0)).to.have.length(1);
    // Tab reaches the search field, "my location" and the filters.
    q<HTMLInputElement>(el, 'input')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(text(root(el).activeElement)).to.equal('Mijn locatie');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.tagName).to.equal('SELECT');
  });

  it('shows loading and error states accessibly', async () => {
    const loading = await fixture<MfActorList>(html`<mf-actor-list src=${FEEDS.hanging}></mf-actor-list>`);
    expect(q(loading, '[aria-busy="true"]')).to.exist;
    await expect(loading).to.be.accessible();
    const error = await list(html`<mf-actor-list src=${FEEDS.serverError}></mf-actor-list>`);
    expect(q(error, '[role="alert"]')).to.exist;
    await expect(error).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible in the ${theme} theme`, async () => {
      const el = await list(html`<mf-actor-list theme=${theme} lang="fr" src=${FEEDS.small}></mf-actor-list>`);
      expect(text(q(el, '[part="summary"]'))).to.contain('7 acteurs trouvés');
      // Places in French: Gand, Anvers, Molenbeek-Saint-Jean (the feed says Gent, Antwerpen…).
      const rowText = (): string => rows(el).map(text).join(' | ');
      await waitFor(() => rowText().includes('Gand'), 'no French place names');
      expect(rowText()).to.contain('Molenbeek-Saint-Jean').and.not.contain('· Gent');
      await expect(el).to.be.accessible();
    });
  }
});

describe('<mf-network-map view="list">', () => {
  before(startMocks);

  it('switches to the list and back, keeping the selection and filters', async () => {
    const wrapper = await fixture(
      html`<div style="width: 900px"><mf-network-map src=${FEEDS.small}></mf-network-map></div>`,
    );
    const map = wrapper.querySelector('mf-network-map') as MfNetworkMap;
    await graphDrawn(map);
    const [, , listButton] = viewButtons(map);
    listButton!.click();
    await map.updateComplete;
    expect(map.view).to.equal('list');
    expect(map.getAttribute('view')).to.equal('list');
    const inner = q<MfActorList>(map, 'mf-actor-list')!;
    await waitFor(() => rows(inner).length > 0, undefined, WAIT.heavy);
    const select = inner.shadowRoot!.querySelector('select')!;
    select.value = 'association';
    select.dispatchEvent(new Event('change'));
    await inner.updateComplete;
    const selected = oneEvent(map, 'mf-actor-select');
    rows(inner)[0]!.click();
    const { id } = ((await selected) as CustomEvent<MfActorSelectDetail>).detail;
    await map.updateComplete;
    expect(map.getAttribute('focus')).to.equal(id);
    const [graphButton] = viewButtons(map);
    graphButton!.click();
    await waitFor(() => map.inspect().nodes.length > 0 && map.inspect().selected === id, undefined, WAIT.heavy);
    expect(map.types).to.equal('association');
    expect(q(map, '[part="panel"]')).to.exist;
  });
});
