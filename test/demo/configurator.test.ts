/**
 * The snippet configurator (demo/configurator.ts), as a CMS editor uses it: by keyboard, in
 * three languages, with a snippet that follows the form.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startMocks } from '../helpers/msw.js';

const main = document.createElement('main');
const languages = document.createElement('nav');
languages.className = 'languages';
languages.setAttribute('aria-label', 'Language');
document.body.append(languages, main);

const snippet = (): string => main.querySelector<HTMLTextAreaElement>('#snippet')!.value;

describe('snippet configurator', () => {
  before(async () => {
    await startMocks();
    await import('../../demo/configurator.js');
    await waitUntil(() => main.querySelector('#snippet'));
  });

  it('writes a complete snippet for the chosen widget and settings', async () => {
    expect(snippet()).to.match(
      /^<script type="module" src="[^"]+\/dist\/mf-widgets\.js"><\/script>\n<mf-member-counter src="[^"]+" metric="associations" format="plus"><\/mf-member-counter>$/,
    );
    const card = [...main.querySelectorAll<HTMLInputElement>('input[name="widget"]')][1]!;
    card.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => snippet().includes('<mf-actor-card'));
    expect(snippet()).to.contain('actor-id="fed-01"');
    expect(main.querySelector('.preview mf-actor-card')).to.exist;
  });

  it('offers the CMS-safe form, with the script apart for the administrator, and explains when to use it', async () => {
    expect(main.querySelector('#site-snippet')).to.equal(null);
    const div = [...main.querySelectorAll<HTMLInputElement>('input[name="form"]')][1]!;
    div.click();
    await waitUntil(() => snippet().startsWith('<div data-mf='));
    expect(snippet()).to.not.contain('<script');
    const site = main.querySelector<HTMLTextAreaElement>('#site-snippet')!.value;
    expect(site).to.match(/^<script type="module" src="[^"]+\/dist\/mf-widgets\.js"><\/script>$/);
    expect(main.querySelector('#form-help')!.textContent).to.contain('unfiltered_html');
    await expect(main).to.be.accessible({ ignoredRules: ['region'] });
    // A height is a <style> rule: with the administrator's part, never in what an editor pastes.
    [...main.querySelectorAll<HTMLInputElement>('input[name="widget"]')][2]!.click();
    await waitUntil(() => snippet().includes('data-mf="network-map"'));
    const height = main.querySelector<HTMLInputElement>('input[placeholder="36rem"]')!;
    height.value = '40rem';
    height.dispatchEvent(new Event('change'));
    await waitUntil(() => main.querySelector<HTMLTextAreaElement>('#site-snippet')!.value.includes('40rem'));
    expect(main.querySelector<HTMLTextAreaElement>('#site-snippet')!.value).to.contain(
      '<style>mf-network-map { --mf-map-height: 40rem; }</style>',
    );
    expect(snippet()).to.not.contain('<style');
    height.value = '';
    height.dispatchEvent(new Event('change'));
    [...main.querySelectorAll<HTMLInputElement>('input[name="widget"]')][0]!.click();
    // The loader instead of the whole set: the folder stays, the file changes.
    const loader = [...main.querySelectorAll<HTMLInputElement>('input[name="script-file"]')][1]!;
    loader.click();
    await waitUntil(() =>
      main.querySelector<HTMLTextAreaElement>('#site-snippet')!.value.includes('/dist/mf-loader.js'),
    );
    [...main.querySelectorAll<HTMLInputElement>('input[name="script-file"]')][0]!.click();
    [...main.querySelectorAll<HTMLInputElement>('input[name="form"]')][0]!.click();
    await waitUntil(() => snippet().startsWith('<script'));
    expect(main.querySelector('#site-snippet')).to.equal(null);
  });

  it('speaks nl, fr and en, and is accessible', async () => {
    expect(main.querySelector('h1')!.textContent).to.equal('Stel een widget samen');
    languages.querySelector<HTMLButtonElement>('button[lang="fr"]')!.click();
    await waitUntil(() => main.querySelector('h1')!.textContent === 'Composez un widget');
    languages.querySelector<HTMLButtonElement>('button[lang="en"]')!.click();
    await waitUntil(() => main.querySelector('h1')!.textContent === 'Compose a widget');
    await expect(main).to.be.accessible({ ignoredRules: ['region'] });
  });
});
