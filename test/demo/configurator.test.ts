/**
 * The snippet configurator (demo/configurator.ts), as a CMS editor uses it: by keyboard, in
 * three languages, with a snippet that follows the form.
 */
import { expect } from '@open-wc/testing';
import { engine, sendKeys } from '../helpers/browser.js';
import { FEEDS } from '../../src/mocks/handlers.js';
import { startMocks } from '../helpers/msw.js';
import { waitFor } from '../helpers/wait.js';

const main = document.createElement('main');
const languages = document.createElement('nav');
languages.className = 'languages';
languages.setAttribute('aria-label', 'Language');
document.body.append(languages, main);

const snippet = (): string => main.querySelector<HTMLTextAreaElement>('#snippet')!.value;

describe('snippet configurator', () => {
  before(async function () {
    // Not in Firefox ESR: after this page's tests pass, Firefox at times never finishes the
    // runner's navigation to about:blank (WebDriver BiDi; also with the previews removed and the
    // mock worker stopped first), and then opens no page for the rest of the run. The configurator
    // is the demo's, not a widget; Chromium and WebKit run it.
    if ((await engine()) === 'firefox') this.skip();
    await startMocks();
    await import('../../demo/configurator.js');
    await waitFor(() => main.querySelector('#snippet'));
  });

  it('writes a complete snippet for the chosen widget and settings', async () => {
    expect(snippet()).to.match(
      /^<script type="module" src="[^"]+\/dist\/mf-widgets\.js"><\/script>\n<mf-member-counter src="[^"]+" metric="associations" format="plus"><\/mf-member-counter>$/,
    );
    const card = [...main.querySelectorAll<HTMLInputElement>('input[name="widget"]')][1]!;
    card.focus();
    await sendKeys({ press: 'Space' });
    await waitFor(() => snippet().includes('<mf-actor-card'));
    expect(snippet()).to.contain('actor-id="fed-01"');
    expect(main.querySelector('.preview mf-actor-card')).to.exist;
  });

  it('offers the CMS-safe form, with the script apart for the administrator, and explains when to use it', async () => {
    expect(main.querySelector('#site-snippet')).to.equal(null);
    const div = [...main.querySelectorAll<HTMLInputElement>('input[name="form"]')][1]!;
    div.click();
    await waitFor(() => snippet().startsWith('<div data-mf='));
    expect(snippet()).to.not.contain('<script');
    const site = main.querySelector<HTMLTextAreaElement>('#site-snippet')!.value;
    expect(site).to.match(/^<script type="module" src="[^"]+\/dist\/mf-widgets\.js"><\/script>$/);
    expect(main.querySelector('#form-help')!.textContent).to.contain('unfiltered_html');
    await expect(main).to.be.accessible({ ignoredRules: ['region'] });
    // A height is a <style> rule: with the administrator's part, never in what an editor pastes.
    [...main.querySelectorAll<HTMLInputElement>('input[name="widget"]')][2]!.click();
    await waitFor(() => snippet().includes('data-mf="network-map"'));
    const height = main.querySelector<HTMLInputElement>('input[placeholder="36rem"]')!;
    height.value = '40rem';
    height.dispatchEvent(new Event('change'));
    await waitFor(() => main.querySelector<HTMLTextAreaElement>('#site-snippet')!.value.includes('40rem'));
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
    await waitFor(() => main.querySelector<HTMLTextAreaElement>('#site-snippet')!.value.includes('/dist/mf-loader.js'));
    [...main.querySelectorAll<HTMLInputElement>('input[name="script-file"]')][0]!.click();
    [...main.querySelectorAll<HTMLInputElement>('input[name="form"]')][0]!.click();
    await waitFor(() => snippet().startsWith('<script'));
    expect(main.querySelector('#site-snippet')).to.equal(null);
  });

  it('sets every attribute of every element through the form', async () => {
    const widget = (index: number): void =>
      [...main.querySelectorAll<HTMLInputElement>('input[name="widget"]')][index]!.click();
    const field = <T extends HTMLElement>(label: string): T => {
      const found = [...main.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith(label));
      expect(found, `a field labelled "${label}"`).to.exist;
      return found!.querySelector<T>('input, select')!;
    };
    const change = (control: HTMLInputElement | HTMLSelectElement, value: string): void => {
      control.value = value;
      control.dispatchEvent(new Event('change'));
    };
    const pick = (label: string, id: string): void => {
      const select = [...main.querySelectorAll('fieldset')]
        .find((f) => f.querySelector('legend')!.textContent.trim() === label)!
        .querySelector<HTMLSelectElement>('select')!;
      change(select, id);
    };

    // A feed to pick actors from.
    change(field('Adres van de feed'), new URL(FEEDS.sample, location.href).href);
    // The counter: metric (named as the widgets name it), format, label, duration.
    widget(0);
    await waitFor(() => snippet().includes('<mf-member-counter'));
    const metric = field<HTMLSelectElement>('Wat tellen');
    expect([...metric.options].map((o) => o.textContent.trim())).to.include.members([
      'lokale verenigingen',
      'federaties',
      'experts',
    ]);
    change(metric, 'federations');
    change(field('Duur van het optellen'), '400');
    await waitFor(() => snippet().includes('duration="400"'));
    expect(snippet()).to.contain('metric="federations"');

    // The card: an actor found by search, variant, heading level.
    widget(1);
    await waitFor(() => snippet().includes('<mf-actor-card'));
    change(field('Kopniveau'), '2');
    await waitFor(() => snippet().includes('heading-level="2"'));

    // The map: view, the actor selected on load, types, federation, province (named in the UI's language).
    widget(2);
    await waitFor(() => snippet().includes('<mf-network-map'));
    await waitFor(() => main.querySelector('option[value="fed-02"]'), 'no actors from the feed');
    pick('Actor die bij het laden gekozen is', 'fed-02');
    await waitFor(() => snippet().includes('focus="fed-02"'));
    const province = field<HTMLSelectElement>('Eén provincie');
    expect([...province.options].map((o) => o.textContent.trim())).to.include('Oost-Vlaanderen');
    change(province, 'oost-vlaanderen');
    await waitFor(() => snippet().includes('province="oost-vlaanderen"'));
    expect(main.querySelector('.preview mf-network-map')!.getAttribute('focus')).to.equal('fed-02');
    // Searching for another actor keeps the chosen one in the list (the snippet still names it).
    const search = [...main.querySelectorAll('fieldset')]
      .find((f) => f.querySelector('legend')!.textContent.trim() === 'Actor die bij het laden gekozen is')!
      .querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'zzzz';
    search.dispatchEvent(new Event('input'));
    await waitFor(() => main.querySelector<HTMLOptionElement>('option[value="fed-02"]')?.selected === true);
    await expect(main).to.be.accessible({ ignoredRules: ['region'] });

    // The list: search on load, the opened actor.
    widget(3);
    await waitFor(() => snippet().includes('<mf-actor-list'));
    change(field('Zoekterm bij het laden'), 'atlas');
    pick('Actor die bij het laden open staat', 'fed-01');
    await waitFor(() => snippet().includes('query="atlas"') && snippet().includes('expanded="fed-01"'));
    expect(snippet()).to.contain('province="oost-vlaanderen"');
    // sync-url, a boolean attribute: written bare, and gone again when unticked.
    const sync = field<HTMLInputElement>('Wat de lezer ziet in het adres');
    sync.click();
    await waitFor(() => / sync-url><\/mf-actor-list>$/.test(snippet()), snippet());
    sync.click();
    await waitFor(() => !snippet().includes('sync-url'));

    // Theme radios are one named group.
    const theme = [...main.querySelectorAll('fieldset')].find(
      (f) => f.querySelector('legend')!.textContent === 'Thema',
    );
    expect(theme?.querySelectorAll('input[name="theme"]')).to.have.length(3);
    change(province, '');
    widget(0);
    await waitFor(() => snippet().includes('<mf-member-counter'));
  });

  it('speaks nl, fr and en, and is accessible', async () => {
    expect(main.querySelector('h1')!.textContent).to.equal('Stel een widget samen');
    languages.querySelector<HTMLButtonElement>('button[lang="fr"]')!.click();
    await waitFor(() => main.querySelector('h1')!.textContent === 'Composez un widget');
    // The options too: metrics and provinces as the widgets name them in French.
    const options = (): string[] => [...main.querySelectorAll('option')].map((o) => o.textContent.trim());
    await waitFor(() => options().includes('associations locales'), 'metrics not in French');
    expect(options()).to.include.members(['associations locales', 'experts', 'Français', 'English']);
    languages.querySelector<HTMLButtonElement>('button[lang="en"]')!.click();
    await waitFor(() => main.querySelector('h1')!.textContent === 'Compose a widget');
    await expect(main).to.be.accessible({ ignoredRules: ['region'] });
  });
});
