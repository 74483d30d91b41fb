import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../dist/custom-elements.json';
import { FEEDS } from '../src/mocks/handlers.js';
import '../src/index.js';

interface CssProperty {
  name: string;
  description?: string;
  default?: string;
}
interface Declaration {
  tagName?: string;
  name: string;
  cssProperties?: CssProperty[];
  cssParts?: Array<{ name: string; description?: string }>;
}

const declarations = (manifest as { modules: Array<{ declarations?: Declaration[] }> }).modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.cssProperties?.length);

const meta: Meta = {
  title: 'Docs/Theming',
  parameters: { layout: 'padded' },
};
export default meta;

/** Every `--mf-*` custom property and `::part()` of every element, from the Custom Elements Manifest. */
export const Tokens: StoryObj = {
  render: () =>
    html`<div style="display: grid; gap: 2rem; font: 14px/1.5 system-ui, sans-serif">
      <p>
        Set these on the element or any ancestor, e.g. <code>mf-actor-card { --mf-color-accent: #7a1f5c; }</code>.
        Shared tokens come from the base element and apply to every widget.
      </p>
      ${declarations.map(
        (declaration) =>
          html`<section>
            <h2 style="margin: 0 0 0.5rem">${declaration.tagName ? `<${declaration.tagName}>` : 'Every element'}</h2>
            <table style="border-collapse: collapse; width: 100%">
              <thead>
                <tr>
                  <th align="left">CSS custom property</th>
                  <th align="left">Default</th>
                  <th align="left">What it does</th>
                </tr>
              </thead>
              <tbody>
                ${declaration.cssProperties!.map(
                  (property) =>
                    html`<tr style="border-top: 1px solid #ddd">
                      <td><code>${property.name}</code></td>
                      <td><code>${property.default ?? ''}</code></td>
                      <td>${property.description ?? ''}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
            ${
              declaration.cssParts?.length
                ? html`<p>
                    <strong>Parts:</strong> ${declaration.cssParts.map((part) => html`<code>${part.name}</code> `)}
                  </p>`
                : ''
            }
          </section>`,
      )}
    </div>`,
};

/** The same widgets with a partner's own tokens. */
export const CustomTokens: StoryObj = {
  render: () =>
    html`<div
      style="display: grid; gap: 1.5rem; max-width: 40rem; --mf-font-family: Georgia, serif; --mf-color-accent: #7a1f5c; --mf-radius: 0; --mf-counter-value-size: 3.5em; --mf-card-shadow: 0 6px 24px rgb(0 0 0 / 0.12)"
    >
      <mf-member-counter src=${FEEDS.sample} metric="associations" format="plus" duration="0"></mf-member-counter>
      <mf-actor-card src=${FEEDS.sample} actor-id="fed-04"></mf-actor-card>
    </div>`,
};
