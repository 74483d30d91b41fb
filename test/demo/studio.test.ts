/**
 * The feed studio (demo/studio.ts), as the network's staff use it: pick a spreadsheet, read the
 * summary and the problems by row and column, preview the elements, download the feed; in three
 * languages, by keyboard and screen reader, without sending the file anywhere.
 */
import { expect } from '@open-wc/testing';
import { WAIT, waitFor } from '../helpers/wait.js';

const main = document.createElement('main');
const languages = document.createElement('nav');
languages.className = 'languages';
languages.setAttribute('aria-label', 'Language');
document.body.append(languages, main);

// Counts the workers the page starts: the builder must run off the main thread.
const workers: string[] = [];
const PageWorker = window.Worker;
window.Worker = class extends PageWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    workers.push(String(url));
  }
};

const CSV = [
  'naam;soort;federatie;postcode;plaats;contactpersoon',
  'Federatie Atlas;federatie;;1000;Brussel;Jan Peeters',
  'Vereniging De Brug;lokale vereniging;Federatie Atlas;90000;;Piet',
  'Vereniging Zon;lokale vereniging;Federatie Atlas;2140;Borgerhout;An',
  'Vereniging Maan;lokale vereniging;Atlas;9000;Gent;Els',
  'Zonder soort;;;2000;Antwerpen;',
  '',
].join('\r\n');

const input = (): HTMLInputElement => main.querySelector<HTMLInputElement>('#sheet-file')!;
const status = (): string => main.querySelector('[role="status"]')!.textContent.trim();
const alert = (): string => main.querySelector('[role="alert"]')!.textContent.trim();

function pick(file: File): void {
  const dt = new DataTransfer();
  dt.items.add(file);
  input().files = dt.files;
  input().dispatchEvent(new Event('change', { bubbles: true }));
}

/** The figure under a label in the summary. */
function figure(label: string): string {
  const dt = [...main.querySelectorAll('.summary dt')].find((d) => d.textContent.trim() === label);
  expect(dt, `a figure "${label}"`).to.exist;
  return dt!.nextElementSibling!.textContent.trim();
}

