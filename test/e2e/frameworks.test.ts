/**
 * The widgets in partners' framework apps (test/e2e/frameworks/: React 19 and Vue 3, built into
 * .cache/framework-hosts/), against `dist/mf-widgets.js`: the framework's props reach attributes
 * and properties, its `onmf-*` / `@mf-*` handlers hear our events, a language change re-renders,
 * and unmounting leaves no error.
 */
import { expect } from '@open-wc/testing';
import { page, removePages, shadowText, win } from '../helpers/pages.js';
import type { HostWindow } from './frameworks/host.js';
import { WAIT, waitFor } from '../helpers/wait.js';

const app = (framework: string, order: HostWindow['__order']): Promise<HTMLIFrameElement> =>
  page(
    `<div id="root"></div>
    <script>window.__order = '${order}'</script>
    ${order === 'widgets-first' ? '<script type="module" src="/dist/mf-widgets.js"></script>' : ''}
    <script type="module" src="/.cache/framework-hosts/${framework}.js"></script>`,
  );

/** console.error lines of the page (recorded by the probe). */
const consoleErrors = (frame: HTMLIFrameElement): string[] =>
  (frame.contentWindow as unknown as { __consoleErrors: string[] }).__consoleErrors;

for (const [framework, name] of [
  ['react', 'React 19'],
  ['vue', 'Vue 3'],
] as const) {
  describe(`in a ${name} app`, function () {
    this.timeout(30_000);
    afterEach(removePages);

    it('renders every element from its props, and the app hears the events', async () => {
      const frame = await app(framework, 'widgets-first');
      const host = frame.contentWindow as unknown as HostWindow;
      await waitFor(
        () =>
          shadowText(frame, 'mf-member-counter').includes('federaties') &&
          shadowText(frame, 'mf-actor-card').includes('Associação Cultural Saudade') &&
          shadowText(frame, 'mf-actor-list').includes('actoren gevonden') &&
          shadowText(frame, 'mf-network-map').includes('Netwerkkaart'),
        'not every element rendered',
        WAIT.heavy,
      );
      // The card got its data from the feed object the app passed as a prop.
      const card = frame.contentDocument!.querySelector('mf-actor-card')!;
      expect(card.hasAttribute('feed')).to.equal(false);
      expect(host.__events).to.include.members(['counter:mf-load', 'card:mf-load']);
      // A click inside the card reaches the app's mf-actor-select handler, and the app re-renders with it.
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part="federation"]')!.click();
      await waitFor(
        () => frame.contentDocument!.querySelector('#selected')!.textContent === 'fed-02',
        undefined,
        WAIT.heavy,
      );
      // The app changes the language of all four.
      host.__setLang!('fr');
      await waitFor(
        () =>
          shadowText(frame, 'mf-member-counter').includes('fédérations') &&
          shadowText(frame, 'mf-actor-list').includes('acteurs trouvés'),
        'the language did not follow the app',
        WAIT.heavy,
      );
      host.__unmount!();
      expect(frame.contentDocument!.querySelector('mf-member-counter, mf-actor-card')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(win(frame).__errors).to.deep.equal([]);
      expect(consoleErrors(frame)).to.deep.equal([]);
    });

    it('works when the widgets script loads after the app rendered, and explains the one thing it cannot', async () => {
      const frame = await app(framework, 'app-first');
      await waitFor(
        () =>
          shadowText(frame, 'mf-member-counter').includes('federaties') &&
          shadowText(frame, 'mf-actor-list').includes('actoren gevonden'),
        'the elements rendered early were not upgraded',
        WAIT.heavy,
      );
      // Before the element existed, the framework could only write the feed object as an attribute
      // ("[object Object]"): the data cannot be recovered, but the console says what happened.
      const card = frame.contentDocument!.querySelector('mf-actor-card')!;
      expect(card.getAttribute('feed')).to.equal('[object Object]');
      await waitFor(() => consoleErrors(frame).length > 0, 'no explanation', WAIT.heavy);
      expect(consoleErrors(frame).join('\n')).to.match(/<mf-actor-card>.*"feed" attribute.*property/);
      expect(win(frame).__errors).to.deep.equal([]);
    });
  });
}
