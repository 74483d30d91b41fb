/**
 * What the README promises that no other test holds the elements to: `heading-level` beyond the
 * default, attributes set before the feed arrives, every part and a custom property of each
 * element, `feed` as JSON text, and the map's touch gestures, bottom sheet and `0` key.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { FEEDS } from '../../src/mocks/handlers.js';
import { smallFeed } from '../../src/mocks/feeds.js';
import type { MfActorCard } from '../../src/widgets/actor-card/actor-card.js';
import type { MfActorList } from '../../src/widgets/actor-list/actor-list.js';
import type { MfMemberCounter } from '../../src/widgets/member-counter/member-counter.js';
import type { MfNetworkMap } from '../../src/widgets/network-map/network-map.js';
import '../../src/widgets/actor-card/define.js';
import '../../src/widgets/actor-list/define.js';
import '../../src/widgets/member-counter/define.js';
import '../../src/widgets/network-map/define.js';
import { emulateMedia, sendKeys, setViewport } from '../helpers/browser.js';
import { canvasPoint, geo, geoDrawn, graphDrawn } from '../helpers/map.js';
import { gate, resetFeeds, startMocks, worker } from '../helpers/msw.js';
import { q, qa, settled, text } from '../helpers/shadow.js';
import { WAIT, waitFor } from '../helpers/wait.js';

const LATE = '/mock-feeds/late-small.json';

/** Every `part` name in the element's shadow root. */
const partsOf = (el: Element): Set<string> => new Set(qa(el, '[part]').flatMap((node) => [...node.part]));

async function inWrapper<T extends Element>(template: ReturnType<typeof html>, tag: string, width = 900): Promise<T> {
  const wrapper = await fixture(html`<div style=${`width: ${width}px`}>${template}</div>`);
  return wrapper.querySelector(tag) as unknown as T;
}

