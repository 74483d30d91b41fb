/**
 * What the studio shows of a result: the summary, the problems table, the downloads and the
 * preview of the four elements. Render functions only; the state lives in studio.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Problem } from '../../src/sheet/build.js';
import { formatNumber } from '../../src/i18n/labels.js';
import { where } from '../../src/sheet/messages.js';
import type { Count, Outcome } from './run.js';
import { TEXT, type Text, type UiLang } from './texts.js';

export type Result = Extract<Outcome, { ok: true }>;
export type Filter = 'all' | Problem['severity'];

const SEVERITIES = ['error', 'warning', 'info'] as const;

function counts(heading: string, list: readonly Count[], ui: UiLang): TemplateResult {
  return html`<section class="counts">
    <h3>${heading}</h3>
    ${
      list.length === 0
        ? html`<p>${TEXT.noProvince[ui]}</p>`
        : html`<ul>
            ${list.map((c) => html`<li><span>${c.label}</span> <strong>${formatNumber(c.count, ui)}</strong></li>`)}
          </ul>`
    }
  </section>`;
}

export function summaryView(result: Result, ui: UiLang): TemplateResult {
  const { report, summary } = result;
  const figure = (label: Text, value: number, id: string): TemplateResult =>
    html`<div class="figure ${id}">
      <dt>${label[ui]}</dt>
      <dd>${formatNumber(value, ui)}</dd>
    </div>`;
  return html`<section class="summary" aria-labelledby="summary-heading">
    <h2 id="summary-heading">${TEXT.summary[ui]}</h2>
    <dl class="figures-list">
      ${figure(TEXT.actors, report.actors, 'actors')} ${figure(TEXT.placed, report.placed, 'placed')}
      ${figure(TEXT.rowsLeftOut, report.rowsLeftOut, 'left-out')} ${figure(TEXT.errors, summary.errors, 'errors')}
      ${figure(TEXT.warnings, summary.warnings, 'warnings')}
    </dl>
    <div class="breakdown">
      ${counts(TEXT.byType[ui], summary.byType, ui)} ${counts(TEXT.byProvince[ui], summary.byProvince, ui)}
    </div>
    ${
      report.unplaced.length > 0
        ? html`<section class="unplaced">
            <h3>${TEXT.unplaced[ui]}</h3>
            <ul>
              ${report.unplaced.map((u) => html`<li>${where(u.row, null, ui)}: ${u.name}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    ${
      report.unpublished.length > 0
        ? html`<section class="unpublished">
            <h3>${TEXT.unpublished[ui]}</h3>
            <p>${TEXT.unpublishedHelp[ui]}</p>
            <ul>
              ${report.unpublished.map((column) => html`<li>${column}</li>`)}
            </ul>
          </section>`
        : nothing
    }
  </section>`;
}

function problemRow(p: Problem, ui: UiLang): TemplateResult {
  const column = p.column === null ? '—' : p.cell ? `${p.column} (${p.cell})` : p.column;
  return html`<tr class=${p.severity}>
    <td><span class="severity ${p.severity}">${TEXT[p.severity][ui]}</span></td>
    <td>${p.row === null ? TEXT.wholeSheet[ui] : where(p.row, null, ui, p.sheet)}</td>
    <td>${column}</td>
    <td>${p.name ?? ''}</td>
    <td>${p.message}</td>
  </tr>`;
}

export function problemsView(
  result: Result,
  ui: UiLang,
  filter: Filter,
  onFilter: (filter: Filter) => void,
): TemplateResult {
  const { problems } = result.report;
  const shown = filter === 'all' ? problems : problems.filter((p) => p.severity === filter);
  const count = (severity: Filter): number =>
    severity === 'all' ? problems.length : problems.filter((p) => p.severity === severity).length;
  const label: Record<Filter, Text> = { all: TEXT.all, error: TEXT.errors, warning: TEXT.warnings, info: TEXT.infos };
  return html`<section class="problems" aria-labelledby="problems-heading">
    <h2 id="problems-heading">${TEXT.problems[ui]}</h2>
    ${
      problems.length === 0
        ? html`<p>${TEXT.noProblems[ui]}</p>`
        : html`<fieldset class="filter">
              <legend>${TEXT.show[ui]}</legend>
              ${(['all', ...SEVERITIES] as const).map(
                (severity) =>
                  html`<label
                    ><input
                      type="radio"
                      name="severity"
                      value=${severity}
                      .checked=${live(filter === severity)}
                      @change=${() => onFilter(severity)}
                    />${label[severity][ui]} (${formatNumber(count(severity), ui)})</label
                  >`,
              )}
            </fieldset>
            <div class="table-scroll">
              <table>
                <caption>
                  ${TEXT.problemsCaption[ui]}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${TEXT.severity[ui]}</th>
                    <th scope="col">${TEXT.row[ui]}</th>
                    <th scope="col">${TEXT.column[ui]}</th>
                    <th scope="col">${TEXT.name[ui]}</th>
                    <th scope="col">${TEXT.message[ui]}</th>
                  </tr>
                </thead>
                <tbody>
                  ${shown.map((p) => problemRow(p, ui))}
                </tbody>
              </table>
            </div>`
    }
  </section>`;
}

export function downloadsView(urls: { feed: string; stats: string }, ui: UiLang): TemplateResult {
  return html`<section class="downloads" aria-labelledby="downloads-heading">
    <h2 id="downloads-heading">${TEXT.download[ui]}</h2>
    <p>
      <a class="button" id="download-feed" href=${urls.feed} download="feed.json">${TEXT.downloadFeed[ui]}</a>
      ${TEXT.feedHelp[ui]}
    </p>
    <p>
      <a class="button secondary" id="download-stats" href=${urls.stats} download="feed.stats.json"
        >${TEXT.downloadStats[ui]}</a
      >
      ${TEXT.statsHelp[ui]}
    </p>
  </section>`;
}

/** The card shows the first federation, else the first actor that is not the network. */
function cardActor(feed: Record<string, unknown>): string | undefined {
  const actors = (feed['actors'] ?? []) as ReadonlyArray<{ id: string; type: string }>;
  return (actors.find((a) => a.type === 'federation') ?? actors.find((a) => a.type !== 'network'))?.id;
}

export function previewView(result: Result, ui: UiLang): TemplateResult {
  const { feed } = result;
  const actorId = cardActor(feed);
  return html`<section class="preview-all" aria-labelledby="preview-heading">
    <h2 id="preview-heading">${TEXT.preview[ui]}</h2>
    <p>${TEXT.previewHelp[ui]}</p>
    <h3>${TEXT.counter[ui]}</h3>
    <div class="figures">
      <mf-member-counter .feed=${feed} lang=${ui} metric="associations"></mf-member-counter>
      <mf-member-counter .feed=${feed} lang=${ui} metric="federations"></mf-member-counter>
    </div>
    ${
      actorId
        ? html`<h3>${TEXT.card[ui]}</h3>
            <mf-actor-card .feed=${feed} lang=${ui} actor-id=${actorId} heading-level="4"></mf-actor-card>`
        : nothing
    }
    <h3>${TEXT.map[ui]}</h3>
    <mf-network-map .feed=${feed} lang=${ui} view="geo"></mf-network-map>
    <h3>${TEXT.list[ui]}</h3>
    <mf-actor-list .feed=${feed} lang=${ui}></mf-actor-list>
  </section>`;
}
