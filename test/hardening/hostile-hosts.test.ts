/**
 * Hostile host pages, against the built `dist/` (npm test builds it first): aggressive CSS, a tag
 * already taken, the page's own Lit, a polluted Object.prototype, 100 widgets, everything loaded
 * twice under a strict CSP and Trusted Types. The widgets keep working, and nothing of theirs
 * leaks into the page.
 */
import { expect } from '@open-wc/testing';
import { allRendered, ALL_ELEMENTS, E2E_FEED, page as makePage, removePages, win } from '../helpers/pages.js';
import { tally } from '../helpers/tally.js';
import { WAIT, waitFor } from '../helpers/wait.js';

const FEED = E2E_FEED;
const ALL = ALL_ELEMENTS;
let hosts = 0;
let escaped = 0;

/** A hostile host page (counted). */
async function page(body: string, head = ''): Promise<HTMLIFrameElement> {
  hosts++;
  return makePage(body, head);
}

const el = (frame: HTMLIFrameElement, selector: string): HTMLElement =>
  frame.contentDocument!.querySelector<HTMLElement>(selector)!;

/** What a widget's key parts look like: shown, with a size, text not restyled by the page. */
function usable(frame: HTMLIFrameElement): string[] {
  const problems: string[] = [];
  const view = frame.contentWindow!;
  const check = (tag: string, selector: string): void => {
    const part = el(frame, tag)?.shadowRoot?.querySelector<HTMLElement>(selector);
    if (!part) return void problems.push(`${tag} ${selector}: missing`);
    const style = view.getComputedStyle(part);
    const box = part.getBoundingClientRect();
    if (style.display === 'none' || style.visibility === 'hidden' || box.width === 0 || box.height === 0)
      problems.push(`${tag} ${selector}: not shown`);
    if (style.textTransform !== 'none') problems.push(`${tag} ${selector}: text-transform ${style.textTransform}`);
    if (style.fontStyle !== 'normal') problems.push(`${tag} ${selector}: font-style ${style.fontStyle}`);
    if (style.color === 'rgb(255, 0, 0)') problems.push(`${tag} ${selector}: the page's colour`);
  };
  check('mf-member-counter', '[part="value"]');
  check('mf-actor-card', 'h3, h2, [part="name"]');
  check('mf-network-map', 'canvas');
  check('mf-network-map', 'input[role="combobox"]');
  check('mf-actor-list', 'input');
  return problems;
}

