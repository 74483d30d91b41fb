import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FEEDS } from '../src/mocks/handlers.js';
import { staleCopyStory } from './stale.js';
import '../src/widgets/actor-list/define.js';

interface Args {
  src: string;
  query: string;
  types?: string;
  province?: string;
  federation?: string;
  expanded?: string;
  syncUrl?: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Actor list',
  component: 'mf-actor-list',
  args: { src: FEEDS.sample, query: '' },
  argTypes: {
    province: {
      control: 'select',
      options: [undefined, 'antwerpen', 'limburg', 'oost-vlaanderen', 'west-vlaanderen', 'vlaams-brabant', 'brussel'],
    },
  },
  render: (args, context) =>
    html`<mf-actor-list
      src=${args.src}
      query=${args.query}
      types=${ifDefined(args.types || undefined)}
      province=${ifDefined(args.province || undefined)}
      federation=${ifDefined(args.federation || undefined)}
      expanded=${ifDefined(args.expanded || undefined)}
      ?sync-url=${args.syncUrl ?? false}
      theme=${String(context.globals['theme'] ?? 'light')}
    ></mf-actor-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const WholeNetwork: Story = {};
export const Searching: Story = { args: { query: 'associacao' } };
export const ExpertsInAntwerp: Story = { args: { types: 'expert', province: 'antwerpen' } };
export const OneFederation: Story = { args: { federation: 'fed-02' } };
export const OneOpened: Story = { name: 'One actor opened', args: { expanded: 'fed-02' } };
export const NoResults: Story = { args: { query: 'zzzzzz' } };
/** A postcode: that municipality's actors first, then the nearest, each saying how far. */
export const SearchByPostcode: Story = { name: 'Search by place: 2140', args: { query: '2140' } };
/** A municipality's French name (Gand is Gent), as a reader in Brussels types it. */
export const SearchByFrenchName: Story = { name: 'Search by place: Gand', args: { query: 'Gand' } };
/** As is a municipality in Limburg, and "as" is in many names: the summary offers the names instead. */
export const SearchPlaceOrName: Story = { name: 'Search by place or name: As', args: { query: 'As' } };
/** With `sync-url`, the opened row offers "Kopieer link" and the search and filters go into the address. */
export const SyncUrl: Story = {
  name: 'sync-url: opened row with copy link',
  args: { syncUrl: true, expanded: 'fed-02' },
};
export const Stress20000: Story = { name: '20,000 actors', args: { src: FEEDS.stress } };
/** A feed that never answers: the loading state, of the ready widget's size. After 15 s the widget gives up with the timeout error, as it would on a page. */
export const Loading: Story = { args: { src: FEEDS.hanging } };
export const ErrorServer: Story = { name: 'Error: 500', args: { src: FEEDS.serverError } };
export const Empty: Story = { args: { src: FEEDS.empty } };
/** An `expanded` id that is not in the feed: everything is listed, and the console says why. */
export const NotFound: Story = { name: 'Not found: unknown opened actor', args: { expanded: 'nobody' } };
/** Broken actors are skipped (and reported on the console with their JSON pointers); the rest is listed. */
export const PartlyBroken: Story = { args: { src: FEEDS.partlyBroken } };
export const HostileStrings: Story = { args: { src: FEEDS.hostile } };

export const StaleCopy: Story = staleCopyStory<Args>();
