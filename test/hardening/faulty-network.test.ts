/**
 * Faulty networks, played against real widgets: each ends in the right state with the right
 * `mf-error` reason, nothing escapes into the page, and good data once shown is never lost.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { clearFeedCache, DEFAULT_TIMEOUT_MS, loadFeed } from '../../src/feed/loader.js';
import { countMetric } from '../../src/feed/network.js';
import { normaliseFeed } from '../../src/feed/normalise.js';
import { forgetSavedFeeds, loadSavedFeed } from '../../src/feed/store.js';
import { formatNumber } from '../../src/i18n/labels.js';
import { sampleFeed, smallFeed } from '../../src/mocks/feeds.js';
import { generateStress } from '../../src/mocks/sample.js';
import type { MfErrorDetail, MfLoadDetail } from '../../src/shared/events.js';
import type { MfMemberCounter } from '../../src/widgets/member-counter/member-counter.js';
import '../../src/widgets/member-counter/define.js';
import '../../src/widgets/actor-card/define.js';
import { gate, resetFeeds, startMocks, worker } from '../helpers/msw.js';
import { tally } from '../helpers/tally.js';
import { WAIT, waitFor } from '../helpers/wait.js';

const SMALL = smallFeed();
const SAMPLE = sampleFeed();
const figure = (feed: unknown): string => formatNumber(countMetric(normaliseFeed(feed), 'actors'), 'nl');
const value = (el: Element): string => el.shadowRoot?.querySelector('[part="value"]')?.textContent?.trim() ?? '';
const text = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const json = (body: string): HttpResponse<string> =>
  new HttpResponse(body, { headers: { 'content-type': 'application/json' } });

interface Outcome {
  el: MfMemberCounter;
  events: Array<{ type: string; detail: MfErrorDetail | MfLoadDetail }>;
}

let faults = 0;
let lost = 0;
const pageErrors: unknown[] = [];
const onPageError = (event: ErrorEvent | PromiseRejectionEvent): void => void pageErrors.push(event);

/** A counter on `url`, once it has settled (or once `until` resolves), with the events it fired. */
async function counter(url: string, until?: Promise<unknown>): Promise<Outcome> {
  faults++;
  const events: Outcome['events'] = [];
  const el = document.createElement('mf-member-counter');
  el.setAttribute('metric', 'actors');
  el.setAttribute('duration', '0');
  for (const type of ['mf-load', 'mf-error'] as const)
    el.addEventListener(type, (event) =>
      events.push({ type, detail: (event as CustomEvent<MfErrorDetail | MfLoadDetail>).detail }),
    );
  el.src = url;
  await fixture(html`<div>${el}</div>`);
  if (until) await until;
  else await waitFor(() => events.length > 0, `no mf-load or mf-error from ${url}`, WAIT.heavy);
  return { el, events };
}

/**
 * A counter showing a stale copy of SMALL: a first visit stored it, and on this one the server
 * answers 500 (after 300 ms, so that a refresh can be watched while it runs).
 */
async function staleCounter(url: string): Promise<Outcome> {
  let up = true;
  worker.use(
    http.get(url, async () => {
      await delay(up ? 0 : 300);
      return up ? HttpResponse.json(SMALL) : new HttpResponse(null, { status: 500 });
    }),
  );
  (await counter(url)).el.remove();
  clearFeedCache();
  up = false;
  const outcome = await counter(url);
  await waitFor(() => outcome.events.length === 2 && outcome.el.shadowRoot!.querySelector('[part="stale"] button'));
  return outcome;
}

/**
 * Resolves `started` once a response from `url` has its body read (Response.prototype.text is
 * watched until `restore()`): the answer has come, and the loader waits for the rest of it.
 */
function bodyRead(url: string): { started: Promise<void>; restore: () => void } {
  const { text } = Response.prototype;
  let start!: () => void;
  const started = new Promise<void>((resolve) => (start = resolve));
  Response.prototype.text = function (this: Response): Promise<string> {
    if (this.url.endsWith(url)) start();
    return text.call(this);
  };
  return { started, restore: () => void (Response.prototype.text = text) };
}

function failedWith(outcome: Outcome, reason: string): void {
  expect(outcome.events.map((e) => e.type)).to.deep.equal(['mf-error']);
  expect((outcome.events[0]!.detail as MfErrorDetail).reason).to.equal(reason);
  const alert = outcome.el.shadowRoot!.querySelector('[role="alert"]');
  expect(alert, 'an error state').to.exist;
  expect(alert!.querySelector('button[part="retry"]'), 'with a retry button').to.exist;
}