describe('hardening: hostile hosts', function () {
  this.timeout(120_000);

  afterEach(removePages);
  after(async () => {
    await tally({ hosts, escaped });
  });

  it('aggressive host CSS: the widgets stay usable and unstyled by it', async () => {
    const frame = await page(
      `<script type="module" src="/dist/mf-widgets.js"></script>${ALL}`,
      `<link rel="stylesheet" href="/test/hardening/aggressive.css">`,
    );
    await allRendered(frame);
    const problems = [...usable(frame), ...win(frame).__errors];
    escaped += problems.length;
    expect(problems).to.deep.equal([]);
  });

  it("a reader's text-spacing override (WCAG 1.4.12) still reaches the text, and a partner's font size", async () => {
    const frame = await page(
      `<script type="module" src="/dist/mf-widgets.js"></script>${ALL}`,
      `<style>* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        mf-member-counter { font-size: 24px; }</style>`,
    );
    await allRendered(frame);
    const label = el(frame, 'mf-member-counter').shadowRoot!.querySelector<HTMLElement>('[part="label"]')!;
    const style = frame.contentWindow!.getComputedStyle(label);
    expect(style.letterSpacing).to.not.equal('normal');
    expect(style.wordSpacing).to.not.equal('0px');
    expect(style.fontSize).to.equal('24px');
  });

  it('a page that already defined one of the tags: the others work, and a message says so', async () => {
    const frame = await page(`
      <script>customElements.define('mf-actor-card', class extends HTMLElement {
        connectedCallback() { this.textContent = 'the page\\'s own card'; }
      });</script>
      <script type="module" src="/dist/mf-widgets.js"></script>${ALL}`);
    await allRendered(frame, false);
    expect(el(frame, 'mf-actor-card').textContent).to.equal("the page's own card");
    escaped += win(frame).__errors.length;
    expect(win(frame).__errors).to.deep.equal([]);
  });

  it('a page with its own Lit, and an Object.prototype and Array.prototype polluted by old scripts', async () => {
    const frame = await page(`
      <script>Object.prototype.polluted = 'host'; Array.prototype.remove = function () { return this; };
        Object.defineProperty(Object.prototype, 'extend', { value() {}, enumerable: true, writable: true });</script>
      <script type="module">
        import { LitElement, html } from '/node_modules/lit/index.js';
        customElements.define('host-widget', class extends LitElement { render() { return html\`<p>host lit</p>\`; } });
      </script>
      <host-widget></host-widget>
      <script type="module" src="/dist/mf-widgets.js"></script>${ALL}
      <div data-mf="constructor" data-src="${FEED}"></div><div data-mf="toString"></div><div data-mf="extend"></div>`);
    await allRendered(frame);
    expect(frame.contentDocument!.querySelectorAll('div[data-mf]')).to.have.length(3);
    expect(win(frame).__warnings.filter((w) => w.includes('not a widget name'))).to.have.length(3);
    await waitFor(() => el(frame, 'host-widget').shadowRoot?.textContent?.includes('host lit'), undefined, WAIT.heavy);
    escaped += win(frame).__errors.length;
    expect(win(frame).__errors).to.deep.equal([]);
    const problems = usable(frame);
    escaped += problems.length;
    expect(problems).to.deep.equal([]);
  });

  it('100 widgets on one page: one request for the feed, all rendered', async () => {
    const many = [
      ...Array.from({ length: 40 }, () => `<mf-member-counter src="${FEED}" duration="0"></mf-member-counter>`),
      ...Array.from(
        { length: 40 },
        (_, i) => `<mf-actor-card src="${FEED}" actor-id="fed-0${(i % 2) + 1}" variant="compact"></mf-actor-card>`,
      ),
      ...Array.from(
        { length: 10 },
        () => `<mf-actor-list src="${FEED}" style="--mf-list-height: 12rem"></mf-actor-list>`,
      ),
      ...Array.from(
        { length: 10 },
        () => `<mf-network-map src="${FEED}" style="--mf-map-height: 12rem"></mf-network-map>`,
      ),
    ].join('\n');
    const started = performance.now();
    const frame = await page(`<script type="module" src="/dist/mf-widgets.js"></script>${many}`);
    const doc = frame.contentDocument!;
    await waitFor(
      () =>
        [...doc.querySelectorAll('mf-member-counter, mf-actor-card, mf-actor-list, mf-network-map')].every(
          (widget) =>
            widget.shadowRoot &&
            !widget.shadowRoot.querySelector('[aria-busy="true"], [role="alert"]') &&
            widget.shadowRoot.textContent.trim() !== '',
        ),
      '100 widgets did not all render',
      WAIT.heavy,
    );
    const elapsed = performance.now() - started;
    expect(doc.querySelectorAll('mf-member-counter, mf-actor-card, mf-actor-list, mf-network-map')).to.have.length(100);
    const fetches = frame.contentWindow!.performance.getEntriesByType('resource').filter((e) => e.name.endsWith(FEED));
    expect(fetches).to.have.length(1);
    escaped += win(frame).__errors.length;
    expect(win(frame).__errors).to.deep.equal([]);
    // Not a timed test: the figure is printed for the record.
    console.info(`[hardening] 100 widgets rendered in ${elapsed.toFixed(0)} ms`);
  });

  it('everything at once: loaded twice (module, IIFE, loader) under a strict CSP and Trusted Types, with aggressive CSS', async () => {
    const frame = await page(
      `<script type="module" src="/dist/mf-widgets.js"></script>
       <script type="module" src="/dist/mf-widgets.js?again"></script>
       <script src="/dist/mf-widgets.iife.js"></script>
       <script type="module" src="/dist/mf-loader.js"></script>
       ${ALL}
       <div data-mf="member-counter" data-src="${FEED}" data-metric="federations" data-duration="0"></div>`,
      // Only Lit's policy, once per copy of the code on the page.
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'">
       <link rel="stylesheet" href="/test/hardening/aggressive.css">`,
    );
    await allRendered(frame);
    const problems = [...usable(frame), ...win(frame).__violations, ...win(frame).__errors];
    escaped += problems.length;
    expect(problems).to.deep.equal([]);
  });

  it("nothing leaks into the page: no styles, no globals but Lit's, no keys or scrolls taken, the page's text untouched", async () => {
    const frame = await page(`<main><p id="host-text">Tekst van de partner</p></main>`);
    const view = win(frame);
    const doc = frame.contentDocument!;
    const before = {
      globals: new Set(Object.getOwnPropertyNames(view)),
      sheets: doc.styleSheets.length,
      adopted: doc.adoptedStyleSheets.length,
      text: view.getComputedStyle(doc.querySelector('#host-text')!).cssText,
      heads: doc.head.children.length,
    };
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/mf-widgets.js';
    doc.head.append(script);
    doc.querySelector('main')!.insertAdjacentHTML('beforeend', ALL);
    await allRendered(frame);
    const added = Object.getOwnPropertyNames(view).filter((name) => !before.globals.has(name));
    const allowed = ['litPropertyMetadata', 'reactiveElementVersions', 'litHtmlVersions', 'litElementVersions'];
    const leaks = [
      ...added.filter((name) => !allowed.includes(name)).map((name) => `global ${name}`),
      ...(doc.styleSheets.length !== before.sheets ? ['a style sheet in the page'] : []),
      ...(doc.adoptedStyleSheets.length !== before.adopted ? ['an adopted style sheet in the page'] : []),
      ...(view.getComputedStyle(doc.querySelector('#host-text')!).cssText !== before.text
        ? ["the page's text restyled"]
        : []),
      ...(doc.head.children.length !== before.heads + 1 ? ['elements added to <head>'] : []),
    ];
    // Keys typed and wheels turned in the page, outside the widgets, are the page's.
    const key = new view.KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
    doc.body.dispatchEvent(key);
    if (key.defaultPrevented) leaks.push('a key in the page was prevented');
    const canvas = el(frame, 'mf-network-map').shadowRoot!.querySelector('canvas')!;
    const wheel = new view.WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true, composed: true });
    canvas.dispatchEvent(wheel);
    if (wheel.defaultPrevented) leaks.push('a plain wheel over the map was kept from scrolling the page');
    escaped += leaks.length;
    expect(leaks).to.deep.equal([]);
  });
});
