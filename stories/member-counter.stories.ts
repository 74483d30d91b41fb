import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FEEDS } from '../src/mocks/handlers.js';
import { staleCopyStory } from './stale.js';
import '../src/widgets/member-counter/define.js';

interface Args {
  src: string;
  metric: string;
  format: 'exact' | 'plus';
  label?: string;
  duration: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Member counter',
  component: 'mf-member-counter',
  args: { src: FEEDS.sample, metric: 'associations', format: 'exact', duration: 1200 },
  argTypes: {
    metric: {
      control: 'select',
      options: ['associations', 'federations', 'actors', 'expert', 'employer', 'education', 'influencer'],
    },
    format: { control: 'inline-radio', options: ['exact', 'plus'] },
    duration: { control: { type: 'number', min: 0, step: 100 } },
  },
  render: (args, context) =>
    html`<mf-member-counter
      src=${args.src}
      metric=${args.metric}
      format=${args.format}
      label=${ifDefined(args.label || undefined)}
      duration=${args.duration}
      theme=${String(context.globals['theme'] ?? 'light')}
    ></mf-member-counter>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Associations: Story = {};
export const RoundedWithPlus: Story = { args: { format: 'plus' } };
export const Federations: Story = { args: { metric: 'federations' } };
export const AllActors: Story = { args: { metric: 'actors' } };
export const CustomLabel: Story = { args: { metric: 'expert', label: 'experten in ons netwerk' } };
/** A feed that never answers: the loading state, of the ready widget's size. After 15 s the widget gives up with the timeout error, as it would on a page. */
export const Loading: Story = { args: { src: FEEDS.hanging } };
export const ErrorNotFound: Story = { name: 'Error: 404', args: { src: FEEDS.missing } };
export const ErrorNotJson: Story = { name: 'Error: not JSON', args: { src: FEEDS.notJson } };
export const ErrorWrongShape: Story = { name: 'Error: wrong shape', args: { src: FEEDS.wrongShape } };
export const Empty: Story = { args: { src: FEEDS.empty } };
export const PartlyBroken: Story = { args: { src: FEEDS.partlyBroken, metric: 'actors' } };
export const HostileStrings: Story = {
  args: { src: FEEDS.hostile, metric: 'associations', label: '<img src=x onerror=alert(1)>' },
};
export const InAGrid: Story = {
  render: (_, context) => {
    const theme = String(context.globals['theme'] ?? 'light');
    return html`<div style="display: flex; gap: 2rem; flex-wrap: wrap">
      <mf-member-counter src=${FEEDS.sample} metric="associations" format="plus" theme=${theme}></mf-member-counter>
      <mf-member-counter src=${FEEDS.sample} metric="federations" theme=${theme}></mf-member-counter>
      <mf-member-counter src=${FEEDS.sample} metric="actors" theme=${theme}></mf-member-counter>
    </div>`;
  },
};

export const StaleCopy: Story = staleCopyStory<Args>();
