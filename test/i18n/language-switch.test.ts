/**
 * A page that switches language while the widgets show (a single-page app's language menu): each
 * element stays as it is until the new language's texts are there, then changes its text in place.
 * Its own file, so that no catalog is loaded before (each test file gets a fresh page).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '../helpers/browser.js';
import '../../src/widgets/actor-list/define.js';
import type { MfActorList } from '../../src/widgets/actor-list/actor-list.js';
import { q, settled, text } from '../helpers/shadow.js';
import { WAIT, waitFor } from '../helpers/wait.js';

const FEED = {
  version: 1,
  actors: [
    { id: 'net', type: 'network', name: 'Netwerk' },
    { id: 'a', type: 'association', name: 'Anker', location: { municipality: 'Gent' } },
    { id: 'b', type: 'association', name: 'Baobab', location: { municipality: 'Brugge' } },
  ],
};

describe('a language switch', () => {
  it('keeps the element, its focus and its text field until the new texts are there, with no loading state between', async () => {
    const wrapper = await fixture(html`<div lang="nl"><mf-actor-list .feed=${FEED}></mf-actor-list></div>`);
    const el = wrapper.querySelector<MfActorList>('mf-actor-list')!;
    await settled(el, '[part="summary"]', WAIT.heavy);
    const input = q<HTMLInputElement>(el, 'input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'an' });
    await waitFor(() => text(q(el, '[part="summary"] > span')) === '1 actor gevonden', 'no search');
    let loadingShown = false;
    const watch = new MutationObserver(() => {
      if (el.shadowRoot!.querySelector('[part="state"]')) loadingShown = true;
    });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    wrapper.setAttribute('lang', 'fr');
    await waitFor(() => text(q(el, 'label.search')).startsWith('Chercher par nom'), 'not in French', WAIT.heavy);
    watch.disconnect();
    expect(loadingShown, 'a loading state showed during the switch').to.equal(false);
    expect(q(el, 'input[type="search"]')).to.equal(input, 'the same field');
    expect(el.shadowRoot!.activeElement).to.equal(input, 'focus stays');
    expect(input.value).to.equal('an');
    expect(text(q(el, '[part="summary"] > span'))).to.equal('1 acteur trouvé');
  });

  it('shows its loading state, not Dutch, until the texts of its first language are there', async () => {
    const wrapper = await fixture(html`<div lang="en"></div>`);
    const el = document.createElement('mf-actor-list');
    el.feed = FEED;
    wrapper.append(el);
    // English has not been loaded on this page yet: the first render waits for it (looked at before
    // anything else can run: the catalog's chunk may come fast).
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="state"]'), 'the loading state first').to.exist;
    expect(el.shadowRoot!.textContent).to.not.contain('Zoek op naam');
    await waitFor(() => text(q(el, '[part="summary"] > span')) === '2 actors found', 'not in English', WAIT.heavy);
  });
});
