import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../dist/custom-elements.json';
import { html } from 'lit';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { handlers } from '../src/mocks/handlers.js';

// Controls and docs (attributes, properties, events, slots, parts, CSS properties) come from the
// Custom Elements Manifest that `npm run build:manifest` writes.
setCustomElementsManifest(manifest);

const preview: Preview = {
  // A docs page per element: description, attributes, properties, events, slots, parts and CSS
  // properties, all from the manifest, with the stories.
  tags: ['autodocs'],
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker(...handlers);
      await worker.start({ quiet: true, onUnhandledFrame: 'bypass', serviceWorker: { url: './mockServiceWorker.js' } });
      return worker;
    }),
  ],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nl', theme: 'light' },
  decorators: [
    (story, context) => {
      const theme = String(context.globals['theme'] ?? 'light');
      const background = theme === 'dark' ? '#15191e' : '#ffffff';
      return html`<div
        lang=${String(context.globals['locale'] ?? 'nl')}
        data-theme=${theme}
        style="padding: 1rem; background: ${background}"
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
