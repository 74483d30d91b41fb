/**
 * The outcome of a refresh ("De gegevens zijn vernieuwd.") is said, shown a while, and then goes:
 * at once when the reader is elsewhere, when focus leaves it when it has focus.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { clearFeedCache } from '../../src/feed/loader.js';
import { smallFeed } from '../../src/mocks/feeds.js';
import { REFRESH_OUTCOME } from '../../src/shared/base-element.js';
import type { MfMemberCounter } from '../../src/widgets/member-counter/member-counter.js';
import '../../src/widgets/member-counter/define.js';
import { resetFeeds, startMocks, worker } from '../helpers/msw.js';

const SOON = { timeout: 5000 };

async function counter(url: string): Promise<MfMemberCounter> {
  const wrapper = await fixture(html`<div><mf-member-counter src=${url} duration="0"></mf-member-counter></div>`);
  return wrapper.querySelector<MfMemberCounter>('mf-member-counter')!;
}

/** A counter showing a stale copy (the feed answered once, then failed), and a switch to make it answer again. */
async function staleCounter(url: string): Promise<{ el: MfMemberCounter; up: () => void }> {
  let up = true;
  worker.use(http.get(url, () => (up ? HttpResponse.json(smallFeed()) : new HttpResponse(null, { status: 500 }))));
  const first = await counter(url);
  await waitUntil(() => first.shadowRoot!.querySelector('[part="value"]'), 'no first figure', SOON);
  first.remove();
  clearFeedCache();
  up = false;
  const el = await counter(url);
  await waitUntil(() => el.shadowRoot!.querySelector('[part="stale"] button'), 'no stale copy', SOON);
  return { el, up: () => (up = true) };
}

const outcome = (el: Element): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('.refresh-outcome')!;
const said = (el: Element): string => outcome(el).textContent.trim();

describe('the outcome of a refresh', () => {
  const usual = REFRESH_OUTCOME.ms;
  before(startMocks);
  beforeEach(resetFeeds);
  afterEach(() => (REFRESH_OUTCOME.ms = usual));

  it('is said, then clears itself after a while', async () => {
    REFRESH_OUTCOME.ms = 300;
    const { el, up } = await staleCounter('/mock-feeds/outcome-clears.json');
    up();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="stale"] button')!.click();
    await waitUntil(() => said(el) === 'De gegevens zijn vernieuwd.', 'no outcome', SOON);
    expect(outcome(el).getAttribute('role')).to.equal('status');
    expect(outcome(el).classList.contains('visually-hidden')).to.equal(false);
    await waitUntil(() => said(el) === '', 'the outcome stayed', SOON);
    // The live region stays in the page, empty and hidden, for the next refresh.
    expect(outcome(el).classList.contains('visually-hidden')).to.equal(true);
  });

  it('stays while focus is on it (after the retry button went), and goes when focus leaves', async () => {
    REFRESH_OUTCOME.ms = 200;
    const { el, up } = await staleCounter('/mock-feeds/outcome-focus.json');
    up();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="stale"] button')!;
    button.focus();
    button.click();
    await waitUntil(() => el.shadowRoot!.activeElement === outcome(el), 'focus did not land on the outcome', SOON);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(said(el)).to.equal('De gegevens zijn vernieuwd.');
    outcome(el).blur();
    await waitUntil(() => said(el) === '', 'the outcome stayed after focus left', SOON);
  });
});
