import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    height: var(--mf-map-height, 36rem);
    min-height: 20rem;
  }

  .map {
    position: relative;
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
    height: 100%;
    background: var(--mf-map-background, var(--_bg));
    border: var(--mf-map-border, 1px solid var(--_border));
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    padding: 0.5em 0.75em;
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }

  .views {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    overflow: hidden;
  }

  .views button {
    font: inherit;
    font-size: 0.875em;
    padding: 0.3em 0.8em;
    min-height: 2.25em;
    border: 0;
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }

  .views button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .search {
    position: relative;
    min-width: 0;
    flex: 1 1 14em;
    max-width: 26em;
  }

  .search input {
    width: 100%;
    font: inherit;
    font-size: 0.9375em;
    padding: 0.4em 0.7em;
    min-height: 2.25em;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.75);
  }

  .results {
    position: absolute;
    z-index: 3;
    inset-inline: 0;
    top: calc(100% + 2px);
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
    max-height: 20em;
    overflow: auto;
  }

  .results [role='option'] {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.4em 0.75em;
    cursor: pointer;
  }

  .results [role='option'][aria-selected='true'] {
    background: var(--_surface);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }

  .results .type {
    margin-inline-start: auto;
    color: var(--_muted);
    font-size: 0.8125em;
    white-space: nowrap;
  }

  .results .none {
    padding: 0.4em 0.75em;
    color: var(--_muted);
  }

  .stage {
    position: relative;
    min-height: 0;
  }

  canvas {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    display: block;
    touch-action: pan-x pan-y;
    cursor: grab;
  }

  canvas.dragging {
    cursor: grabbing;
  }

  canvas:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }

  .zoom {
    position: absolute;
    inset-inline-end: 0.75em;
    top: 0.75em;
    display: grid;
    gap: 0.25em;
  }

  .zoom button,
  .icon-button {
    display: grid;
    place-items: center;
    width: 2.25em;
    height: 2.25em;
    font: inherit;
    font-size: 1em;
    font-weight: 700;
    line-height: 1;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
  }

  .hint {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    pointer-events: none;
    background: rgb(0 0 0 / 0.45);
    color: #fff;
    font-weight: 600;
    text-align: center;
    padding: 1em;
    opacity: 0;
    transition: opacity 0.2s;
  }

  .hint.shown {
    opacity: 1;
  }

  .legend-box {
    position: relative;
  }

  /* Folded behind its button only where the map is narrow (below). */
  .legend-toggle {
    display: none;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.4em;
    margin: 0;
    padding: 0.5em 0.75em;
    list-style: none;
    border-top: 1px solid var(--_border);
    background: var(--_surface);
    font-size: 0.8125em;
  }

  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.2em 0.65em 0.2em 0.45em;
    min-height: 1.9em;
    cursor: pointer;
  }

  /* A hidden type: muted and struck through, its text still at full contrast (it is a live toggle,
     not a disabled control); only the swatch fades. */
  .legend button[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }

  .legend button[aria-pressed='false'] svg {
    opacity: 0.45;
  }

  .legend svg {
    width: 1em;
    height: 1em;
  }

  .legend .count {
    color: var(--_muted);
  }

  .panel {
    position: absolute;
    z-index: 2;
    top: 3.25em;
    bottom: 0.75em;
    inset-inline-end: 0.75em;
    width: min(24em, calc(100% - 1.5em));
    overflow: auto;
    display: grid;
    align-content: start;
    gap: 0.25em;
    padding: 0.5em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.22);
  }

  .panel-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em;
    padding-inline-start: 0.25em;
    font-size: 0.875em;
    color: var(--_muted);
  }

  @container (max-width: 40rem) {
    .legend-toggle {
      display: flex;
      align-items: center;
      justify-content: space-between;
      width: 100%;
      min-height: 2.75em;
      padding: 0.4em 0.9em;
      font: inherit;
      font-size: 0.875em;
      color: var(--_text);
      background: var(--_surface);
      border: 0;
      border-top: 1px solid var(--_border);
      cursor: pointer;
    }

    .legend-toggle::after {
      content: '▴';
      color: var(--_muted);
    }

    .open .legend-toggle::after {
      content: '▾';
    }

    .legend-box:not(.open) .legend {
      display: none;
    }

    /* Open: a sheet over the drawing, above its button. */
    .open .legend {
      position: absolute;
      z-index: 3;
      inset-inline: 0;
      bottom: 100%;
      max-height: 18em;
      overflow: auto;
      border-bottom: 1px solid var(--_border);
      box-shadow: 0 -6px 24px rgb(0 0 0 / 0.18);
    }

    .panel {
      top: auto;
      inset-inline: 0;
      bottom: 0;
      width: 100%;
      max-height: 65%;
      border-radius: var(--_radius) var(--_radius) 0 0;
    }
  }

  .geo-notes {
    position: absolute;
    inset-inline-start: 0.5em;
    bottom: 0.5em;
    display: grid;
    justify-items: start;
    gap: 0.25em;
    max-width: calc(100% - 1em);
    pointer-events: none;
    font-size: 0.75em;
  }

  .geo-notes > * {
    pointer-events: auto;
    margin: 0;
    padding: 0.15em 0.5em;
    border-radius: calc(var(--_radius) * 0.5);
    background: color-mix(in srgb, var(--_bg) 88%, transparent);
    color: var(--_text);
  }

  .chip {
    font: inherit;
    border: 1px solid var(--_accent);
    cursor: pointer;
  }

  .place-chip {
    position: absolute;
    z-index: 1;
    top: 0.5em;
    inset-inline-start: 0.5em;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    max-width: calc(100% - 4em);
    padding: 0.2em 0.6em;
    font-size: 0.8125em;
    color: var(--_text);
    background: var(--_bg);
    border-radius: calc(var(--_radius) * 0.5);
  }

  .icon {
    width: 1em;
    height: 1em;
    flex: none;
  }

  .geo-failed {
    position: absolute;
    inset: 1em;
    height: max-content;
    z-index: 1;
  }

  /* Over the drawing while its first picture is painted in slices: the data is in, so it stands
     still. A pulse here would have the compositor drawing frames while the main thread paints. */
  .skeleton--cover {
    position: absolute;
    inset: 0;
    height: auto;
    animation: none;
  }

  .skeleton--map {
    height: var(--mf-map-height, 36rem);
  }

  .note {
    padding: 2em;
    color: var(--_muted);
  }
`;
