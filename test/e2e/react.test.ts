/**
 * The widgets in a partner's React 19 app (test/e2e/react-host/app.ts, built into .cache/), against
 * `dist/mf-widgets.js`: React's props reach attributes and properties, React's `onmf-*` handlers
 * hear our events, a language change re-renders, and unmounting leaves no error.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { page, removePages, shadowText, win } from '../helpers/pages.js';

interface ReactWindow {
  __events: string[];
  __setLang(lang: string): void;
  __unmount(): void;
}

const reactPage = (order: 'widgets-first' | 'app-first'): Promise<HTMLIFrameElement> =>
  page(
    `<div id="root"></div>
    <script>window.__order = '${order}'</script>
    ${order === 'widgets-first' ? '<script type="module" src="/dist/mf-widgets.js"></script>' : ''}
    <script type="module" src="/.cache/react-host/app.js"></script>`,
  );

describe('in a React 19 app', function () {
  this.timeout(30_000);
  afterEach(removePages);

  it('renders every element from React props, and React hears the events', async () => {
    const frame = await reactPage('widgets-first');
    const app = frame.contentWindow as unknown as ReactWindow;
    await waitUntil(
      () =>
        shadowText(frame, 'mf-member-counter').includes('federaties') &&
        shadowText(frame, 'mf-actor-card').includes('Associação Cultural Saudade') &&
        shadowText(frame, 'mf-actor-list').includes('actoren gevonden') &&
        shadowText(frame, 'mf-network-map').includes('Netwerkkaart'),
      'not every element rendered',
      { timeout: 15_000 },
    );
    // The card got its data from the feed object React passed as a prop: no request of its own.
    const card = frame.contentDocument!.querySelector('mf-actor-card')!;
    expect(card.hasAttribute('feed')).to.equal(false);
    expect(app.__events).to.include.members(['counter:mf-load', 'card:mf-load']);
    // A click inside the card reaches React's onmf-actor-select, and React re-renders with it.
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="federation"]')!.click();
    await waitUntil(() => frame.contentDocument!.querySelector('#selected')!.textContent === 'fed-02');
    // React changes the language prop of all four.
    app.__setLang('fr');
    await waitUntil(
      () =>
        shadowText(frame, 'mf-member-counter').includes('fédérations') &&
        shadowText(frame, 'mf-actor-list').includes('acteurs trouvés'),
      'the language did not follow React',
    );
    app.__unmount();
    expect(frame.contentDocument!.querySelector('mf-member-counter, mf-actor-card')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win(frame).__errors).to.deep.equal([]);
  });

  it('works when the widgets script loads after React rendered, and explains the one thing it cannot', async () => {
    const frame = await reactPage('app-first');
    await waitUntil(
      () =>
        shadowText(frame, 'mf-member-counter').includes('federaties') &&
        shadowText(frame, 'mf-actor-list').includes('actoren gevonden'),
      'the elements React rendered early were not upgraded',
      { timeout: 15_000 },
    );
    // Before the element existed, React 19 could only write the feed object as an attribute
    // ("[object Object]"): the data cannot be recovered, but the console says what happened.
    const card = frame.contentDocument!.querySelector('mf-actor-card')!;
    expect(card.getAttribute('feed')).to.equal('[object Object]');
    await waitUntil(() => win(frame).__errors.length + consoleErrors(frame).length > 0, 'no explanation');
    expect(consoleErrors(frame).join('\n')).to.match(/<mf-actor-card>.*"feed" attribute.*property/);
    expect(win(frame).__errors).to.deep.equal([]);
  });
});

/** console.error lines of the page (recorded by the probe). */
function consoleErrors(frame: HTMLIFrameElement): string[] {
  return (frame.contentWindow as unknown as { __consoleErrors?: string[] }).__consoleErrors ?? [];
}
