import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { FEEDS } from '../src/mocks/handlers.js';
import { staleCopyStory } from './stale.js';
import '../src/widgets/actor-card/define.js';

interface Args {
  src: string;
  actorId: string;
  variant: 'full' | 'compact';
  headingLevel?: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Actor card',
  component: 'mf-actor-card',
  args: { src: FEEDS.small, actorId: 'fed-01', variant: 'full' },
  argTypes: {
    actorId: {
      name: 'actor-id',
      control: 'select',
      options: [
        'minderhedenforum',
        'fed-01',
        'fed-02',
        'assoc-0001',
        'assoc-0002',
        'assoc-0003',
        'expert-0001',
        'employer-0001',
      ],
    },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args, context) =>
    html`<div style="max-width: 32rem">
      <mf-actor-card
        src=${args.src}
        actor-id=${args.actorId}
        variant=${args.variant}
        heading-level=${args.headingLevel ?? nothing}
        theme=${String(context.globals['theme'] ?? 'light')}
      ></mf-actor-card>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Federation: Story = {};
export const Association: Story = { args: { actorId: 'assoc-0001' } };
export const RightToLeftName: Story = { args: { actorId: 'assoc-0002' } };
export const Expert: Story = { args: { actorId: 'expert-0001' } };
export const Network: Story = { args: { actorId: 'minderhedenforum' } };
export const Compact: Story = { args: { variant: 'compact', actorId: 'assoc-0003' } };
export const FromTheSampleNetwork: Story = { args: { src: FEEDS.sample, actorId: 'fed-03' } };
/** A feed that never answers: the loading state, of the ready widget's size. After 15 s the widget gives up with the timeout error, as it would on a page. */
export const Loading: Story = { args: { src: FEEDS.hanging } };
export const NotFound: Story = { args: { actorId: 'nobody' } };
export const ErrorServer: Story = { name: 'Error: 500', args: { src: FEEDS.serverError } };
export const ErrorNotJson: Story = { name: 'Error: not JSON', args: { src: FEEDS.notJson } };
export const Empty: Story = { name: 'Empty feed', args: { src: FEEDS.empty } };
export const PartlyBroken: Story = { args: { src: FEEDS.partlyBroken, actorId: 'assoc-bad-fields' } };
export const HostileStrings: Story = { args: { src: FEEDS.hostile, actorId: 'hostile-0' } };
export const VeryLongName: Story = { args: { src: FEEDS.hostile, actorId: 'hostile-8' } };

/** Every language and theme at once, for a design review. */
export const LanguagesAndThemes: Story = {
  render: (args) =>
    html`<div style="display: grid; grid-template-columns: repeat(3, minmax(16rem, 1fr)); gap: 1rem">
      ${(['light', 'dark'] as const).map((theme) =>
        (['nl', 'fr', 'en'] as const).map(
          (lang) =>
            html`<div style="padding: 1rem; background: ${theme === 'dark' ? '#15191e' : '#ffffff'}">
              <mf-actor-card
                lang=${lang}
                theme=${theme}
                src=${args.src}
                actor-id=${args.actorId}
                variant=${args.variant}
              ></mf-actor-card>
            </div>`,
        ),
      )}
    </div>`,
};

export const StaleCopy: Story = staleCopyStory<Args>({ actorId: 'fed-01' });
