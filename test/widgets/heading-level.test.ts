/**
 * Headings the widgets render fit the page's outline: one level below the nearest heading before
 * the element (2 when there is none), the `heading-level` attribute first.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { smallFeed } from '../../src/mocks/feeds.js';
import { headingLevelFor, levelBefore } from '../../src/shared/heading-level.js';
import type { MfActorCard } from '../../src/widgets/actor-card/actor-card.js';
import type { MfActorList } from '../../src/widgets/actor-list/actor-list.js';
import '../../src/widgets/actor-card/define.js';
import '../../src/widgets/actor-list/define.js';

const FEED = smallFeed();

/** The aria-level of the card's name, once it shows. */
async function nameLevel(card: Element): Promise<string | null> {
  await waitUntil(() => card.shadowRoot?.querySelector('[part="name"]'), 'the card did not render', {
    timeout: 5000,
  });
  await (card as MfActorCard).updateComplete;
  return card.shadowRoot!.querySelector('[part="name"]')!.getAttribute('aria-level');
}

describe('heading levels', () => {
  it('are one below an <h1>: the page passes axe, heading-order included', async () => {
    const page = await fixture(
      html`<div>
        <h1>Onze partners</h1>
        <mf-actor-card .feed=${FEED} actor-id="fed-01"></mf-actor-card>
      </div>`,
    );
    expect(await nameLevel(page.querySelector('mf-actor-card')!)).to.equal('2');
    await expect(page).to.be.accessible();
  });

  it('skipping a level is what axe reports (the check above can fail)', async () => {
    const page = await fixture(
      html`<div>
        <h1>Onze partners</h1>
        <mf-actor-card .feed=${FEED} actor-id="fed-01" heading-level="3"></mf-actor-card>
      </div>`,
    );
    expect(await nameLevel(page.querySelector('mf-actor-card')!)).to.equal('3');
    await expect(page).not.to.be.accessible();
  });

  it('follow the nearest heading before the element, not the first nor one after it', async () => {
    const page = await fixture(
      html`<div>
        <h1>Titel</h1>
        <section>
          <h2>Federaties</h2>
          <p>Tekst</p>
          <div><mf-actor-card .feed=${FEED} actor-id="fed-01"></mf-actor-card></div>
        </section>
        <h4>Later</h4>
      </div>`,
    );
    expect(await nameLevel(page.querySelector('mf-actor-card')!)).to.equal('3');
  });

  it('are 2 with no heading before the element, and the attribute wins', async () => {
    const page = await fixture(
      html`<div>
        <mf-actor-card .feed=${FEED} actor-id="fed-01"></mf-actor-card>
        <h2>Na de kaart</h2>
        <mf-actor-card .feed=${FEED} actor-id="fed-02" heading-level="5"></mf-actor-card>
      </div>`,
    );
    const [first, second] = page.querySelectorAll('mf-actor-card');
    expect(await nameLevel(first!)).to.equal('2');
    expect(await nameLevel(second!)).to.equal('5');
  });

  it("read aria-level and role=heading, skip hidden headings and other widgets' own headings", async () => {
    const page = await fixture(
      html`<div>
        <div role="heading" aria-level="4">Een kop van de site</div>
        <h2 hidden>Verborgen</h2>
        <div aria-hidden="true"><h1>Ook verborgen</h1></div>
        <mf-actor-card .feed=${FEED} actor-id="fed-01"></mf-actor-card>
        <mf-actor-card .feed=${FEED} actor-id="fed-02"></mf-actor-card>
      </div>`,
    );
    const [first, second] = page.querySelectorAll('mf-actor-card');
    expect(await nameLevel(first!)).to.equal('5');
    // The first card's name is in its shadow root: not the page's outline, so the second card is a sibling.
    expect(await nameLevel(second!)).to.equal('5');
  });

  it('look through the shadow roots an element sits in', async () => {
    const page = await fixture(
      html`<div>
        <h1>Titel</h1>
        <div class="outer"></div>
      </div>`,
    );
    const outer = page.querySelector('.outer')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>Geen kop hier</p><div class="inner"></div>';
    const inner = outer.querySelector('.inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<h3>Binnenin</h3><span></span>';
    const target = inner.querySelector('span')!;
    expect(levelBefore(target)).to.equal(3);
    expect(headingLevelFor(target)).to.equal(4);
    inner.querySelector('h3')!.remove();
    // Nothing in either shadow root: the page's <h1> before the outer host.
    expect(headingLevelFor(target)).to.equal(2);
    expect(headingLevelFor(target, 6)).to.equal(6);
    expect(headingLevelFor(target, 9)).to.equal(6);
    expect(headingLevelFor(target, Number.NaN)).to.equal(2);
  });

  it("give the list's opened card one level below the heading before the list", async () => {
    const page = await fixture(
      html`<div style="width: 800px">
        <h1>Titel</h1>
        <h2>Alle actoren</h2>
        <mf-actor-list .feed=${FEED} expanded="fed-01"></mf-actor-list>
      </div>`,
    );
    const list = page.querySelector<MfActorList>('mf-actor-list')!;
    await waitUntil(() => list.shadowRoot?.querySelector('li.expanded mf-actor-card'), 'no opened card', {
      timeout: 5000,
    });
    const card = list.shadowRoot!.querySelector('li.expanded mf-actor-card')!;
    expect(card.hasAttribute('heading-level'), 'the card works it out where it is').to.equal(false);
    expect(await nameLevel(card)).to.equal('3');
    await expect(page).to.be.accessible();
  });
});
