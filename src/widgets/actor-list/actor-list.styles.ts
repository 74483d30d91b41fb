import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    height: var(--mf-list-height, 36rem);
    min-height: 16rem;
    --_row: var(--mf-list-row-height, 4.25rem);
  }

  .list {
    display: grid;
    grid-template-rows: auto auto minmax(0, 1fr);
    height: 100%;
    background: var(--mf-list-background, var(--_bg));
    border: var(--mf-list-border, 1px solid var(--_border));
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    padding: 0.75em;
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }

  .controls label {
    display: grid;
    gap: 0.15em;
    font-size: 0.8125em;
    color: var(--_muted);
    /* As wide as the select's longest choice where the line allows: a fixed basis clipped the
       chosen text where the font or the arrow is wider (WebKit, DejaVu Sans: "Alle soorter"). */
    flex: 1 1 auto;
  }

  .controls .search {
    flex: 3 1 16em;
  }

  .locate {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    align-self: end;
    font-size: 0.875rem;
    color: var(--_accent);
    background: var(--_bg);
    border-color: var(--_accent);
  }

  .locate[aria-pressed='true'] {
    color: var(--_on-accent);
    background: var(--_accent);
  }

  .icon {
    width: 1em;
    height: 1em;
    flex: none;
  }

  .note {
    flex: 1 0 100%;
    margin: 0;
    font-size: 0.875em;
  }

  .distance {
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    white-space: nowrap;
  }

  input,
  select {
    font: inherit;
    font-size: 1rem;
    min-height: 2.25em;
    padding: 0.3em 0.6em;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.75);
    width: 100%;
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    padding: 0.4em 0.9em;
    font-size: 0.875em;
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
  }

  .summary .link-button {
    min-height: 1.5rem;
  }

  .scroller {
    position: relative;
    overflow-y: auto;
    overscroll-behavior: contain;
    min-height: 0;
  }

  ul.rows {
    position: relative;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  ul.rows > li {
    position: absolute;
    inset-inline: 0;
    padding: 0.25em 0.5em;
  }

  .row {
    display: grid;
    grid-template-columns: 2.5rem minmax(0, 1fr) auto auto;
    align-items: center;
    gap: 0.75em;
    width: 100%;
    height: calc(var(--_row) - 0.5em);
    padding: 0.4em 0.75em;
    font: inherit;
    text-align: start;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .row:hover {
    background: var(--_surface);
  }

  .row[aria-expanded='true'] {
    border-color: var(--_accent);
  }

  .avatar {
    display: grid;
    place-items: center;
    width: 2.5rem;
    height: 2.5rem;
    border-radius: 50%;
    font-weight: 700;
    font-size: 0.95rem;
  }

  .text {
    display: grid;
    min-width: 0;
  }

  .name {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .meta {
    display: flex;
    gap: 0.5em;
    align-items: center;
    font-size: 0.8125em;
    color: var(--_muted);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  .meta svg {
    width: 0.9em;
    height: 0.9em;
    flex: none;
  }

  .chevron {
    width: 1.1em;
    height: 1.1em;
    color: var(--_muted);
    transition: transform 0.15s;
  }

  .row[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  .detail {
    padding: 0.35em 0 0.25em;
    --_copy-link-inline: 0.75em;
  }

  .skeleton--list {
    height: var(--mf-list-height, 36rem);
  }

  .empty {
    display: grid;
    justify-items: start;
    gap: 0.75em;
    padding: 1.5em;
  }

  .empty p {
    margin: 0;
  }
`;
