/**
 * The feed studio: the network's staff drop their spreadsheet and get the feed, with every problem
 * by row and column, a preview of the four elements and the files to download. The same builder
 * as `mf-feed build`, in a worker; nothing leaves the browser.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import '../src/index.js';
import { formatNumber } from '../src/i18n/labels.js';
import { loadCatalog } from '../src/i18n/locale.js';
import { build, type Files } from './studio/client.js';
import type { SheetFile } from './studio/run.js';
import { TEXT, fill, type UiLang } from './studio/texts.js';
import { downloadsView, previewView, problemsView, summaryView, type Filter, type Result } from './studio/view.js';

const ACCEPT = '.xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface State {
  ui: UiLang;
  /** The files as read when picked: a rebuild in another language needs no new pick. */
  sheet?: SheetFile;
  /** A separate links file, when the workbook has no links sheet. */
  links?: SheetFile;
  status: string;
  alert: string;
  result?: Result;
  urls?: { feed: string; stats: string };
  filter: Filter;
  dragging: boolean;
}

const state: State = {
  ui: (['nl', 'fr', 'en'].includes(document.documentElement.lang) ? document.documentElement.lang : 'nl') as UiLang,
  status: '',
  alert: '',
  filter: 'all',
  dragging: false,
};
let latest = 0;

const json = (value: unknown): string =>
  URL.createObjectURL(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }));

/** Runs the builder on the chosen files; an answer to an older run (another file, language) is dropped. */
async function run(): Promise<void> {
  if (!state.sheet) return;
  const files: Files = { sheet: state.sheet, links: state.links };
  const mine = ++latest;
  const started = performance.now();
  state.status = TEXT.reading[state.ui];
  state.alert = '';
  update();
  const ui = state.ui;
  const outcome = await build(files, ui);
  if (mine !== latest) return;
  if (state.urls) for (const url of Object.values(state.urls)) URL.revokeObjectURL(url);
  state.urls = undefined;
  if (outcome.ok) {
    state.result = outcome;
    state.urls = { feed: json(outcome.feed), stats: json(outcome.stats) };
    const seconds = formatNumber((performance.now() - started) / 1000, ui, { maximumFractionDigits: 1 });
    state.status = fill(TEXT.done[ui], { file: files.sheet.name, seconds });
  } else {
    state.result = undefined;
    const file = outcome.file === 'links' && files.links ? files.links : files.sheet;
    state.status = fill(TEXT.refused[ui], { file: file.name });
    state.alert = outcome.refusal
      ? `${file.name}: ${outcome.refusal}`
      : fill(TEXT.unexpected[ui], { detail: outcome.detail ?? '' });
  }
  update();
}

async function choose(which: 'sheet' | 'links', file: File | undefined): Promise<void> {
  if (!file && which === 'sheet') return;
  state.status = TEXT.reading[state.ui];
  update();
  try {
    state[which] = file ? { name: file.name, bytes: await file.arrayBuffer() } : undefined;
  } catch {
    // The file was moved, or changed on disk while the dialog was open.
    state.status = fill(TEXT.refused[state.ui], { file: file!.name });
    state.alert = fill(TEXT.notReadable[state.ui], { file: file!.name });
    return update();
  }
  await run();
}

/**
 * Emptied when clicked, so that choosing the same file again (saved anew in Excel) is a change too;
 * a cancelled dialog changes nothing.
 */
const clear = (e: Event): void => void ((e.target as HTMLInputElement).value = '');

function onDrop(event: DragEvent): void {
  event.preventDefault();
  state.dragging = false;
  const file = event.dataTransfer?.files[0];
  const input = document.querySelector<HTMLInputElement>('#sheet-file');
  if (!file || !input || !event.dataTransfer) return update();
  // The input shows the dropped file's name, as if it had been picked.
  input.files = event.dataTransfer.files;
  void choose('sheet', file);
}

function setDragging(dragging: boolean): void {
  if (state.dragging === dragging) return;
  state.dragging = dragging;
  update();
}

function setUi(lang: UiLang): void {
  state.ui = lang;
  document.documentElement.lang = lang;
  // Type names come from the widgets' catalogs; the builder's messages from a rebuild.
  void loadCatalog(lang).then(update);
  void run();
  update();
}

function view(): TemplateResult {
  const { ui, result } = state;
  return html`<h1>${TEXT.title[ui]}</h1>
    <p class="intro">${TEXT.intro[ui]}</p>
    <p>${TEXT.template[ui]}: <a href="./templates/netwerk.xlsx" download>netwerk.xlsx</a>. ${TEXT.private[ui]}</p>
    <section class="pick" aria-labelledby="pick-heading">
      <h2 id="pick-heading">${TEXT.pickHeading[ui]}</h2>
      <div
        class="dropzone ${state.dragging ? 'over' : ''}"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          setDragging(true);
        }}
        @dragleave=${(e: DragEvent) => {
          // Leaving for the label or the input inside is no leaving.
          if (!(e.currentTarget as Element).contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        @drop=${onDrop}
      >
        <label for="sheet-file">${TEXT.pick[ui]}</label>
        <input
          id="sheet-file"
          type="file"
          accept=${ACCEPT}
          @click=${clear}
          @change=${(e: Event) => void choose('sheet', (e.target as HTMLInputElement).files?.[0])}
        />
      </div>
      <p class="links-file">
        <label for="links-file">${TEXT.links[ui]}</label>
        <input
          id="links-file"
          type="file"
          accept=".csv,.xlsx,text/csv"
          @click=${clear}
          @change=${(e: Event) => void choose('links', (e.target as HTMLInputElement).files?.[0])}
        />
      </p>
      <p class="status" role="status">${state.status}</p>
      <div class="alert" role="alert">${state.alert ? html`<p>${state.alert}</p>` : nothing}</div>
    </section>
    ${
      result && state.urls
        ? html`${summaryView(result, ui)}
          ${problemsView(result, ui, state.filter, (filter) => ((state.filter = filter), update()))}
          ${downloadsView(state.urls, ui)} ${previewView(result, ui)}`
        : nothing
    }`;
}

function languages(): TemplateResult {
  return html`${(['nl', 'fr', 'en'] as const).map(
    (l) =>
      html`<button type="button" lang=${l} aria-pressed=${String(state.ui === l)} @click=${() => setUi(l)}>
        ${l}
      </button>`,
  )}`;
}

function update(): void {
  render(view(), document.querySelector<HTMLElement>('main')!);
  document.title = `Netwerk-widgets · ${TEXT.title[state.ui]}`;
  const skip = document.querySelector('.skip');
  if (skip) skip.textContent = TEXT.skip[state.ui];
  const nav = document.querySelector<HTMLElement>('.languages');
  if (nav) render(languages(), nav);
}

// A file dropped next to the zone would make the browser open it and leave the studio.
for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (e) => e.preventDefault());

update();
void loadCatalog(state.ui).then(update);