/** The problems table as the cells' texts, row by row. */
const problemRows = (): string[][] =>
  [...main.querySelectorAll('.problems tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()),
  );

const done = (): boolean => /^(Klaar|Terminé|Done)/.test(status());

describe('feed studio', () => {
  before(async () => {
    await import('../../demo/studio.js');
    await waitFor(() => input());
  });

  it('has a labelled file input that takes a spreadsheet, and an intro linking the template', () => {
    expect(input().type).to.equal('file');
    expect(input().accept).to.contain('.xlsx').and.contain('.csv');
    expect(main.querySelector('label[for="sheet-file"]')!.textContent).to.contain('Sleep je spreadsheet');
    expect(main.querySelector('a[href="./templates/netwerk.xlsx"]')).to.exist;
    expect(main.querySelector('h1')!.textContent).to.equal('Feedstudio');
  });

  it('builds the feed from a CSV in a worker: summary, problems by row and column, preview, downloads', async () => {
    pick(new File([CSV], 'netwerk.csv', { type: 'text/csv' }));
    expect(status()).to.equal('Bezig met lezen…');
    await waitFor(done, 'the sheet was not read', WAIT.heavy);
    expect(workers).to.have.length(1);
    expect(workers[0]).to.contain('worker');
    expect(alert()).to.equal('');

    expect(figure('Actoren')).to.equal('4');
    expect(figure('Op de kaart')).to.equal('3');
    expect(figure('Rijen weggelaten')).to.equal('1');
    expect(figure('Fouten')).to.equal('3');
    expect(figure('Waarschuwingen')).to.equal('0');
    const types = [...main.querySelectorAll('.counts li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(types).to.include.members(['federatie 1', 'lokale verenigingen 3', 'Brussel 1', 'Antwerpen 1']);
    expect(main.querySelector('.unplaced')!.textContent).to.contain('rij 3: Vereniging De Brug');
    expect(main.querySelector('.unpublished')!.textContent).to.contain('contactpersoon');
    expect(main.querySelector('.unpublished h3')!.textContent).to.equal('Nooit gepubliceerd');

    // The problems: a real table, headed, with the row and column as the sheet shows them.
    const table = main.querySelector('.problems table')!;
    expect(table.querySelector('caption')!.textContent.trim()).to.not.equal('');
    expect([...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent.trim())).to.deep.equal([
      'Ernst',
      'Rij',
      'Kolom',
      'Naam',
      'Melding',
    ]);
    expect(problemRows()).to.deep.include([
      'fout',
      'rij 3',
      'postcode (D3)',
      'Vereniging De Brug',
      '90000 is geen Belgische postcode; genegeerd',
    ]);
    expect(problemRows()).to.have.length(4);

    // Filtered by severity, by keyboard-operable radios.
    const radio = (value: string): HTMLInputElement =>
      main.querySelector<HTMLInputElement>(`input[name="severity"][value="${value}"]`)!;
    radio('info').click();
    await waitFor(() => problemRows().length === 1);
    expect(problemRows()[0]).to.deep.equal([
      'info',
      'rij 1',
      'contactpersoon',
      '',
      'deze kolom staat niet in de lijst en wordt nooit gepubliceerd',
    ]);
    radio('error').click();
    await waitFor(() => problemRows().length === 3);
    expect(problemRows().every((row) => row[0] === 'fout')).to.equal(true);
    radio('all').click();
    await waitFor(() => problemRows().length === 4);

    // The preview: the four elements on the result.
    const counter = main.querySelector('mf-member-counter[metric="associations"]')!;
    await waitFor(
      () => counter.shadowRoot?.querySelector('.visually-hidden')?.textContent?.includes('3 lokale verenigingen'),
      'the counter does not show the count',
    );
    const card = main.querySelector('mf-actor-card')!;
    expect(card.getAttribute('actor-id')).to.equal('federatie-atlas-1000');
    await waitFor(() => card.shadowRoot?.textContent?.includes('Federatie Atlas'), 'the card shows no federation');
    expect(main.querySelector('mf-network-map')!.getAttribute('view')).to.equal('geo');
    const list = main.querySelector('mf-actor-list')!;
    await waitFor(() => list.shadowRoot?.textContent?.includes('Vereniging Zon'), 'the list shows no actors');

    // The downloads are the built files, from the browser's memory.
    const feedLink = main.querySelector<HTMLAnchorElement>('#download-feed')!;
    expect(feedLink.getAttribute('download')).to.equal('feed.json');
    expect(feedLink.href).to.match(/^blob:/);
    const feed = JSON.parse(await (await fetch(feedLink.href)).text()) as { actors: Array<{ name: string }> };
    expect(feed.actors.map((a) => a.name)).to.include('Vereniging Zon');
    const statsLink = main.querySelector<HTMLAnchorElement>('#download-stats')!;
    expect(statsLink.getAttribute('download')).to.equal('feed.stats.json');
    const stats = JSON.parse(await (await fetch(statsLink.href)).text()) as {
      actors: unknown[];
      stats: Record<string, number>;
    };
    expect(stats.actors).to.deep.equal([]);
    expect(stats.stats['associations']).to.equal(3);
    expect(main.querySelector('.downloads')!.textContent).to.contain('alleen tellers');

    await expect(main).to.be.accessible({ ignoredRules: ['region'] });
  });

  it('speaks French, the builder too (rebuilt on the change)', async () => {
    languages.querySelector<HTMLButtonElement>('button[lang="fr"]')!.click();
    await waitFor(() => main.querySelector('h1')!.textContent === 'Studio du flux');
    await waitFor(
      () => problemRows().some((row) => row[4] === '90000 n’est pas un code postal belge ; ignoré'),
      'the builder does not speak French',
      WAIT.heavy,
    );
    await waitFor(done);
    expect(problemRows()).to.deep.include([
      'erreur',
      'ligne 3',
      'postcode (D3)',
      'Vereniging De Brug',
      '90000 n’est pas un code postal belge ; ignoré',
    ]);
    expect(figure('Acteurs')).to.equal('4');
    expect(main.querySelector('.unpublished h3')!.textContent).to.equal('Jamais publié');
    expect([...main.querySelectorAll('.counts li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim())).to.include(
      'associations locales 3',
    );
    expect(document.documentElement.lang).to.equal('fr');
    languages.querySelector<HTMLButtonElement>('button[lang="nl"]')!.click();
    await waitFor(() => main.querySelector('h1')!.textContent === 'Feedstudio');
    await waitFor(() => problemRows().some((row) => row[1] === 'rij 3') && done(), '', WAIT.heavy);
  });

  it('takes a file dropped on the zone', async () => {
    const zone = main.querySelector('.dropzone')!;
    const dt = new DataTransfer();
    dt.items.add(new File(['naam,postcode\nVereniging Licht,3000\n'], 'ander.csv'));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    await waitFor(() => done() && status().includes('ander.csv'), 'the dropped file was not read', WAIT.heavy);
    expect(figure('Actoren')).to.equal('1');
    expect(input().files![0]!.name).to.equal('ander.csv');
  });

  it('refuses a PDF with one clear line, and shows no stale result', async () => {
    pick(new File(['%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'], 'netwerk.pdf'));
    await waitFor(() => alert() !== '', 'no refusal', WAIT.heavy);
    expect(main.querySelectorAll('[role="alert"] p')).to.have.length(1);
    expect(alert()).to.equal(
      'netwerk.pdf: dit is een PDF, geen spreadsheet: open het blad in Excel of LibreOffice en bewaar het als .xlsx of CSV',
    );
    expect(status()).to.equal('Niet gelezen: netwerk.pdf.');
    expect(main.querySelector('.summary')).to.equal(null);
    expect(main.querySelector('#download-feed')).to.equal(null);
    await expect(main).to.be.accessible({ ignoredRules: ['region'] });
    // A good file afterwards clears the refusal.
    pick(new File([CSV], 'netwerk.csv'));
    await waitFor(() => main.querySelector('.summary') !== null, '', WAIT.heavy);
    expect(alert()).to.equal('');
  });

  it('sends the file nowhere', () => {
    const requests = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requests.filter((url) => /netwerk\.(csv|pdf)|ander\.csv/.test(url))).to.deep.equal([]);
    // Only this origin (and blob: URLs of the downloads) was asked for anything.
    expect(requests.filter((url) => !url.startsWith(location.origin) && !url.startsWith('blob:'))).to.deep.equal([]);
  });
});
