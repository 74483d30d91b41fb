import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/loader.js';
import { http, HttpResponse } from 'msw';
import { FEEDS, keepStaleCopy } from '../../src/mocks/handlers.js';
import { HOSTILE_STRINGS, smallFeed } from '../../src/mocks/feeds.js';
import type { MfErrorDetail, MfLoadDetail } from '../../src/shared/events.js';
import { define } from '../../src/shared/define.js';
import { gate, recordRequests, resetFeeds, startMocks, worker } from '../helpers/msw.js';
import { TestWidget } from '../helpers/test-widget.js';
import { pageErrorsOf } from '../helpers/console.js';
import { settled, shadowText } from '../helpers/shadow.js';
import { waitFor } from '../helpers/wait.js';

const text = shadowText;
const ready = (el: TestWidget): Promise<void> => settled(el, 'ul, [part="state"]:not([aria-busy="true"])');

describe('base element', () => {
  before(startMocks);
  beforeEach(resetFeeds);

  it('registers once, even when defined again', () => {
    expect(customElements.get('mf-test-widget')).to.equal(TestWidget);
    expect(() => define('mf-test-widget', class extends TestWidget {})).not.to.throw();
    expect(customElements.get('mf-test-widget')).to.equal(TestWidget);
  });

  it('loads src, renders the actors and fires mf-load', async () => {
    const el = document.createElement('mf-test-widget');
    const loaded = oneEvent(el, 'mf-load');
    el.setAttribute('src', FEEDS.small);
    document.body.append(el);
    const event = (await loaded) as CustomEvent<MfLoadDetail>;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.actors).to.equal(smallFeed().actors.length);
    expect(event.detail.url).to.equal(new URL(FEEDS.small, location.href).href);
    await el.updateComplete;
    expect(text(el)).to.contain('Federatie Atlas');
    el.remove();
  });

  it('reserves its size while loading and is accessible in that state', async () => {
    // Held while the test looks (the accessibility check alone can take longer than any fixed delay).
    const feed = gate();
    worker.use(
      http.get('/mock-feeds/held.json', async () => {
        await feed.hold();
        return HttpResponse.json(smallFeed());
      }),
    );
    const el = await fixture<TestWidget>(html`<mf-test-widget src="/mock-feeds/held.json"></mf-test-widget>`);
    const status = el.shadowRoot?.querySelector('[role="status"]');
    expect(status?.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(text(el)).to.contain('Netwerk wordt geladen');
    await expect(el).to.be.accessible();
    feed.release();
    await ready(el);
    expect(text(el)).to.contain('Federatie Atlas');
  });

  for (const [feed, reason, sentence] of [
    [FEEDS.missing, 'http', 'gaf een fout (404)'],
    [FEEDS.notJson, 'parse', 'geen geldige JSON'],
    [FEEDS.wrongShape, 'schema', 'niet de verwachte vorm'],
  ] as const) {
    it(`shows a localized ${reason} error with a retry button and fires mf-error`, async () => {
      const el = document.createElement('mf-test-widget');
      const failed = oneEvent(el, 'mf-error');
      el.src = feed;
      document.body.append(el);
      const event = (await failed) as CustomEvent<MfErrorDetail>;
      expect(event.detail.reason).to.equal(reason);
      expect(event.detail.message).to.be.a('string').and.not.be.empty;
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.contain(sentence);
      expect(el.shadowRoot?.querySelector('button[part="retry"]')?.textContent?.trim()).to.equal('Opnieuw proberen');
      await expect(el).to.be.accessible();
      el.remove();
    });
  }

  it('retries for real when the button is pressed, and refreshes other elements on that URL', async () => {
    let calls = 0;
    worker.use(
      http.get('/mock-feeds/flaky.json', () =>
        ++calls === 1 ? new HttpResponse(null, { status: 500 }) : HttpResponse.json(smallFeed()),
      ),
    );
    const wrapper = await fixture(
      html`<div>
        <mf-test-widget src="/mock-feeds/flaky.json"></mf-test-widget>
        <mf-test-widget src="/mock-feeds/flaky.json"></mf-test-widget>
      </div>`,
    );
    const [first, second] = [...wrapper.querySelectorAll('mf-test-widget')] as TestWidget[];
    await ready(first!);
    await ready(second!);
    expect(calls).to.equal(1);
    const retry = first!.shadowRoot?.querySelector<HTMLButtonElement>('button[part="retry"]');
    const loaded = oneEvent(second!, 'mf-load');
    retry?.click();
    await loaded;
    await waitFor(() => text(first!).includes('Federatie Atlas'));
    expect(calls).to.equal(2);
    expect(text(second!)).to.contain('Federatie Atlas');
  });

  it('shows stale data with its age and still fires mf-error', async () => {
    const url = '/mock-feeds/stale.json';
    worker.use(http.get(url, () => HttpResponse.json(smallFeed())));
    const first = await fixture<TestWidget>(html`<mf-test-widget src=${url}></mf-test-widget>`);
    await ready(first);
    first.remove();
    clearFeedCache();
    worker.use(http.get(url, () => HttpResponse.error()));
    const el = document.createElement('mf-test-widget');
    el.lang = 'en';
    const failed = oneEvent(el, 'mf-error');
    el.src = url;
    document.body.append(el);
    const event = (await failed) as CustomEvent<MfErrorDetail>;
    expect(event.detail).to.include({ reason: 'network', stale: true });
    await waitFor(() => text(el).includes('Federatie Atlas'), 'stale data not shown');
    expect(el.shadowRoot?.querySelector('[part="stale"]')?.textContent).to.match(
      /This data is from (now|this minute|\d+ seconds? ago)/,
    );
    await expect(el).to.be.accessible();
    el.remove();
  });

  it("shows the Storybook stale mock: the server down, this browser's copy with its age", async () => {
    keepStaleCopy();
    const el = await fixture<TestWidget>(html`<mf-test-widget src=${FEEDS.stale}></mf-test-widget>`);
    await waitFor(() => el.shadowRoot?.querySelector('[part="stale"]'), 'no stale note');
    expect(el.shadowRoot!.querySelector('[part="stale"]')!.textContent).to.match(/3 uur geleden/);
    expect(text(el)).to.contain('Federatie Atlas');
    el.remove();
  });

  it('shows the empty state for a feed without actors', async () => {
    const el = await fixture<TestWidget>(html`<mf-test-widget src=${FEEDS.empty}></mf-test-widget>`);
    await ready(el);
    expect(text(el)).to.contain('Er zijn nog geen actoren om te tonen.');
    await expect(el).to.be.accessible();
  });

  it('says what is missing when it has neither src nor feed', async () => {
    const el = await fixture<TestWidget>(html`<mf-test-widget></mf-test-widget>`);
    expect(text(el)).to.contain('src');
  });

  it('reads a feed object set as a property, without a request, even before the tag is defined', async () => {
    const recorder = recordRequests();
    const el = document.createElement('mf-test-widget-late') as TestWidget;
    el.feed = smallFeed();
    document.body.append(el);
    customElements.define('mf-test-widget-late', class extends TestWidget {});
    await waitFor(() => text(el).includes('Federatie Atlas'));
    recorder.stop();
    expect(recorder.urls).to.deep.equal([]);
    el.remove();
  });

  it('reads a reactive proxy as a feed object, without cloning it', async () => {
    // Like a framework's reactive state: every object behind a proxy, writes seen.
    const writes: string[] = [];
    const proxies = new WeakMap<object, object>();
    const reactive = <T extends object>(target: T): T => {
      let proxy = proxies.get(target) as T | undefined;
      if (!proxy) {
        proxy = new Proxy(target, {
          get(object, key, receiver): unknown {
            const value: unknown = Reflect.get(object, key, receiver);
            return typeof value === 'object' && value !== null ? reactive(value) : value;
          },
          set: (object, key, value) => (writes.push(String(key)), Reflect.set(object, key, value)),
          defineProperty: (object, key, d) => (writes.push(String(key)), Reflect.defineProperty(object, key, d)),
          deleteProperty: (object, key) => (writes.push(String(key)), Reflect.deleteProperty(object, key)),
        });
        proxies.set(target, proxy);
      }
      return proxy;
    };
    const proxy = reactive(smallFeed());
    // What cloning would meet: a proxy cannot be structured-cloned.
    expect(() => structuredClone(proxy)).to.throw();
    const el = await fixture<TestWidget>(html`<mf-test-widget .feed=${proxy}></mf-test-widget>`);
    await waitFor(() => text(el).includes('Federatie Atlas'));
    expect(text(el)).to.contain('Vereniging Amani Gent');
    expect(el.feed).to.equal(proxy);
    expect(writes, 'the feed is only read').to.deep.equal([]);
  });

  it('fires mf-error with reason schema for a feed property without actors', async () => {
    const el = document.createElement('mf-test-widget');
    const failed = oneEvent(el, 'mf-error');
    el.feed = { hello: 'world' };
    document.body.append(el);
    expect(((await failed) as CustomEvent<MfErrorDetail>).detail.reason).to.equal('schema');
    el.remove();
  });

  it('keeps hostile strings as text', async () => {
    const el = await fixture<TestWidget>(html`<mf-test-widget src=${FEEDS.hostile}></mf-test-widget>`);
    await ready(el);
    const names = [...(el.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    for (const hostile of HOSTILE_STRINGS.slice(0, 5)) expect(names).to.include(hostile.trim());
    expect(el.shadowRoot?.querySelector('img, script, b')).to.equal(null);
    expect((window as unknown as { __mfHacked?: boolean }).__mfHacked).to.equal(undefined);
  });

  it("resists the host page's CSS", async () => {
    const style = document.createElement('style');
    style.textContent = `* { color: rgb(255, 0, 0) !important; display: inline !important; } li { display: none !important; }
      body { text-transform: uppercase; letter-spacing: 5px; }`;
    document.head.append(style);
    try {
      const el = await fixture<TestWidget>(html`<mf-test-widget src=${FEEDS.small}></mf-test-widget>`);
      await ready(el);
      const item = el.shadowRoot?.querySelector('li') as HTMLElement;
      expect(getComputedStyle(item).display).to.equal('list-item');
      expect(getComputedStyle(item).textTransform).to.equal('none');
      expect(getComputedStyle(item).letterSpacing).to.equal('normal');
    } finally {
      style.remove();
    }
  });

  it('does not let an exception out into the host page', async () => {
    const errors = await pageErrorsOf(async () => {
      for (const feed of [FEEDS.missing, FEEDS.notJson, FEEDS.wrongShape, FEEDS.partlyBroken, FEEDS.hostile]) {
        const el = await fixture<TestWidget>(html`<mf-test-widget src=${feed}></mf-test-widget>`);
        await ready(el);
      }
      const el = await fixture<TestWidget>(html`<mf-test-widget .feed=${'not json'}></mf-test-widget>`);
      await ready(el);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(errors).to.deep.equal([]);
  });

  it('follows the theme attribute', async () => {
    const el = await fixture<TestWidget>(html`<mf-test-widget theme="dark" src=${FEEDS.small}></mf-test-widget>`);
    await ready(el);
    expect(getComputedStyle(el).color).to.equal('rgb(238, 241, 244)');
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(el).color).to.equal('rgb(27, 31, 36)');
  });
});
