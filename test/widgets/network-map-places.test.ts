import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/network-map/define.js';
import type { MfNetworkMap } from '../../src/widgets/network-map/network-map.js';
import { sendKeys } from '../helpers/browser.js';
import { geo, geoDrawn, graphDrawn, keydown } from '../helpers/map.js';
import { q, qa, text } from '../helpers/shadow.js';
import { WAIT, waitFor } from '../helpers/wait.js';

const FEED = {
  version: 1,
  actors: [
    { id: 'net', type: 'network', name: 'Netwerk' },
    { id: 'fed-a', type: 'federation', name: 'Federatie Atlas', location: { municipality: 'Brussel' } },
    { id: 'fed-b', type: 'federation', name: 'Federatie Baobab', location: { municipality: 'Antwerpen' } },
    { id: 'gent-1', type: 'association', name: 'Gentse Vrienden', memberOf: ['fed-a'], location: { postcode: '9000' } },
    { id: 'gent-2', type: 'association', name: 'Ledeberg Leeft', memberOf: ['fed-b'], location: { place: 'Ledeberg' } },
    { id: 'antw-1', type: 'association', name: 'Anker', memberOf: ['fed-b'], location: { postcode: '2140' } },
    { id: 'brus-1', type: 'association', name: 'Laeken Samen', memberOf: ['fed-a'], location: { postcode: '1020' } },
    { id: 'exp-1', type: 'expert', name: 'Amina Gent-Demir', location: { municipality: 'Leuven' } },
  ],
};

async function map(view = 'graph', lang = 'nl'): Promise<MfNetworkMap> {
  const wrapper = await fixture(
    html`<div style="width: 900px"><mf-network-map lang=${lang} view=${view} .feed=${FEED}></mf-network-map></div>`,
  );
  const el = wrapper.querySelector('mf-network-map')!;
  await (view === 'geo' ? geoDrawn(el) : graphDrawn(el));
  return el;
}

async function typeInSearch(el: MfNetworkMap, value: string): Promise<void> {
  q<HTMLInputElement>(el, 'input[role="combobox"]')!.focus();
  await sendKeys({ type: value });
}

const options = (el: MfNetworkMap): string[] => qa(el, '[role="option"]').map(text);
const announced = (el: MfNetworkMap): string => text(q(el, '[role="status"][aria-live="polite"]'));

describe('<mf-network-map> search by place', () => {
  it('offers the place first, with its number of actors, then the actors whose name matches', async () => {
    const el = await map();
    await typeInSearch(el, 'Gent');
    // The place search is a lazy chunk: the actors come at once, the place as soon as it is there.
    await waitFor(() => options(el)[0] === 'Gent 2 actoren', 'no place first', WAIT.heavy);
    expect(options(el).slice(1)).to.include.members(['Gentse Vrienden lokale vereniging', 'Amina Gent-Demir expert']);
    await expect(el).to.be.accessible();
  });

  it('choosing a place highlights its actors, frames them and says so; Escape forgets it', async () => {
    const el = await map();
    const before = el.inspect().view;
    await typeInSearch(el, 'gand');
    await waitFor(() => options(el)[0] === 'Gent 2 actoren', options(el).join(' | '), WAIT.heavy);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => q(el, '.place-chip'), 'no chip for the place');
    expect(text(q(el, '.place-chip'))).to.equal('Gent · 2 actoren ✕ (markering wissen)');
    expect(announced(el)).to.equal('Gent: 2 actoren');
    await waitFor(() => el.inspect().view.k !== before.k || el.inspect().view.x !== before.x, 'the view did not move');
    // Both of Gent's associations are in view once the camera rests.
    await waitFor(
      () => {
        const { nodes } = el.inspect();
        return ['gent-1', 'gent-2'].every((id) => nodes.some((n) => n.id === id && n.x > 0 && n.x < 900));
      },
      'Gent’s actors are not in view',
      WAIT.heavy,
    );
    keydown(el, 'Escape');
    await el.updateComplete;
    expect(q(el, '.place-chip')).to.equal(null);
  });

  it('in the geo view, frames the municipality close enough to show its actors one by one', async () => {
    const el = await map('geo');
    await typeInSearch(el, '9000');
    await waitFor(() => options(el)[0] === 'Gent 2 actoren', options(el).join(' | '), WAIT.heavy);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => geo(el).level === 'actor', `level ${geo(el).level}`, WAIT.heavy);
    await waitFor(
      () => ['gent-1', 'gent-2'].every((id) => geo(el).targets.some((t) => t.id === id && t.x > 0 && t.x < 900)),
      'Gent’s actors are not shown one by one',
      WAIT.heavy,
    );
    q<HTMLButtonElement>(el, '.place-chip')!.click();
    await el.updateComplete;
    expect(q(el, '.place-chip')).to.equal(null);
  });

  it('names a place in the element’s language', async () => {
    const el = await map('graph', 'fr');
    await typeInSearch(el, 'Gent');
    await waitFor(() => options(el)[0] === 'Gand 2 acteurs', 'not in French', WAIT.heavy);
  });
});
