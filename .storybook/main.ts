import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // MSW's worker (mockServiceWorker.js) is served from here; it serves every feed state.
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
};
export default config;
