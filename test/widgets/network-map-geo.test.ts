import { expect, fixture, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '../helpers/browser.js';
import { clearFeedCache } from '../../src/feed/loader.js';
import { FEEDS } from '../../src/mocks/handlers.js';
import type { MfActorSelectDetail } from '../../src/shared/events.js';
import type { MfNetworkMap } from '../../src/widgets/network-map/network-map.js';
import { loadGeo, type GeoTarget } from '../../src/widgets/network-map/geo.js';
import '../../src/widgets/network-map/define.js';
import { startMocks } from '../helpers/msw.js';
import { click, geo, geoDrawn, viewButtons } from '../helpers/map.js';
import { q, qa, text } from '../helpers/shadow.js';
import { WAIT, waitFor } from '../helpers/wait.js';

async function geoMap(attributes = ''): Promise<MfNetworkMap> {
  const wrapper = await fixture(
    `<div style="width: 1000px"><mf-network-map view="geo" src="${FEEDS.sample}" ${attributes}></mf-network-map></div>`,
  );
  const el = wrapper.querySelector('mf-network-map') as MfNetworkMap;
  await geoDrawn(el);
  return el;
}

/** The geo view's province chip: the button that clears the province filter (it has no part). */
const chip = (el: MfNetworkMap): HTMLButtonElement | undefined =>
  qa<HTMLButtonElement>(el, 'button').find((button) => text(button).includes('provinciefilter wissen'));

describe('<mf-network-map view="geo">', () => {
  before(async () => {
    await startMocks();
    await setViewport({ width: 1200, height: 900 });
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  beforeEach(() => clearFeedCache());

  it('draws the five provinces and Brussels, with the attribution', async () => {
    const el = await geoMap();
    expect([...geo(el).provinces].sort()).to.deep.equal([
      'antwerpen',
      'brussel',
      'limburg',
      'oost-vlaanderen',
      'vlaams-brabant',
      'west-vlaanderen',
    ]);
    expect(text(q(el, '.attribution'))).to.equal(
      'Grenzen: Statbel (statistische sectoren 2025), vereenvoudigd door Provincies in Cijfers',
    );
  });

  it('places actors by coordinates or municipality, and counts the ones without a location', async () => {
    const el = await geoMap();
    const { targets, level, unplaced } = geo(el);
    expect(level).to.equal('province');
    expect(targets.map((t) => t.kind)).to.deep.equal(Array(6).fill('province'));
    const placed = targets.reduce((sum, t) => sum + t.count, 0);
    expect(placed + unplaced).to.equal(3198);
    expect(unplaced).to.be.greaterThan(0);
    expect(text(q(el, '.note-line'))).to.match(/\d+ actoren zonder locatie staan niet op de kaart/);
    const antwerpen = targets.find((t) => t.id === 'province:antwerpen')!;
    expect(antwerpen.count).to.be.greaterThan(500);
  });

  it('places a municipality named in Dutch, French or English (Gent, Gand, Ghent) in the same place', async () => {
    const data = await loadGeo();
    const gent = data.byName.get('gent');
    expect(gent).to.exist;
    expect(data.byName.get('gand')).to.equal(gent);
    expect(data.byName.get('ghent')).to.equal(gent);
    expect(data.byName.get('molenbeek-saint-jean')).to.equal(data.byName.get('sint-jans-molenbeek'));
  });

  it('places actors written as people write addresses: a postcode, a postal place, an old municipality, French', async () => {
    const wrapper = await fixture(`<div style="width: 1000px"><mf-network-map view="geo"></mf-network-map></div>`);
    const el = wrapper.querySelector('mf-network-map') as MfNetworkMap;
    const actor = (id: string, location: object) => ({
      id,
      type: 'association',
      name: id,
      location,
      memberOf: ['network'],
    });
    el.feed = {
      version: 1,
      network: { id: 'net', name: 'Net' },
      actors: [
        actor('borgerhout', { postcode: '2140' }),
        actor('deurne-diest', { postcode: '3290', place: 'Deurne' }),
        actor('laeken', { place: 'Laeken' }),
        actor('gand', { municipality: 'Gand' }),
        // An old municipality with its province given: complete for the data layer, placed by the geo view.
        actor('nevele', { municipality: 'Nevele', province: 'oost-vlaanderen' }),
        actor('liege', { postcode: '4000', place: 'Liège' }),
      ],
    };
    await geoDrawn(el);
    const counts = Object.fromEntries(geo(el).targets.map((t) => [t.id, t.count]));
    expect(counts).to.deep.equal({
      'province:antwerpen': 1,
      'province:vlaams-brabant': 1,
      'province:brussel': 1,
      'province:oost-vlaanderen': 2,
    });
    // Off the map: the network itself (no location) and the association in Liège, which the note counts.
    expect(geo(el).unplaced).to.equal(2);
    expect(text(q(el, '.note-line'))).to.match(/^1 \S+ zonder locatie/);
  });

  it('opens bubbles: province → municipalities → actors', async () => {
    const el = await geoMap();
    const province = geo(el).targets.find((t) => t.id === 'province:oost-vlaanderen')!;
    click(el, province.x, province.y);
    await waitFor(() => geo(el).level === 'municipality');
    const gent = geo(el).targets.find((t) => t.kind === 'municipality' && t.label === 'Gent')!;
    expect(gent.count).to.be.greaterThan(50);
    click(el, gent.x, gent.y);
    await waitFor(() => geo(el).level === 'actor');
    const actor = geo(el).targets.find((t: GeoTarget) => t.kind === 'actor')!;
    const selected = oneEvent(el, 'mf-actor-select');
    click(el, actor.x, actor.y);
    expect(((await selected) as CustomEvent<MfActorSelectDetail>).detail.id).to.equal(actor.id);
    await el.updateComplete;
    expect(q(el, '[part="panel"] mf-actor-card')).to.exist;
  });

  for (const [lang, ghent, status] of [
    ['fr', 'Gand', /^Gand : [\d\s\u202f]+ acteurs$/],
    ['en', 'Ghent', /^Ghent: [\d,]+ actors$/],
  ] as const) {
    it(`names municipalities in ${lang}`, async () => {
      const el = await geoMap(`lang="${lang}"`);
      const province = geo(el).targets.find((t) => t.id === 'province:oost-vlaanderen')!;
      click(el, province.x, province.y);
      await waitFor(() => geo(el).level === 'municipality');
      const labels = geo(el)
        .targets.filter((t) => t.kind === 'municipality')
        .map((t) => t.label);
      expect(labels).to.include(ghent);
      expect(labels).to.not.include('Gent');
      // What a screen reader hears when the bubble is focused.
      q<HTMLCanvasElement>(el, 'canvas')!.focus();
      const goal = geo(el).targets.find((t) => t.label === ghent)!;
      for (let step = 0; step < 30 && el.inspect().focused !== goal.id; step++) {
        const at = geo(el).targets.find((t) => t.id === el.inspect().focused) ?? { x: 0, y: 0 };
        const [dx, dy] = [goal.x - at.x, goal.y - at.y];
        const press =
          Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'ArrowRight' : 'ArrowLeft') : dy > 0 ? 'ArrowDown' : 'ArrowUp';
        await sendKeys({ press });
        await el.updateComplete;
      }
      expect(el.inspect().focused).to.equal(goal.id);
      expect(text(q(el, '[role="status"]'))).to.match(status);
    });
  }

  it('filters to a province when it is activated, reflected to province, and clears', async () => {
    const el = await geoMap();
    // A point inside West-Vlaanderen but away from its bubble.
    const bubble = geo(el).targets.find((t) => t.id === 'province:west-vlaanderen')!;
    click(el, bubble.x, bubble.y - bubble.r - 25);
    await el.updateComplete;
    expect(el.getAttribute('province')).to.equal('west-vlaanderen');
    await waitFor(() => geo(el).targets.every((t) => t.id === 'province:west-vlaanderen' || t.kind !== 'province'));
    expect(text(chip(el))).to.contain('West-Vlaanderen');
    chip(el)!.click();
    await el.updateComplete;
    expect(el.hasAttribute('province')).to.equal(false);
  });

  it('is travelled by keyboard: arrows between bubbles, Enter opens, and says what is focused', async () => {
    const el = await geoMap();
    q<HTMLCanvasElement>(el, 'canvas')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const first = el.inspect().focused;
    expect(first).to.match(/^province:/);
    expect(text(q(el, '[role="status"]'))).to.match(/: [\d.]+ actoren$/);
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.inspect().focused).to.not.equal(first);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => geo(el).level === 'municipality');
    await sendKeys({ press: '0' });
    await waitFor(() => geo(el).level === 'province');
  });

  it('selects a searched actor and shows it on the map', async () => {
    const el = await geoMap();
    const input = q<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: 'Federatie Atlas' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await waitFor(() => geo(el).level === 'actor' && geo(el).targets.some((t) => t.id === 'fed-01'));
    expect(el.getAttribute('focus')).to.equal('fed-01');
  });

  it('makes no request to any other origin', async () => {
    performance.clearResourceTimings();
    await geoMap();
    const origins = new Set(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin));
    expect([...origins]).to.deep.equal([location.origin]);
  });

  it('keeps the selection across views', async () => {
    const el = await geoMap('focus="fed-02"');
    await waitFor(() => el.inspect().selected === 'fed-02', undefined, WAIT.heavy);
    const [graph, , list] = viewButtons(el);
    graph!.click();
    await waitFor(() => el.inspect().nodes.length > 0 && el.inspect().selected === 'fed-02', undefined, WAIT.heavy);
    list!.click();
    await el.updateComplete;
    expect(q(el, 'mf-actor-list')?.getAttribute('expanded')).to.equal('fed-02');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible in the ${theme} theme`, async () => {
      const el = await geoMap(`theme="${theme}"`);
      await expect(el).to.be.accessible();
    });
  }
});