describe('hardening: faulty networks', function () {
  this.timeout(120_000);

  before(async () => {
    await startMocks();
    window.addEventListener('error', onPageError);
    window.addEventListener('unhandledrejection', onPageError);
  });
  beforeEach(resetFeeds);
  after(async () => {
    window.removeEventListener('error', onPageError);
    window.removeEventListener('unhandledrejection', onPageError);
    await tally({ faults, lost, escaped: pageErrors.length });
    expect(pageErrors).to.deep.equal([]);
  });

  it('404 and 500 and 503: http, with the status in the message', async () => {
    for (const status of [404, 500, 503]) {
      const url = `/mock-feeds/status-${status}.json`;
      worker.use(http.get(url, () => new HttpResponse('nope', { status })));
      const outcome = await counter(url);
      failedWith(outcome, 'http');
      expect(text(outcome.el)).to.contain(String(status));
    }
  });

  it('no connection: network', async () => {
    worker.use(http.get('/mock-feeds/offline.json', () => HttpResponse.error()));
    failedWith(await counter('/mock-feeds/offline.json'), 'network');
  });

  // A real connection, from the test server (web-test-runner.config.mjs), not a mocked body that
  // errors halfway: WebKit has no transferable streams, so MSW's worker cannot stream a mocked body
  // there at all (no answer comes, and the load times out), while a server's reset is the same
  // thing in every engine.
  it('a connection reset halfway through the body: network', async () => {
    const id = `reset-${faults}`;
    const url = `/__mf-faults/half.json?id=${id}`;
    const reading = bodyRead(url);
    try {
      const outcome = await counter(url, reading.started);
      // The answer came, and its body is being read: now the connection breaks.
      await executeServerCommand('mf-fault', { id, action: 'reset' });
      await waitFor(() => outcome.events.length > 0, 'no mf-load or mf-error after the reset', WAIT.heavy);
      failedWith(outcome, 'network');
    } finally {
      reading.restore();
    }
  });

  it('a body that fails with an AbortError nobody asked for (how Firefox reports a reset): network', async () => {
    worker.use(http.get('/mock-feeds/abort-body.json', () => json(JSON.stringify(SMALL))));
    const { text } = Response.prototype;
    Response.prototype.text = function (this: Response): Promise<string> {
      if (this.url.endsWith('/mock-feeds/abort-body.json'))
        return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
      return text.call(this);
    };
    try {
      failedWith(await counter('/mock-feeds/abort-body.json'), 'network');
    } finally {
      Response.prototype.text = text;
    }
  });

  it('a body that stops halfway and never ends: timeout, not an endless wait (the 15 s wait compressed)', async () => {
    const url = `/__mf-faults/half.json?id=stall-${faults}`;
    const reading = bodyRead(url);
    const timeouts: Array<() => void> = [];
    const real = window.setTimeout;
    // The loader's 15 s timer is kept, to run once the body is being read (not before the answer).
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      if (ms !== DEFAULT_TIMEOUT_MS) return real(handler, ms, ...args);
      timeouts.push(handler as () => void);
      return real(() => undefined, 2 ** 31 - 1);
    }) as typeof window.setTimeout;
    try {
      const outcome = await counter(url, reading.started);
      window.setTimeout = real;
      expect(timeouts, "the loader's timer").to.have.length(1);
      timeouts[0]!();
      await waitFor(() => outcome.events.length > 0, 'no mf-load or mf-error after the timeout', WAIT.heavy);
      failedWith(outcome, 'timeout');
    } finally {
      window.setTimeout = real;
      reading.restore();
    }
  });

  it('a body cut off halfway, an empty body, a web page instead of JSON: parse', async () => {
    const body = JSON.stringify(SAMPLE);
    worker.use(
      http.get('/mock-feeds/cut.json', () => json(body.slice(0, Math.floor(body.length / 2)))),
      http.get('/mock-feeds/empty-body.json', () => json('')),
      http.get('/mock-feeds/page.json', () => HttpResponse.html('<!doctype html><h1>Welkom</h1>')),
    );
    for (const url of ['/mock-feeds/cut.json', '/mock-feeds/empty-body.json', '/mock-feeds/page.json'])
      failedWith(await counter(url), 'parse');
  });

  it('JSON without actors: schema', async () => {
    worker.use(http.get('/mock-feeds/shape.json', () => HttpResponse.json({ version: 1, members: [] })));
    failedWith(await counter('/mock-feeds/shape.json'), 'schema');
  });

  it('no answer at all: timeout (the 15 s wait compressed)', async () => {
    worker.use(
      http.get('/mock-feeds/silent.json', async () => {
        await delay('infinite');
        return json('{}');
      }),
    );
    const real = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) =>
      real(handler, ms === DEFAULT_TIMEOUT_MS ? 50 : ms, ...args)) as typeof window.setTimeout;
    try {
      failedWith(await counter('/mock-feeds/silent.json'), 'timeout');
    } finally {
      window.setTimeout = real;
    }
  });

  it('a slow feed: the loading state, then the figure, and no error', async () => {
    const slow = gate();
    worker.use(
      http.get('/mock-feeds/slow.json', async () => {
        await slow.hold();
        return HttpResponse.json(SMALL);
      }),
    );
    const outcome = await counter('/mock-feeds/slow.json', slow.arrived);
    expect(outcome.el.shadowRoot!.querySelector('[aria-busy="true"]'), 'loading').to.exist;
    expect(outcome.el.getBoundingClientRect().height, 'reserves its size').to.be.greaterThan(20);
    slow.release();
    await waitFor(() => outcome.events.length > 0, 'never loaded');
    expect(outcome.events.map((e) => e.type)).to.deep.equal(['mf-load']);
    expect(value(outcome.el)).to.equal(figure(SMALL));
  });

  it('a 20 MB feed, served as text/plain: read, shown, and kept for a visit when the server is down', async () => {
    const stress = generateStress();
    const padding = 'Lange beschrijving van een vereniging. '.repeat(24);
    const big = JSON.stringify({ ...stress, actors: stress.actors.map((a) => ({ ...a, description: padding })) });
    expect(big.length).to.be.greaterThan(20_000_000);
    worker.use(
      http.get('/mock-feeds/big.json', () => new HttpResponse(big, { headers: { 'content-type': 'text/plain' } })),
    );
    const outcome = await counter('/mock-feeds/big.json');
    expect(outcome.events.map((e) => e.type)).to.deep.equal(['mf-load']);
    expect((outcome.events[0]!.detail as MfLoadDetail).actors).to.equal(stress.actors.length);
    await waitFor(() => value(outcome.el) === figure(stress), 'the figure of the big feed');
    // Too big for localStorage, kept in IndexedDB: a later visit with the server down still shows it.
    const url = new URL('/mock-feeds/big.json', location.href).href;
    await waitFor(async () => (await loadSavedFeed(url)) !== undefined, 'the big feed was not kept', WAIT.heavy);
    outcome.el.remove();
    clearFeedCache();
    worker.use(http.get('/mock-feeds/big.json', () => new HttpResponse(null, { status: 502 })));
    const later = await counter('/mock-feeds/big.json');
    expect(later.events.map((e) => e.type)).to.deep.equal(['mf-error', 'mf-load']);
    expect(later.events[0]!.detail).to.include({ reason: 'http', stale: true });
    await waitFor(() => value(later.el) === figure(stress), 'the kept copy of the big feed');
    expect(later.el.shadowRoot!.querySelector('[part="stale"]')).to.exist;
  });

  it('a server that alternates between good and failing: the last good copy stays, with its age', async () => {
    const url = '/mock-feeds/alternating.json';
    let visit = 0;
    const feeds = [SMALL, undefined, SAMPLE, undefined, undefined, SMALL];
    worker.use(
      http.get(url, () => {
        const feed = feeds[visit];
        return feed ? HttpResponse.json(feed) : new HttpResponse(null, { status: 502 });
      }),
    );
    let lastGood: unknown;
    for (visit = 0; visit < feeds.length; visit++) {
      clearFeedCache(); // a new visit: nothing in memory, the browser's stored copy remains
      const outcome = await counter(url);
      if (feeds[visit]) {
        lastGood = feeds[visit];
        expect(outcome.events.map((e) => e.type)).to.deep.equal(['mf-load']);
        expect(outcome.el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
      } else {
        // The failure is reported, and the stored copy is shown as loaded.
        expect(outcome.events.map((e) => e.type)).to.deep.equal(['mf-error', 'mf-load']);
        expect(outcome.events[0]!.detail).to.include({ reason: 'http', stale: true });
        expect(outcome.events[1]!.detail).to.include({ stale: true });
        expect(outcome.el.shadowRoot!.querySelector('[part="stale"]')?.textContent).to.match(/Deze gegevens zijn van/);
      }
      await waitFor(() => value(outcome.el) !== '', 'no figure');
      if (value(outcome.el) !== figure(lastGood)) lost++;
      expect(value(outcome.el), `visit ${visit}`).to.equal(figure(lastGood));
      outcome.el.remove();
    }
  });

  it('the retry of a stale copy keeps it on screen; if it fails again the copy stays, if it works the new data shows', async () => {
    const url = '/mock-feeds/retry-stale.json';
    const { el, events } = await staleCounter(url);
    const button = (): HTMLButtonElement => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="stale"] button')!;
    // The browser's stored copy is gone meanwhile (storage cleared, or full): what is on screen is kept.
    await forgetSavedFeeds();
    button().focus();
    button().click();
    await el.updateComplete;
    // While it refreshes, the data stays and the button says so.
    expect(value(el)).to.equal(figure(SMALL));
    expect(button().textContent).to.contain('Bezig met vernieuwen');
    expect(button().getAttribute('aria-disabled')).to.equal('true');
    await waitFor(() => events.length === 4, 'the retry did not end');
    // The same pair as any stale copy: why it failed, and that data is shown.
    expect(events.slice(2).map((e) => e.type)).to.deep.equal(['mf-error', 'mf-load']);
    expect(events[2]!.detail).to.include({ reason: 'http', stale: true });
    expect(events[3]!.detail).to.include({ stale: true });
    await el.updateComplete;
    expect(value(el)).to.equal(figure(SMALL));
    expect(button().textContent).to.contain('Opnieuw proberen');
    const outcome = (): string =>
      el.shadowRoot!.querySelector('.refresh-outcome[role="status"]')?.textContent?.trim() ?? '';
    expect(outcome()).to.equal('Vernieuwen lukte opnieuw niet.');
    await expect(el).to.be.accessible();
    faults++;
    worker.use(http.get(url, () => HttpResponse.json(SAMPLE)));
    button().focus();
    button().click();
    await waitFor(() => events.length === 5, 'the second retry did not end');
    expect(events[4]!.type).to.equal('mf-load');
    expect(events[4]!.detail).to.not.have.property('stale');
    await waitFor(() => value(el) === figure(SAMPLE), 'the new data');
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
    // The button is gone with the note: focus lands on the outcome, which says what happened.
    await waitFor(() => el.shadowRoot!.activeElement?.classList.contains('refresh-outcome'), 'focus was lost');
    expect(outcome()).to.equal('De gegevens zijn vernieuwd.');
  });

  it('an element moved in the page during a refresh finishes the refresh', async () => {
    const { el, events } = await staleCounter('/mock-feeds/moved-refresh.json');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="stale"] button')!.click();
    // A framework re-parents it while the request runs.
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await waitFor(() => events.length === 4, 'the refresh never ended');
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="stale"] button')!;
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    expect(value(el)).to.equal(figure(SMALL));
  });

  it('src changed while a fetch is in flight: the late answer does not win', async () => {
    const late = gate();
    worker.use(
      http.get('/mock-feeds/late-a.json', async () => {
        await late.hold();
        return HttpResponse.json(SAMPLE);
      }),
      http.get('/mock-feeds/fast-b.json', () => HttpResponse.json(SMALL)),
    );
    const { el, events } = await counter('/mock-feeds/late-a.json', late.arrived);
    // Another holder of the same feed on the page (a second widget), so that the late answer is not
    // cancelled with the element's request: it does arrive, and must still not win.
    const lateAnswer = loadFeed('/mock-feeds/late-a.json');
    el.src = '/mock-feeds/fast-b.json';
    await waitFor(() => events.length > 0);
    late.release();
    await lateAnswer;
    // The late answer is read: one task for whatever it set off, then the element's update.
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(events.map((e) => e.type)).to.deep.equal(['mf-load']);
    expect((events[0]!.detail as MfLoadDetail).url).to.match(/fast-b\.json$/);
    expect(value(el)).to.equal(figure(SMALL));
  });

  it('an element removed mid-fetch: nothing fires, and it works when put back', async () => {
    const held = gate();
    worker.use(
      http.get('/mock-feeds/removed.json', async () => {
        await held.hold();
        return HttpResponse.json(SMALL);
      }),
    );
    const { el, events } = await counter('/mock-feeds/removed.json', held.arrived);
    // As above: another holder of the feed, so that its answer arrives while the element is out of the page.
    const answer = loadFeed('/mock-feeds/removed.json');
    const parent = el.parentElement!;
    el.remove();
    held.release();
    await answer;
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(events).to.deep.equal([]);
    parent.append(el);
    await waitFor(() => events.length > 0, 'nothing after being put back');
    expect(events.map((e) => e.type)).to.deep.equal(['mf-load']);
    expect(value(el)).to.equal(figure(SMALL));
  });

  it('a card on a failing feed: the error state, not a not-found', async () => {
    faults++;
    worker.use(http.get('/mock-feeds/card-down.json', () => new HttpResponse(null, { status: 500 })));
    const el = await fixture(html`<mf-actor-card src="/mock-feeds/card-down.json" actor-id="fed-01"></mf-actor-card>`);
    await waitFor(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no error state');
    expect(text(el)).to.contain('500');
  });
});
