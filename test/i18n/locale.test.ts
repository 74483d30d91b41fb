import { expect, fixture, html } from '@open-wc/testing';
import { loadCatalog, normaliseLang, resolveLang } from '../../src/i18n/locale.js';
import { formatAge } from '../../src/i18n/age.js';
import { formatNumber, typeLabel } from '../../src/i18n/labels.js';
import { provinceLabel } from '../../src/i18n/province-label.js';
import { BUILTIN_TYPE_IDS, PROVINCE_IDS } from '../../src/feed/schema.js';
import { FEEDS } from '../../src/mocks/handlers.js';
import { startMocks } from '../helpers/msw.js';
import type { TestWidget } from '../helpers/test-widget.js';
import '../helpers/test-widget.js';
import { q, text } from '../helpers/shadow.js';
import { waitFor } from '../helpers/wait.js';

// TestWidget's own summary line (a test element's class, not a widget's part).
const summary = (el: Element): string => text(q(el, '.summary'));

describe('languages', () => {
  before(async () => {
    await startMocks();
    // Labels asked for outside an element need their catalog loaded first (elements wait by themselves).
    await Promise.all([loadCatalog('fr'), loadCatalog('en')]);
  });
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('normalises language tags', () => {
    expect(normaliseLang('fr-BE')).to.equal('fr');
    expect(normaliseLang('EN_gb')).to.equal('en');
    expect(normaliseLang('nl')).to.equal('nl');
    expect(normaliseLang('de')).to.equal('nl');
    expect(normaliseLang('')).to.equal(undefined);
    expect(normaliseLang(null)).to.equal(undefined);
  });

  it('resolves own lang, then the nearest ancestor, across shadow roots, then <html lang>, then nl', async () => {
    document.documentElement.setAttribute('lang', 'fr-BE');
    const root = await fixture(
      html`<section lang="en">
        <div><span id="inner"></span></div>
        <span id="own" lang="nl"></span>
      </section>`,
    );
    expect(resolveLang(root.querySelector('#inner')!)).to.equal('en');
    expect(resolveLang(root.querySelector('#own')!)).to.equal('nl');
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const deep = document.createElement('span');
    shadow.append(deep);
    expect(resolveLang(deep)).to.equal('fr');
    document.documentElement.removeAttribute('lang');
    expect(resolveLang(deep)).to.equal('nl');
    host.setAttribute('lang', 'de');
    expect(resolveLang(deep)).to.equal('nl');
    host.remove();
  });

  it('renders two elements on one page each in its own language', async () => {
    const page = await fixture(
      html`<div>
        <mf-test-widget lang="fr" src=${FEEDS.small}></mf-test-widget>
        <mf-test-widget lang="nl" src=${FEEDS.small}></mf-test-widget>
        <div lang="en-GB"><mf-test-widget src=${FEEDS.small}></mf-test-widget></div>
      </div>`,
    );
    const [fr, nl, en] = [...page.querySelectorAll('mf-test-widget')] as TestWidget[];
    await waitFor(() => summary(fr!) && summary(nl!) && summary(en!));
    expect(summary(fr!)).to.equal('8 · 2 fédérations · Réessayer');
    expect(summary(nl!)).to.equal('8 · 2 federaties · Opnieuw proberen');
    expect(summary(en!)).to.equal('8 · 2 federations · Try again');
  });

  it("follows a change of its own or an ancestor's lang", async () => {
    const page = await fixture(html`<div lang="nl"><mf-test-widget src=${FEEDS.small}></mf-test-widget></div>`);
    const el = page.querySelector('mf-test-widget') as TestWidget;
    await waitFor(() => summary(el));
    page.setAttribute('lang', 'fr');
    await waitFor(() => summary(el).endsWith('Réessayer'));
    el.setAttribute('lang', 'en');
    await waitFor(() => summary(el).endsWith('Try again'));
  });

  it('has singular and plural labels for every type and a label for every province, in nl, fr and en', () => {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      for (const type of BUILTIN_TYPE_IDS) {
        const one = typeLabel(type, lang, 1);
        const many = typeLabel(type, lang, 10);
        expect(one, `${type} ${lang}`).not.to.equal(type === 'expert' ? '' : undefined);
        expect(many, `${type} ${lang}`).not.to.equal(one);
      }
      for (const province of PROVINCE_IDS) expect(provinceLabel(province, lang)).to.be.a('string').and.not.be.empty;
    }
    expect(typeLabel('association', 'nl', 1834)).to.equal('lokale verenigingen');
    expect(typeLabel('federation', 'nl', 1)).to.equal('federatie');
    expect(typeLabel('federation', 'fr', 10)).to.equal('fédérations');
    expect(typeLabel('association', 'en', 1)).to.equal('local association');
    expect(provinceLabel('west-vlaanderen', 'fr')).to.equal('Flandre-Occidentale');
    expect(provinceLabel('brussel', 'en')).to.equal('Brussels');
  });

  it("formats numbers and ages through Intl in the element's language", () => {
    expect(formatNumber(1834, 'nl')).to.equal('1.834');
    expect(formatNumber(1834, 'fr').replace(/\s/g, ' ')).to.equal('1 834');
    expect(formatNumber(1834, 'en')).to.equal('1,834');
    const now = new Date('2026-11-28T12:00:00Z');
    expect(formatAge(new Date('2026-11-28T09:00:00Z'), 'nl', now)).to.equal('3 uur geleden');
    expect(formatAge(new Date('2026-11-27T12:00:00Z'), 'fr', now)).to.equal('hier');
    expect(formatAge(new Date('2026-11-26T12:00:00Z'), 'en', now)).to.equal('2 days ago');
  });
});
