/**
 * `sync-url` on partner pages, against the built `dist/`: the address keeps what the reader sees,
 * a reload and Back/Forward show it again, two elements do not clash, and the host's own routing
 * (History API as React Router does it, or the hash) keeps working. Each page is an iframe, so the
 * history it makes is its own.
 */
import { expect } from '@open-wc/testing';
import { E2E_FEED, page, removePages, win } from '../helpers/pages.js';
import { WAIT, waitFor } from '../helpers/wait.js';

const SCRIPT = '<script type="module" src="/dist/mf-widgets.js"></script>';

const shadow = (frame: HTMLIFrameElement, selector: string): ShadowRoot =>
  frame.contentDocument!.querySelector(selector)!.shadowRoot!;
const textOf = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const params = (frame: HTMLIFrameElement): Record<string, string> =>
  Object.fromEntries(new URL(frame.contentWindow!.location.href).searchParams);

async function listReady(frame: HTMLIFrameElement, selector = 'mf-actor-list'): Promise<ShadowRoot> {
  await waitFor(
    () => textOf(frame.contentDocument!.querySelector(selector)?.shadowRoot?.querySelector('[part="summary"]')) !== '',
    `${selector} did not render`,
    WAIT.heavy,
  );
  return shadow(frame, selector);
}

/** Types into the list's search as a reader does (one input event per character). */
function type(root: ShadowRoot, value: string): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  for (let i = 1; i <= value.length; i++) {
    input.value = value.slice(0, i);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

const row = (root: ShadowRoot, name: string): HTMLButtonElement =>
  [...root.querySelectorAll<HTMLButtonElement>('[part="row"]')].find((b) => textOf(b).includes(name))!;

/**
 * An entry of the page's own to stop at: when the element made no entry, Back stays in the frame
 * (and the test fails saying so) instead of leaving the test runner's page.
 */
function guard(frame: HTMLIFrameElement): HTMLIFrameElement {
  const history = frame.contentWindow!.history;
  for (let i = 0; i < 3; i++) history.pushState(history.state, '', frame.contentWindow!.location.href);
  return frame;
}

/** Goes Back (or Forward) in the frame and waits for the popstate to be handled. */
async function go(frame: HTMLIFrameElement, delta: number): Promise<void> {
  const before = frame.contentWindow!.location.href;
  frame.contentWindow!.history.go(delta);
  await waitFor(() => frame.contentWindow!.location.href !== before, 'the history did not move', WAIT.render);
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('sync-url', () => {
  afterEach(removePages);

  it('keeps the directory’s search, filters and opened row in the address; Back closes the row', async () => {
    const frame = guard(await page(`${SCRIPT}<mf-actor-list sync-url src="${E2E_FEED}"></mf-actor-list>`));
    const root = await listReady(frame);
    type(root, 'Gent');
    // Typing replaces the current entry once it pauses: no entry per keystroke.
    await waitFor(() => params(frame)['list.q'] === 'Gent', 'the search is not in the address', WAIT.render);
    row(root, 'Vereniging Amani Gent').click();
    await waitFor(() => params(frame)['list.open'] === 'assoc-0001', 'the opened row is not in the address');
    await go(frame, -1);
    const list = frame.contentDocument!.querySelector('mf-actor-list')!;
    await waitFor(() => !list.hasAttribute('expanded'), 'Back did not close the row');
    expect(params(frame)).to.deep.equal({ 'list.q': 'Gent' }, 'Back keeps the search (it made no entry)');
    await go(frame, 1);
    await waitFor(() => list.getAttribute('expanded') === 'assoc-0001', 'Forward did not open the row again');
  });

  it('shows the same after a reload, or when the link is opened elsewhere', async () => {
    const frame = await page(`${SCRIPT}<mf-actor-list sync-url src="${E2E_FEED}" types="association"></mf-actor-list>`);
    const root = await listReady(frame);
    row(root, 'Vereniging Amani Gent').click();
    await waitFor(() => params(frame)['list.open'] === 'assoc-0001', 'the opened row is not in the address');
    const province = root.querySelectorAll('select')[1]!;
    province.value = 'oost-vlaanderen';
    province.dispatchEvent(new Event('change'));
    await waitFor(() => params(frame)['list.province'] === 'oost-vlaanderen', 'the province is not in the address');
    // The author's own types="association" is no parameter: only what the reader changed is.
    expect(params(frame)['list.type']).to.equal(undefined);
    frame.contentWindow!.location.reload();
    await waitFor(() => frame.contentDocument?.readyState === 'complete', 'no reload', WAIT.heavy);
    const again = await listReady(frame);
    const list = frame.contentDocument!.querySelector('mf-actor-list')!;
    await waitFor(() => again.querySelector('li.expanded'), 'the opened row is not open after the reload', WAIT.heavy);
    expect(list.getAttribute('province')).to.equal('oost-vlaanderen');
    expect(list.getAttribute('types')).to.equal('association');
    expect(textOf(again.querySelector('li.expanded .name'))).to.equal('Vereniging Amani Gent');
  });

  it('a cleared filter the author had set stays cleared', async () => {
    const frame = await page(`${SCRIPT}<mf-actor-list sync-url src="${E2E_FEED}" types="association"></mf-actor-list>`);
    const root = await listReady(frame);
    const types = root.querySelector('select')!;
    types.value = '';
    types.dispatchEvent(new Event('change'));
    await waitFor(() => params(frame)['list.type'] === '', 'the cleared filter is not in the address');
    frame.contentWindow!.location.reload();
    await waitFor(() => frame.contentDocument?.readyState === 'complete', 'no reload', WAIT.heavy);
    await listReady(frame);
    expect(frame.contentDocument!.querySelector('mf-actor-list')!.hasAttribute('types')).to.equal(false);
  });

  it('without sync-url, nothing touches the address and no link is offered', async () => {
    const frame = await page(`${SCRIPT}<mf-actor-list src="${E2E_FEED}"></mf-actor-list>`);
    const root = await listReady(frame);
    const before = frame.contentWindow!.location.href;
    type(root, 'Gent');
    row(root, 'Vereniging Amani Gent').click();
    await waitFor(() => root.querySelector('li.expanded mf-actor-card'), 'the row did not open');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(frame.contentWindow!.location.href).to.equal(before);
    expect(root.querySelector('.copy-link')).to.equal(null);
  });

  it('two elements on one page keep their own state (by id, else by kind and order)', async () => {
    const frame = await page(
      `${SCRIPT}<mf-actor-list id="gids" sync-url src="${E2E_FEED}"></mf-actor-list>
       <mf-actor-list sync-url src="${E2E_FEED}"></mf-actor-list>
       <mf-actor-list sync-url src="${E2E_FEED}"></mf-actor-list>`,
    );
    const [a, b, c] = [...frame.contentDocument!.querySelectorAll('mf-actor-list')];
    for (const el of [a, b, c]) await waitFor(() => textOf(el!.shadowRoot?.querySelector('[part="summary"]')) !== '');
    type(a!.shadowRoot!, 'Gent');
    type(c!.shadowRoot!, 'Antwerpen');
    await waitFor(
      () => params(frame)['gids.q'] === 'Gent' && params(frame)['list2.q'] === 'Antwerpen',
      JSON.stringify(params(frame)),
    );
    expect(params(frame)['list.q']).to.equal(undefined);
    frame.contentWindow!.location.reload();
    await waitFor(() => frame.contentDocument?.readyState === 'complete', 'no reload', WAIT.heavy);
    const lists = [...frame.contentDocument!.querySelectorAll('mf-actor-list')];
    await waitFor(() => lists[2]!.getAttribute('query') === 'Antwerpen', 'the third list lost its search');
    expect(lists.map((el) => el.getAttribute('query') ?? '')).to.deep.equal(['Gent', '', 'Antwerpen']);
  });

  it('the map: selection and view are history entries, and the opened card copies a link to the actor', async () => {
    const frame = guard(await page(`${SCRIPT}<mf-network-map sync-url src="${E2E_FEED}"></mf-network-map>`));
    const map = frame.contentDocument!.querySelector('mf-network-map')!;
    await waitFor(() => map.shadowRoot?.querySelector('canvas'), 'the map did not render', WAIT.heavy);
    map.setAttribute('focus', 'fed-01');
    await waitFor(() => params(frame)['map.actor'] === 'fed-01', 'the selection is not in the address');
    const panel = (): ShadowRoot => map.shadowRoot!;
    await waitFor(() => panel().querySelector('.panel .copy-link button'), 'no copy link in the panel', WAIT.heavy);
    const geo = [...panel().querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => textOf(b) === 'Kaart')!;
    geo.click();
    await waitFor(() => params(frame)['map.view'] === 'geo', 'the view is not in the address');
    // Copy link: to this actor on this page (the clipboard stubbed; the page's own is asked).
    let copied = '';
    Object.defineProperty(win(frame).navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => ((copied = text), Promise.resolve()) },
    });
    panel().querySelector<HTMLButtonElement>('.copy-link button')!.click();
    await waitFor(() => textOf(panel().querySelector('.copy-link [role="status"]')) === 'Link gekopieerd', 'not said');
    const link = new URL(copied);
    expect(Object.fromEntries(link.searchParams)).to.deep.equal({ 'map.actor': 'fed-01', 'map.view': 'geo' });
    expect(link.pathname).to.equal(frame.contentWindow!.location.pathname);
    await go(frame, -1);
    await waitFor(() => map.getAttribute('view') === 'graph', 'Back did not return to the graph');
    expect(params(frame)).to.deep.equal({ 'map.actor': 'fed-01' }, 'one Back, one step');
    await go(frame, -1);
    await waitFor(() => !map.hasAttribute('focus'), 'Back did not clear the selection');
    expect(panel().querySelector('.panel')).to.equal(null);
  });

  it('copy link falls back to a selected field where the clipboard is refused', async () => {
    const frame = await page(`${SCRIPT}<mf-actor-list lang="fr" sync-url src="${E2E_FEED}"></mf-actor-list>`);
    const root = await listReady(frame);
    Object.defineProperty(win(frame).navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    row(root, 'Federatie Atlas').click();
    await waitFor(() => root.querySelector('.copy-link button'), 'no copy link');
    expect(textOf(root.querySelector('.copy-link button'))).to.equal('Copier le lien');
    root.querySelector<HTMLButtonElement>('.copy-link button')!.click();
    await waitFor(() => root.querySelector('.copy-link input'), 'no field with the link');
    const field = root.querySelector<HTMLInputElement>('.copy-link input')!;
    expect(new URL(field.value).searchParams.get('list.open')).to.equal('fed-01');
    await waitFor(() => root.activeElement === field, 'the link is not focused to copy');
    expect(field.selectionEnd! - field.selectionStart!).to.equal(field.value.length);
  });
});

/** A router as React Router does it: pushState with its own { idx, key } state; popstate renders. */
const HISTORY_ROUTER = `
<nav><a id="home" href="#">Home</a> <a id="contact" href="#">Contact</a></nav><main id="view"></main>
<script type="module">
  const base = location.pathname;
  let idx = 0;
  const render = () => {
    const contact = location.pathname.endsWith('/contact');
    document.getElementById('view').innerHTML = contact
      ? '<h1>Contact</h1>'
      : '<mf-network-map sync-url src="${E2E_FEED}"></mf-network-map>';
    document.body.dataset.route = contact ? 'contact' : 'home';
  };
  history.replaceState({ usr: null, key: 'default', idx: 0 }, '');
  const navigate = (path) => {
    idx = (history.state?.idx ?? idx) + 1;
    history.pushState({ usr: null, key: 'k' + idx, idx }, '', path);
    render();
  };
  document.getElementById('contact').onclick = (e) => { e.preventDefault(); navigate(base + '/contact'); };
  document.getElementById('home').onclick = (e) => { e.preventDefault(); navigate(base); };
  addEventListener('popstate', render);
  render();
</script>`;

/** A router on the hash (#/contact), as small sites and older single-page apps do. */
const HASH_ROUTER = `
<nav><a href="#/">Home</a> <a id="contact" href="#/contact">Contact</a></nav><main id="view"></main>
<script type="module">
  let hashchanges = 0;
  const render = () => {
    const contact = location.hash === '#/contact';
    const view = document.getElementById('view');
    if (contact) view.innerHTML = '<h1>Contact</h1>';
    else if (!view.querySelector('mf-network-map')) view.innerHTML = '<mf-network-map sync-url src="${E2E_FEED}"></mf-network-map>';
    document.body.dataset.route = contact ? 'contact' : 'home';
  };
  addEventListener('hashchange', () => { hashchanges++; document.body.dataset.hashchanges = hashchanges; render(); });
  if (!location.hash) history.replaceState(null, '', '#/');
  render();
</script>`;

describe('sync-url with the host’s own routing', () => {
  afterEach(removePages);

  const mapIn = (frame: HTMLIFrameElement): Element | null => frame.contentDocument!.querySelector('mf-network-map');

  it('a History API router keeps its routes and its state', async () => {
    const frame = guard(await page(`${SCRIPT}${HISTORY_ROUTER}`));
    await waitFor(() => mapIn(frame)?.shadowRoot?.querySelector('canvas'), 'no map', WAIT.heavy);
    const path = frame.contentWindow!.location.pathname;
    mapIn(frame)!.setAttribute('focus', 'fed-02');
    await waitFor(() => params(frame)['map.actor'] === 'fed-02', 'the selection is not in the address');
    expect(frame.contentWindow!.location.pathname).to.equal(path, 'the route is the host’s');
    expect(frame.contentWindow!.history.state).to.include({ key: 'default', idx: 0 }, 'the router’s state survives');
    frame.contentDocument!.getElementById('contact')!.click();
    expect(frame.contentDocument!.body.dataset['route']).to.equal('contact');
    await go(frame, -1);
    expect(frame.contentDocument!.body.dataset['route']).to.equal('home');
    // The router made a new map; it shows what the address says.
    await waitFor(() => mapIn(frame)?.getAttribute('focus') === 'fed-02', 'the selection did not come back');
    await go(frame, -1);
    expect(frame.contentDocument!.body.dataset['route']).to.equal('home');
    await waitFor(() => !mapIn(frame)!.hasAttribute('focus'), 'Back did not step to before the selection');
  });

  it('a hash router keeps its hash and hears no change it did not make', async () => {
    const frame = guard(await page(`${SCRIPT}${HASH_ROUTER}`));
    await waitFor(() => mapIn(frame)?.shadowRoot?.querySelector('canvas'), 'no map', WAIT.heavy);
    mapIn(frame)!.setAttribute('focus', 'fed-01');
    await waitFor(() => params(frame)['map.actor'] === 'fed-01', 'the selection is not in the address');
    expect(frame.contentWindow!.location.hash).to.equal('#/');
    expect(frame.contentDocument!.body.dataset['hashchanges']).to.equal(undefined);
    frame.contentDocument!.getElementById('contact')!.click();
    await waitFor(() => frame.contentDocument!.body.dataset['route'] === 'contact', 'the host route did not work');
    expect(params(frame)['map.actor']).to.equal('fed-01', 'our state does not break the host’s links');
    await go(frame, -1);
    await waitFor(() => frame.contentDocument!.body.dataset['route'] === 'home', 'Back did not return home');
    await waitFor(() => mapIn(frame)?.getAttribute('focus') === 'fed-01', 'the selection did not come back');
  });
});
