/**
 * Every Storybook story of the four elements, rendered as Storybook renders it (the meta's and the
 * story's args, the story's loaders, the preview's language and theme wrapper) and checked the
 * way a designer looks at it: it settles, shows no state it is not about, and axe finds nothing,
 * in nl on light and in fr on dark. `storybook build` only compiles stories; this runs them.
 * (The theming page reads dist/custom-elements.json and is left to the static build.)
 */
import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { clearFeedCache } from '../../src/feed/loader.js';
import { resetFeeds, startMocks } from '../helpers/msw.js';
import * as card from '../../stories/actor-card.stories.js';
import * as list from '../../stories/actor-list.stories.js';
import * as counter from '../../stories/member-counter.stories.js';
import * as map from '../../stories/network-map.stories.js';
import { widgetSettled } from '../helpers/map.js';
import { WAIT, waitFor } from '../helpers/wait.js';

interface AnyStory {
  name?: string;
  args?: Record<string, unknown>;
  loaders?: Array<() => Promise<unknown>>;
  render?: (args: Record<string, unknown>, context: { globals: Record<string, string> }) => TemplateResult;
}
interface AnyMeta extends AnyStory {
  title: string;
}

const modules = { card, list, counter, map } as unknown as Record<
  string,
  Record<string, AnyStory> & { default: AnyMeta }
>;
const WIDGETS = 'mf-member-counter, mf-actor-card, mf-network-map, mf-actor-list';

/**
 * Which state a story shows on purpose, from its name. Not the name's state: an empty feed
 * counts 0, and an unknown `focus` or `expanded` shows the whole network (with a console warning).
 */
const SHOWS_DATA = new Set(['counter/Empty', 'map/NotFound', 'list/NotFound']);
const expects = (file: string, name: string): 'loading' | 'state' | 'ready' =>
  name === 'Loading'
    ? 'loading'
    : /Error|Empty|NotFound/.test(name) && !SHOWS_DATA.has(`${file}/${name}`)
      ? 'state'
      : 'ready';

async function show(meta: AnyMeta, story: AnyStory, globals: Record<string, string>): Promise<HTMLElement> {
  const args = { ...meta.args, ...story.args };
  for (const loader of story.loaders ?? []) await loader();
  const render = story.render ?? meta.render!;
  const background = globals['theme'] === 'dark' ? '#15191e' : '#ffffff';
  return fixture<HTMLElement>(
    html`<div lang=${globals['locale']!} style="padding: 1rem; width: 1000px; background: ${background}">
      ${render(args, { globals })}
    </div>`,
  );
}

describe('Storybook stories', function () {
  this.timeout(60_000);
  before(async () => {
    await startMocks();
  });
  afterEach(async () => {
    clearFeedCache();
    await resetFeeds();
  });

  it('finds the stories', () => {
    const count = Object.values(modules).reduce((sum, module) => sum + Object.keys(module).length - 1, 0);
    expect(count).to.be.greaterThan(50);
  });

  for (const [file, module] of Object.entries(modules)) {
    const meta = module.default;
    for (const [key, story] of Object.entries(module)) {
      if (key === 'default') continue;
      const kind = expects(file, key);
      for (const globals of [
        { locale: 'nl', theme: 'light' },
        { locale: 'fr', theme: 'dark' },
      ]) {
        it(`${meta.title} / ${story.name ?? key} (${globals.locale}, ${globals.theme}) [${file}]`, async () => {
          const host = await show(meta, story, globals);
          const widgets = [...host.querySelectorAll(WIDGETS)];
          expect(widgets.length, 'the story shows a widget').to.be.greaterThan(0);
          if (kind === 'loading') {
            await waitFor(() => widgets.every((el) => el.shadowRoot?.querySelector('[aria-busy="true"]')));
          } else {
            await waitFor(() => widgets.every(widgetSettled), 'the story did not settle', WAIT.heavy);
            const states = widgets.filter((el) => el.shadowRoot!.querySelector('[part="state"]'));
            if (kind === 'ready')
              expect(
                states.map((el) => el.localName),
                'an unexpected state',
              ).to.deep.equal([]);
            else expect(states.length, 'the state the story is about').to.be.greaterThan(0);
          }
          await expect(host).to.be.accessible();
        });
      }
    }
  }
});
