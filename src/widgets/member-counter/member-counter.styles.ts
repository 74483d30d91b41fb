import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    vertical-align: top;
    --_counter-bg: var(--mf-counter-background, transparent);
  }

  :host([theme='dark']) {
    --_counter-bg: var(--mf-counter-background, var(--_bg));
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_counter-bg: var(--mf-counter-background, var(--_bg));
    }
  }

  .counter {
    display: flex;
    flex-direction: var(--mf-counter-direction, column);
    flex-wrap: wrap;
    align-items: var(--mf-counter-align, flex-start);
    gap: 0.125em 0.3em;
    margin: 0;
    padding: var(--mf-counter-padding, 0);
    background: var(--_counter-bg);
    border-radius: var(--_radius);
    text-align: var(--mf-counter-text-align, start);
  }

  .value {
    display: grid;
    font-size: var(--mf-counter-value-size, 2.5em);
    font-weight: var(--mf-counter-value-weight, 700);
    line-height: 1.1;
    color: var(--mf-counter-value-color, var(--_accent));
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  /* The final figure, invisible, holds the width so the count-up never makes the text jump. */
  .value > span {
    grid-area: 1 / 1;
  }

  .sizer {
    visibility: hidden;
  }

  .label {
    font-size: var(--mf-counter-label-size, 1em);
    font-weight: var(--mf-counter-label-weight, 400);
    color: var(--mf-counter-label-color, var(--_text));
  }

  .skeleton--value {
    height: calc(var(--mf-counter-value-size, 2.5em) * 1.1);
    width: calc(var(--mf-counter-value-size, 2.5em) * 2.6);
  }

  .skeleton--label {
    height: 1.1em;
    margin-block: 0.2em;
    width: 10em;
  }
`;
