import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FEEDS } from '../src/mocks/handlers.js';
import { staleCopyStory } from './stale.js';
import '../src/widgets/network-map/define.js';

interface Args {
  src: string;
  view: 'graph' | 'geo' | 'list';
  focus?: string;
  types?: string;
  federation?: string;
  height: string;
  syncUrl?: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Network map',
  component: 'mf-network-map',
  args: { src: FEEDS.sample, view: 'graph', height: '36rem' },
  argTypes: {
    view: { control: 'inline-radio', options: ['graph', 'geo', 'list'] },
    federation: { control: 'select', options: [undefined, 'fed-01', 'fed-02', 'fed-03'] },
  },
  render: (args, context) =>
    html`<mf-network-map
      src=${args.src}
      view=${args.view}
      focus=${ifDefined(args.focus || undefined)}
      types=${ifDefined(args.types || undefined)}
      federation=${ifDefined(args.federation || undefined)}
      ?sync-url=${args.syncUrl ?? false}
      theme=${String(context.globals['theme'] ?? 'light')}
      style="--mf-map-height: ${args.height}"
    ></mf-network-map>`,
};
export default meta;
type Story = StoryObj<Args>;

export const WholeNetwork: Story = {};
export const FocusOnAFederation: Story = { args: { focus: 'fed-02' } };
export const OneFederation: Story = { args: { federation: 'fed-03' } };
export const OnlySomeTypes: Story = { args: { types: 'network,federation,expert,academic' } };
export const Stress20000: Story = { name: '20,000 actors', args: { src: FEEDS.stress } };
export const GeoView: Story = { name: 'Geo view', args: { view: 'geo' } };
export const GeoOneProvince: Story = {
  name: 'Geo view, one province',
  render: (args, context) =>
    html`<mf-network-map
      src=${args.src}
      view="geo"
      province="antwerpen"
      theme=${String(context.globals['theme'] ?? 'light')}
    ></mf-network-map>`,
};
export const GeoStress: Story = { name: 'Geo view, 20,000 actors', args: { view: 'geo', src: FEEDS.stress } };
export const ListView: Story = { name: 'List view', args: { view: 'list' } };
/**
 * The search finds places too: type a postcode, a postal place or a municipality in Dutch or French
 * ("2140", "Borgerhout", "Gand"); the place comes first among the options, and choosing it
 * highlights its actors. This story types "Antwerpen" for you.
 */
export const SearchByPlace: Story = {
  name: 'Search by place',
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('mf-network-map')!;
    let input: HTMLInputElement | null | undefined;
    for (let tries = 0; tries < 100 && !input; tries++) {
      input = map.shadowRoot?.querySelector<HTMLInputElement>('input[role="combobox"]');
      if (!input) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!input) return;
    input.focus();
    input.value = 'Antwerpen';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
};
/**
 * With `sync-url`, what the reader sees is kept in the page's address (here: Storybook's frame),
 * and the selected actor's card offers "Kopieer link".
 */
export const SyncUrl: Story = { name: 'sync-url: selection in the address', args: { syncUrl: true, focus: 'fed-02' } };
export const Small: Story = { args: { src: FEEDS.small } };
export const Narrow: Story = {
  args: { focus: 'assoc-0003', height: '30rem' },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
};
/** A feed that never answers: the loading state, of the ready widget's size. After 15 s the widget gives up with the timeout error, as it would on a page. */
export const Loading: Story = { args: { src: FEEDS.hanging } };
export const ErrorNotFound: Story = { name: 'Error: 404', args: { src: FEEDS.missing } };
export const Empty: Story = { args: { src: FEEDS.empty } };
/** A `focus` id that is not in the feed: the whole network, and the console says why. */
export const NotFound: Story = { name: 'Not found: unknown focus', args: { focus: 'nobody' } };
export const PartlyBroken: Story = { args: { src: FEEDS.partlyBroken } };
export const HostileStrings: Story = { args: { src: FEEDS.hostile } };

export const StaleCopy: Story = staleCopyStory<Args>();