describe('README API', () => {
  before(async () => {
    await startMocks();
    await setViewport({ width: 1200, height: 900 });
  });
  beforeEach(resetFeeds);
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  describe('heading-level', () => {
    for (const level of [1, 4, 6]) {
      it(`makes the card's name a heading of level ${level}`, async () => {
        const el = await inWrapper<MfActorCard>(
          html`<h2>Partners</h2>
            <mf-actor-card .feed=${smallFeed()} actor-id="fed-01" heading-level=${level}></mf-actor-card>`,
          'mf-actor-card',
        );
        await settled(el, '[part="name"]');
        expect(q(el, '[part="name"]')!.getAttribute('role')).to.equal('heading');
        expect(q(el, '[part="name"]')!.getAttribute('aria-level')).to.equal(String(level));
        expect(el.headingLevel).to.equal(level);
      });
    }

    it('follows a change, and falls back to the page outline when removed', async () => {
      const el = await inWrapper<MfActorCard>(
        html`<h2>Partners</h2>
          <mf-actor-card .feed=${smallFeed()} actor-id="fed-01" heading-level="5"></mf-actor-card>`,
        'mf-actor-card',
      );
      await settled(el, '[part="name"]');
      el.setAttribute('heading-level', '2');
      await el.updateComplete;
      expect(q(el, '[part="name"]')!.getAttribute('aria-level')).to.equal('2');
      el.removeAttribute('heading-level');
      await el.updateComplete;
      // One below the <h2> before it.
      expect(q(el, '[part="name"]')!.getAttribute('aria-level')).to.equal('3');
    });
  });

  describe('set before the feed arrives', () => {
    it("the list's query and expanded", async () => {
      const feed = gate();
      worker.use(
        http.get(LATE, async () => {
          await feed.hold();
          return HttpResponse.json(smallFeed());
        }),
      );
      const el = await inWrapper<MfActorList>(
        html`<mf-actor-list src=${LATE} query="vereniging" expanded="assoc-0001"></mf-actor-list>`,
        'mf-actor-list',
      );
      await feed.arrived;
      expect(q(el, '[aria-busy="true"]')).to.exist;
      feed.release();
      await settled(el, '[part="summary"]', WAIT.heavy);
      expect(el.query).to.equal('vereniging');
      expect(q<HTMLInputElement>(el, '[part="search"]')!.value).to.equal('vereniging');
      const names = (): string[] => qa(el, '[part="row"] .name').map(text);
      expect(names()).to.have.members(['Vereniging Amani Gent']);
      const row = q(el, '[part="row"][data-id="assoc-0001"]')!;
      expect(row.getAttribute('aria-expanded')).to.equal('true');
      await waitFor(
        () => text(q(el, 'mf-actor-card')?.shadowRoot?.querySelector('[part="name"]')) === 'Vereniging Amani Gent',
        'the opened row shows no card',
      );
    });

    it("the map's province", async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const feed = gate();
      worker.use(
        http.get(LATE, async () => {
          await feed.hold();
          return HttpResponse.json(smallFeed());
        }),
      );
      const el = await inWrapper<MfNetworkMap>(
        html`<mf-network-map src=${LATE} view="geo" province="antwerpen"></mf-network-map>`,
        'mf-network-map',
      );
      await feed.arrived;
      feed.release();
      await geoDrawn(el);
      expect(el.province).to.equal('antwerpen');
      expect(el.getAttribute('province')).to.equal('antwerpen');
      // Only Antwerpen's actors: the one association there, nothing of Gent, Brussel or Leuven.
      const targets = geo(el).targets;
      expect(targets.reduce((sum, t) => sum + t.count, 0)).to.equal(
        smallFeed().actors.filter((a) => (a['location'] as { province?: string } | undefined)?.province === 'antwerpen')
          .length,
      );
      expect(
        targets.map((t) => t.id).filter((id) => id.startsWith('province:') && id !== 'province:antwerpen'),
      ).to.deep.equal([]);
      expect(text(q(el, '.geo-notes'))).to.contain('Antwerpen');
    });
  });

  describe('parts and custom properties', () => {
    it('<mf-member-counter>: base, value, label; --mf-counter-value-color', async () => {
      const el = await inWrapper<MfMemberCounter>(
        html`<mf-member-counter
          src=${FEEDS.small}
          duration="0"
          style="--mf-counter-value-color: rgb(1, 2, 3)"
        ></mf-member-counter>`,
        'mf-member-counter',
      );
      await settled(el, '[part="base"]');
      expect([...partsOf(el)]).to.include.members(['base', 'value', 'label']);
      expect(getComputedStyle(q(el, '[part="value"]')!).color).to.equal('rgb(1, 2, 3)');
    });

    it('<mf-actor-card>: every part of a full card; --mf-card-padding', async () => {
      const feed = smallFeed();
      const el = await inWrapper<MfActorCard>(
        html`<mf-actor-card .feed=${feed} actor-id="fed-01" style="--mf-card-padding: 7px"></mf-actor-card>`,
        'mf-actor-card',
      );
      await settled(el, '[part="base"]');
      expect([...partsOf(el)]).to.include.members([
        'base',
        'header',
        'avatar',
        'name',
        'type',
        'description',
        'details',
        'themes',
        'links',
      ]);
      expect(getComputedStyle(q(el, '[part="base"]')!).paddingTop).to.equal('7px');
      // The federation button, on a member's card.
      const member = await inWrapper<MfActorCard>(
        html`<mf-actor-card .feed=${feed} actor-id="assoc-0001"></mf-actor-card>`,
        'mf-actor-card',
      );
      await settled(member, '[part="federation"]');
      expect(text(q(member, '[part="federation"]'))).to.contain('Atlas');
    });

    it('<mf-actor-list>: base, controls, search, summary, row; --mf-list-height', async () => {
      const el = await inWrapper<MfActorList>(
        html`<mf-actor-list src=${FEEDS.small} style="--mf-list-height: 321px"></mf-actor-list>`,
        'mf-actor-list',
      );
      await settled(el, '[part="summary"]', WAIT.heavy);
      expect([...partsOf(el)]).to.include.members(['base', 'controls', 'search', 'summary', 'row']);
      expect(Math.round(q(el, '[part="base"]')!.getBoundingClientRect().height)).to.equal(321);
    });

    it('<mf-network-map>: base, toolbar, search, canvas, legend, panel; --mf-map-height', async () => {
      const el = await inWrapper<MfNetworkMap>(
        html`<mf-network-map src=${FEEDS.small} focus="fed-01" style="--mf-map-height: 432px"></mf-network-map>`,
        'mf-network-map',
      );
      await graphDrawn(el);
      await settled(el, '[part="panel"]');
      expect([...partsOf(el)]).to.include.members(['base', 'toolbar', 'search', 'canvas', 'legend', 'panel']);
      expect(Math.round(q(el, '[part="base"]')!.getBoundingClientRect().height)).to.equal(432);
    });

    it('shared: state and retry on an error', async () => {
      const el = await inWrapper<MfMemberCounter>(
        html`<mf-member-counter src=${FEEDS.missing}></mf-member-counter>`,
        'mf-member-counter',
      );
      await settled(el, '[role="alert"]');
      expect([...partsOf(el)]).to.include.members(['state', 'retry']);
    });
  });

  describe('feed as JSON text', () => {
    it('is read by every element, without a request', async () => {
      const json = JSON.stringify(smallFeed());
      const counter = await inWrapper<MfMemberCounter>(
        html`<mf-member-counter .feed=${json} metric="federations" duration="0"></mf-member-counter>`,
        'mf-member-counter',
      );
      await settled(counter, '[part="base"]');
      expect(text(q(counter, '[part="value"]'))).to.contain('2');
      const card = await inWrapper<MfActorCard>(
        html`<mf-actor-card .feed=${json} actor-id="fed-01"></mf-actor-card>`,
        'mf-actor-card',
      );
      await settled(card, '[part="name"]');
      expect(text(q(card, '[part="name"]'))).to.equal('Federatie Atlas');
      const list = await inWrapper<MfActorList>(html`<mf-actor-list .feed=${json}></mf-actor-list>`, 'mf-actor-list');
      await settled(list, '[part="summary"]', WAIT.heavy);
      expect(text(q(list, '[part="summary"]'))).to.contain('7 actoren gevonden');
      const map = await inWrapper<MfNetworkMap>(
        html`<mf-network-map .feed=${json}></mf-network-map>`,
        'mf-network-map',
      );
      await graphDrawn(map);
      expect(map.inspect().nodes.map((n) => n.id)).to.include('fed-01');
    });
  });

  describe('the map on touch and keys', () => {
    it('zooms with a pinch around the fingers, and pans with them', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await inWrapper<MfNetworkMap>(
        html`<mf-network-map src=${FEEDS.small}></mf-network-map>`,
        'mf-network-map',
      );
      await graphDrawn(el);
      const canvas = q<HTMLCanvasElement>(el, 'canvas')!;
      const before = el.inspect().view;
      const rect = canvas.getBoundingClientRect();
      /** Returns where on the canvas the finger landed: WebKit keeps an event's clientX/Y in whole pixels. */
      const touch = (type: string, pointerId: number, x: number, y: number): [number, number] => {
        const event = new PointerEvent(type, {
          pointerId,
          pointerType: 'touch',
          isPrimary: pointerId === 1,
          bubbles: true,
          ...canvasPoint(el, x, y),
        });
        canvas.dispatchEvent(event);
        return [event.clientX - rect.left, event.clientY - rect.top];
      };
      const middle = ([ax, ay]: [number, number], [bx, by]: [number, number]): [number, number] => [
        (ax + bx) / 2,
        (ay + by) / 2,
      ];
      // Two fingers 100 px apart around (250, 200) spread to 150 px apart around (300, 220).
      const start = middle(touch('pointerdown', 1, 200, 200), touch('pointerdown', 2, 300, 200));
      const worldAtStart = [(start[0] - before.x) / before.k, (start[1] - before.y) / before.k];
      const end = middle(touch('pointermove', 1, 225, 220), touch('pointermove', 2, 375, 220));
      touch('pointerup', 1, 225, 220);
      touch('pointerup', 2, 375, 220);
      const after = el.inspect().view;
      // 100 px apart, then 150: 1.5 × in all, step by step.
      expect(after.k / before.k).to.be.closeTo(1.5, 1e-6);
      // What was between the fingers is between them still.
      const worldAtEnd = [(end[0] - after.x) / after.k, (end[1] - after.y) / after.k];
      expect(worldAtEnd[0]).to.be.closeTo(worldAtStart[0]!, 1e-6);
      expect(worldAtEnd[1]).to.be.closeTo(worldAtStart[1]!, 1e-6);
      // A pinch is no tap: nothing was selected.
      expect(el.inspect().selected).to.equal(undefined);
    });

    it('says to use two fingers when one finger scrolls the page', async () => {
      const el = await inWrapper<MfNetworkMap>(
        html`<mf-network-map src=${FEEDS.small}></mf-network-map>`,
        'mf-network-map',
      );
      await graphDrawn(el);
      const canvas = q<HTMLCanvasElement>(el, 'canvas')!;
      const at = { pointerId: 3, pointerType: 'touch', isPrimary: true, bubbles: true, ...canvasPoint(el, 100, 100) };
      const k = el.inspect().view.k;
      canvas.dispatchEvent(new PointerEvent('pointerdown', at));
      canvas.dispatchEvent(new PointerEvent('pointercancel', at));
      await el.updateComplete;
      expect(text(q(el, '.hint'))).to.equal('Gebruik twee vingers om de kaart te verschuiven en te zoomen.');
      expect(el.inspect().view.k).to.equal(k);
      expect(el.inspect().selected).to.equal(undefined);
    });

    it('shows the card in a bottom sheet on narrow widths, in a side panel on wide ones', async () => {
      for (const [width, sheet] of [
        [400, true],
        [900, false],
      ] as const) {
        const el = await inWrapper<MfNetworkMap>(
          html`<mf-network-map src=${FEEDS.small} focus="fed-01"></mf-network-map>`,
          'mf-network-map',
          width,
        );
        await graphDrawn(el);
        await settled(el, '[part="panel"]');
        const base = q(el, '[part="base"]')!.getBoundingClientRect();
        const panel = q(el, '[part="panel"]')!.getBoundingClientRect();
        if (sheet) {
          expect(panel.bottom, `${width}: at the bottom`).to.be.closeTo(base.bottom, 2);
          expect(panel.width, `${width}: the whole width`).to.be.closeTo(base.width, 3);
          expect(panel.height, `${width}: not the whole height`).to.be.lessThan(base.height * 0.7);
        } else {
          expect(panel.width, `${width}: beside the drawing`).to.be.lessThan(base.width * 0.6);
          expect(panel.top, `${width}: from the top`).to.be.lessThan(base.top + base.height * 0.3);
        }
      }
    });

    it('shows everything again with the 0 key', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await inWrapper<MfNetworkMap>(
        html`<mf-network-map src=${FEEDS.small}></mf-network-map>`,
        'mf-network-map',
      );
      await graphDrawn(el);
      const home = el.inspect().view;
      q<HTMLCanvasElement>(el, 'canvas')!.focus();
      await sendKeys({ press: '+' });
      await sendKeys({ press: '+' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.inspect().view.k).to.be.greaterThan(home.k * 2);
      await sendKeys({ press: '0' });
      await waitFor(() => Math.abs(el.inspect().view.k - home.k) < 1e-6, 'the 0 key did not show everything');
      expect(el.inspect().view.x).to.be.closeTo(home.x, 1e-6);
      expect(el.inspect().view.y).to.be.closeTo(home.y, 1e-6);
    });
  });
});
