import { html, nothing, type TemplateResult } from 'lit';

/**
 * The rows and links of a common full card (a federation's), for the loading state's size; a compact
 * card stands in for an association.
 */
const SKELETON_DETAILS = [
  ['Locatie', 'Gent, Oost-Vlaanderen'],
  ['Leden', '180 lokale verenigingen, 7 experts, 6 werkgevers, 35 andere actoren'],
  ['Sinds', '1995'],
] as const;
const SKELETON_DESCRIPTION =
  'Een federatie van lokale verenigingen die samenwerken aan onderwijs, werk en ontmoeting in de buurt.';
const SKELETON_LINKS = [
  'federatie-atlas.example',
  'info@federatie-atlas.example',
  '+32 2 200 10 40',
  'Facebook',
  'Instagram',
];

/**
 * The card while its feed loads: the card's own boxes with invisible text of a common card's
 * length painted as bars, so that it wraps as the card will at any width (no layout shift).
 */
export function renderCardSkeleton(compact: boolean): TemplateResult {
  const ghost = (text: string): TemplateResult => html`<span class="ghost"><span>${text}</span></span>`;
  return html`<div class="card skeleton-card ${compact ? 'card--compact' : 'card--full'}" aria-hidden="true">
    <div class="header">
      <span class="skeleton avatar"></span>
      <div>
        <div class="name">${ghost(compact ? 'Huiswerkklas Zonnebloem Schelle' : 'Federatie Atlas')}</div>
        <div class="subline">
          <span class="badge">${ghost(compact ? 'lokale vereniging' : 'federatie')}</span>
          ${compact ? html`<span><span class="icon"></span> ${ghost('Schelle, Antwerpen')}</span>` : nothing}
        </div>
      </div>
    </div>
    ${
      compact
        ? nothing
        : html`<p class="description">${ghost(SKELETON_DESCRIPTION)}</p>
            <dl class="details">
              ${SKELETON_DETAILS.map(
                ([term, value]) =>
                  html`<dt>${ghost(term)}</dt>
                    <dd>${ghost(value)}</dd>`,
              )}
            </dl>
            <ul class="themes">
              ${['onderwijs', 'werk'].map((theme) => html`<li class="tag">${ghost(theme)}</li>`)}
            </ul>
            <ul class="links">
              ${SKELETON_LINKS.map(
                (link) =>
                  html`<li>
                    <span class="link"><span class="icon"></span>${ghost(link)}</span>
                  </li>`,
              )}
            </ul>`
    }
  </div>`;
}
