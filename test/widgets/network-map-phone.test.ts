import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/network-map/define.js';
import type { MfNetworkMap } from '../../src/widgets/network-map/network-map.js';
import { FEEDS } from '../../src/mocks/handlers.js';
import { sendKeys } from '../helpers/browser.js';
import { click, graphDrawn } from '../helpers/map.js';
import { WAIT, waitFor } from '../helpers/wait.js';
import { resetFeeds, startMocks } from '../helpers/msw.js';
import { q, qa, root, text } from '../helpers/shadow.js';

async function map(width: number): Promise<MfNetworkMap> {
  const wrapper = await fixture(
    html`<div style="width: ${width}px"><mf-network-map src=${FEEDS.sample}></mf-network-map></div>`,
  );
  const el = wrapper.querySelector('mf-network-map')!;
  await graphDrawn(el);
  return el;
}

const shown = (node: Element | null): boolean => Boolean(node && (node as HTMLElement).offsetParent !== null);

describe('<mf-network-map> on a phone', () => {
  before(startMocks);
  beforeEach(resetFeeds);

  it('folds the legend behind one button, so that the drawing keeps two thirds of the height', async () => {
    const el = await map(390);
    const toggle = q<HTMLButtonElement>(el, '.legend-toggle')!;
    const types = qa(el, '.legend li').length;
    expect(types).to.be.greaterThan(6);
    expect(shown(toggle)).to.equal(true);
    expect(text(toggle)).to.equal(`Legende · ${types} soorten`);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(q(el, '[part="legend"]'))).to.equal(false);
    const base = q(el, '[part="base"]')!.getBoundingClientRect();
    const canvas = q(el, 'canvas')!.getBoundingClientRect();
    expect(canvas.height, 'the drawing keeps two thirds').to.be.at.least((base.height * 2) / 3);
    await expect(el).to.be.accessible();
  });

  it('opens the legend as a sheet over the drawing, usable by keyboard; Escape closes it', async () => {
    const el = await map(390);
    const toggle = q<HTMLButtonElement>(el, '.legend-toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => toggle.getAttribute('aria-expanded') === 'true', 'the legend did not open');
    const legend = q(el, '[part="legend"]')!;
    expect(shown(legend)).to.equal(true);
    // Over the drawing, above its button, not pushing the drawing away.
    const canvas = q(el, 'canvas')!.getBoundingClientRect();
    const sheet = legend.getBoundingClientRect();
    expect(sheet.bottom).to.be.closeTo(toggle.getBoundingClientRect().top, 2);
    expect(sheet.top).to.be.greaterThan(canvas.top);
    await expect(el).to.be.accessible();
    // Tab goes into the sheet; a type hidden there is counted on the button.
    // Firefox stops first at the sheet itself (a scrolling box is a tab stop there), then at its buttons.
    const inSheet = (): boolean => {
      const active = root(el).activeElement;
      return active?.localName === 'button' && active.closest('.legend') === legend;
    };
    for (let tabs = 0; tabs < 2 && !inSheet(); tabs++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.closest('.legend')).to.equal(legend);
    expect(root(el).activeElement?.localName).to.equal('button');
    await sendKeys({ press: 'Enter' });
    const types = qa(el, '.legend li').length;
    await waitFor(() => text(toggle) === `Legende · ${types - 1} van ${types} soorten`, text(toggle));
    await sendKeys({ press: 'Escape' });
    await waitFor(() => toggle.getAttribute('aria-expanded') === 'false', 'Escape did not close the legend');
    expect(shown(legend)).to.equal(false);
    expect(root(el).activeElement).to.equal(toggle);
  });

  it('shows the legend open, without the button, where the map is wide', async () => {
    const el = await map(1000);
    expect(shown(q(el, '.legend-toggle'))).to.equal(false);
    expect(shown(q(el, '[part="legend"]'))).to.equal(true);
  });
});

describe('<mf-network-map>: the outer ring at overview zoom', () => {
  before(startMocks);
  beforeEach(resetFeeds);

  it('shows one labelled group per type with its count, opening on click', async () => {
    const el = await map(1000);
    const { groups, nodes } = el.inspect();
    expect(groups.length, 'a group per type of the ring').to.be.greaterThan(3);
    const experts = groups.find((group) => group.type === 'expert')!;
    expect(experts.count).to.be.greaterThan(10);
    // None of the ring's actors is drawn one by one at this zoom.
    const ring = new Set(groups.map((group) => group.type));
    const network = (el as unknown as { data: { network: { byId: Map<string, { type: string }> } } }).data.network;
    // Each actor of these types is either in a group or drawn one by one (by its federation), never both.
    const ofRingTypes = [...network.byId.values()].filter((actor) => ring.has(actor.type)).length;
    const grouped = groups.reduce((sum, group) => sum + group.count, 0);
    const drawnAlone = nodes.filter((node) => ring.has(network.byId.get(node.id)!.type)).length;
    expect(drawnAlone, 'ring actors drawn one by one too').to.be.at.most(ofRingTypes - grouped);
    click(el, experts.x, experts.y);
    await waitFor(() => el.inspect().groups.length === 0, 'the group did not open', WAIT.heavy);
    await waitFor(
      () => text(q(el, '[role="status"][aria-live="polite"]')) === `${experts.count} experts`,
      'not announced',
    );
    // Opened: the experts are drawn one by one, on screen.
    await waitFor(
      () => el.inspect().nodes.filter((node) => network.byId.get(node.id)!.type === 'expert').length >= 10,
      'the experts are not drawn one by one',
      WAIT.heavy,
    );
    await expect(el).to.be.accessible();
  });
});
