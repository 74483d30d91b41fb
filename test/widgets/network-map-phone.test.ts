import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/network-map/define.js';
import type { MfNetworkMap } from '../../src/widgets/network-map/network-map.js';
import { FEEDS } from '../../src/mocks/handlers.js';
import { sendKeys } from '../helpers/browser.js';
import { graphDrawn } from '../helpers/map.js';
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
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const legend = q(el, '[part="legend"]')!;
    expect(shown(legend)).to.equal(true);
    // Over the drawing, above its button, not pushing the drawing away.
    const canvas = q(el, 'canvas')!.getBoundingClientRect();
    const sheet = legend.getBoundingClientRect();
    expect(sheet.bottom).to.be.closeTo(toggle.getBoundingClientRect().top, 2);
    expect(sheet.top).to.be.greaterThan(canvas.top);
    await expect(el).to.be.accessible();
    // Tab goes into the sheet; a type hidden there is counted on the button.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.closest('.legend')).to.equal(legend);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const types = qa(el, '.legend li').length;
    expect(text(toggle)).to.equal(`Legende · ${types - 1} van ${types} soorten`);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(legend)).to.equal(false);
    expect(root(el).activeElement).to.equal(toggle);
  });

  it('shows the legend open, without the button, where the map is wide', async () => {
    const el = await map(1000);
    expect(shown(q(el, '.legend-toggle'))).to.equal(false);
    expect(shown(q(el, '[part="legend"]'))).to.equal(true);
  });
});
